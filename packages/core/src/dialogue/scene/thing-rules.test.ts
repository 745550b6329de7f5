import { describe, expect, it } from 'vitest';
import { compileGrammar } from '../grammar.ts';
import { DIALOGUE_RULES } from '../phrases/index.ts';
import { createRandom } from '../../random/index.ts';
import { thing } from './theme.ts';
import { addThingRules, isPlural } from './thing-rules.ts';

describe('isPlural', () => {
  it('tells plural nouns from singular ones that end in s', () => {
    expect(['strawberries', 'shears', 'runner beans', 'pea sticks'].map(isPlural)).toEqual([true, true, true, true]);
    expect(['trellis', 'atlas', 'compost', 'bus', 'glass', 'canvas'].map(isPlural)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('addThingRules', () => {
  const rules: Record<string, string[]> = {};
  addThingRules(rules, 'thing.t', thing('trellis', 'rickety|sagging/wooden|green', 'mend|prop up'), 'scene', null);
  addThingRules(rules, 'thing.s', thing('strawberries', 'ripe/wild', 'pick'), 'scene', null);
  const grammar = compileGrammar(DIALOGUE_RULES).extend(rules);
  const draws = (rule: string) => {
    const random = createRandom(3);
    return Array.from({ length: 400 }, () => grammar.expand(rule, random, {}));
  };

  it('describes a thing only with its own adjectives, looks before kinds', () => {
    const adjectives = new Set<string>();
    for (const phrase of draws('thing.t.plain')) {
      const words = phrase.split(' ');
      expect(words[words.length - 1]).toBe('trellis');
      for (const w of words.slice(1, -1)) adjectives.add(w);
      if (words.length === 4) expect(['rickety', 'sagging']).toContain(words[1]);
    }
    expect([...adjectives].sort()).toEqual(['green', 'rickety', 'sagging', 'wooden']);
  });

  it('gives plural things a plural determiner', () => {
    for (const phrase of draws('thing.s.plain')) expect(phrase).toMatch(/^(the|those|these|our) /);
  });

  it('forms tasks, deeds and doings from the thing’s own verbs', () => {
    expect(new Set(draws('thing.t.past'))).toEqual(new Set(['mended', 'propped up']));
    expect(new Set(draws('thing.t.ing'))).toEqual(new Set(['mending', 'propping up']));
  });
});
