import { describe, expect, it } from 'vitest';
import { echoableWords, objectiveGoal, spliceableObjective, spliceableSetting } from './context-words.ts';

describe('spliceableObjective', () => {
  it('reads an objective that starts with a verb after "to", lowercased', () => {
    expect(spliceableObjective('Find the missing bell.')).toEqual({ text: 'find the missing bell', form: 'verb' });
  });

  it('reads any other objective as a noun phrase, lowercasing only a leading determiner', () => {
    expect(spliceableObjective('The fate of the mill')).toEqual({ text: 'the fate of the mill', form: 'noun' });
    expect(spliceableObjective('Peace with Northwatch!')).toEqual({ text: 'Peace with Northwatch', form: 'noun' });
  });

  it('ignores blank objectives', () => {
    expect(spliceableObjective('  ')).toBeNull();
  });
});

describe('objectiveGoal', () => {
  it('finds what an objective is about when it is a definite noun phrase', () => {
    expect(objectiveGoal(spliceableObjective('Plan the harvest supper')!)).toBe('the harvest supper');
    expect(objectiveGoal(spliceableObjective("expose the mayor's deal")!)).toBe("the mayor's deal");
    expect(objectiveGoal(spliceableObjective('The fate of the old mill')!)).toBe('the fate of the old mill');
  });

  it('finds none for a bare or indefinite one', () => {
    expect(objectiveGoal(spliceableObjective('win at charades')!)).toBeNull();
    expect(objectiveGoal(spliceableObjective('invent a new game together')!)).toBeNull();
  });
});

describe('spliceableSetting', () => {
  it('lowercases a leading determiner and drops closing punctuation, keeping names', () => {
    expect(spliceableSetting('The Rusty Anchor tavern.')).toBe('the Rusty Anchor tavern');
    expect(spliceableSetting('Mars Colony One')).toBe('Mars Colony One');
  });
});

describe('echoableWords', () => {
  it('offers the longest topical words first and never names or small talk', () => {
    expect(echoableWords('Theo, I think we should repaint the lighthouse together today.')).toEqual([
      'lighthouse',
      'together',
      'repaint',
    ]);
  });

  it('finds nothing to echo in pure small talk', () => {
    expect(echoableWords('Oh, hi! How are you?')).toEqual([]);
  });
});
