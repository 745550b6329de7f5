import { describe, expect, it } from 'vitest';
import { ingForm, pastTense } from './verb-forms.ts';

describe('verb forms', () => {
  it('spells regular past and -ing forms, doubling a short final consonant', () => {
    expect(['mend', 'trim', 'tidy', 'prune', 'oil', 'fix', 'label'].map(pastTense)).toEqual([
      'mended',
      'trimmed',
      'tidied',
      'pruned',
      'oiled',
      'fixed',
      'labelled',
    ]);
    expect(['mend', 'trim', 'tie', 'prune', 'display', 'unjam'].map(ingForm)).toEqual([
      'mending',
      'trimming',
      'tying',
      'pruning',
      'displaying',
      'unjamming',
    ]);
  });

  it('knows the irregular verbs of the themes', () => {
    expect(['dig', 'sweep', 'hang', 'light', 'wind', 'rebind', 'win'].map(pastTense)).toEqual([
      'dug',
      'swept',
      'hung',
      'lit',
      'wound',
      'rebound',
      'won',
    ]);
  });

  it('changes only the verb of a phrasal verb', () => {
    expect(pastTense('prop up')).toBe('propped up');
    expect(ingForm('cut back')).toBe('cutting back');
    expect(pastTense('plan the harvest supper')).toBe('planned the harvest supper');
  });
});
