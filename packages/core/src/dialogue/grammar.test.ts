import { describe, expect, it } from 'vitest';
import { INTERACTION_TYPES, SCENARIO_MOODS } from '../model.ts';
import type { MoodOctant } from '../model.ts';
import { createRandom } from '../random/index.ts';
import { compileGrammar } from './grammar.ts';
import { DIALOGUE_RULES } from './phrases/index.ts';
import type { Stance, Tone, TraitExtra } from './voice.ts';

const TONES: Tone[] = ['warm', 'neutral', 'cold'];
const OCTANTS: MoodOctant[] = [
  'exuberant',
  'bored',
  'dependent',
  'disdainful',
  'relaxed',
  'anxious',
  'docile',
  'hostile',
];
const STANCES: Stance[] = ['stranger', 'acquaintance', 'friend', 'close', 'rival', 'enemy'];
const TRAIT_EXTRAS: TraitExtra[] = [
  'open',
  'conventional',
  'orderly',
  'spontaneous',
  'anxious',
  'steady',
  'initiative',
  'reserved',
  'kind',
  'blunt',
];

describe('compileGrammar', () => {
  it('expands references to other rules and per-line slots', () => {
    const grammar = compileGrammar({ line: ['{greet}, {$name}'], greet: ['hello'] });
    expect(grammar.expand('line', createRandom(1), { name: 'Theo' })).toBe('hello, Theo');
  });

  it('draws alternatives from the random it is given, deterministically', () => {
    const grammar = compileGrammar({ word: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] });
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => grammar.expand('word', random, {}));
    };
    expect(draw(3)).toEqual(draw(3));
    expect(new Set(draw(3)).size).toBeGreaterThan(4);
    expect(draw(4)).not.toEqual(draw(3));
  });

  it('rejects unknown rules, unknown slots and empty rules when compiled', () => {
    expect(() => compileGrammar({ line: ['{missing}'] })).toThrow(/unknown rule "missing"/);
    expect(() => compileGrammar({ line: ['{$mood}'] })).toThrow(/unknown slot/);
    expect(() => compileGrammar({ line: [] })).toThrow(/no alternatives/);
  });

  it('stops a rule that refers to itself without end', () => {
    const grammar = compileGrammar({ loop: ['again {loop}'] });
    expect(() => grammar.expand('loop', createRandom(1), {})).toThrow(/recurses/);
  });
});

describe('Grammar.extend', () => {
  const base = compileGrammar({ line: ['I like {thing}'], thing: ['the kettle'] });

  it("replaces a rule everywhere, also inside the base grammar's own rules", () => {
    const garden = base.extend({ thing: ['the trellis'] });
    expect(garden.expand('line', createRandom(1), {})).toBe('I like the trellis');
    expect(base.expand('line', createRandom(1), {})).toBe('I like the kettle');
  });

  it('lets new rules refer to the base, and rejects references to neither', () => {
    expect(base.extend({ more: ['{line}, truly'] }).expand('more', createRandom(1), {})).toBe(
      'I like the kettle, truly',
    );
    expect(() => base.extend({ more: ['{nowhere}'] })).toThrow(/unknown rule "nowhere"/);
  });

  it('knows every word its text can say, and not the words of rules it replaced', () => {
    expect([...base.words()].sort()).toEqual(['i', 'kettle', 'like', 'the']);
    expect([...base.extend({ thing: ['the trellis'] }).words()].sort()).toEqual(['i', 'like', 'the', 'trellis']);
  });
});

describe('the dialogue phrase grammar', () => {
  const grammar = compileGrammar(DIALOGUE_RULES);

  const needed = [
    ...INTERACTION_TYPES.flatMap((type) =>
      ['initiate', 'reply'].flatMap((mode) => TONES.map((t) => `${type}.${mode}.${t}`)),
    ),
    ...TONES.flatMap((t) => [`interjection.${t}`, `closer.${t}`, `echo.${t}`]),
    ...OCTANTS.map((o) => `mood.${o}`),
    ...STANCES.map((s) => `stance.${s}`),
    ...SCENARIO_MOODS.map((m) => `scenario.mood.${m}`),
    ...TRAIT_EXTRAS.map((t) => `trait.${t}`),
    'hedge',
    'memory.fond',
    'memory.sore',
    'memory.neutral',
    'scenario.setting',
    'scenario.objective.verb',
    'scenario.objective.noun',
    'scenario.objective.goal',
    ...TONES.map((t) => `topic.${t}`),
    ...['chat', 'collaboration', 'conflict'].flatMap((type) => TONES.map((t) => `${type}.reply.${t}.topic`)),
    ...TONES.map((t) => `chat.reply.${t}.echo`),
    'chat.reply.warm.gloomy',
    'chat.reply.neutral.gloomy',
    'greeting.reply.warm.gloomy',
    'greeting.reply.neutral.gloomy',
  ];

  it('has every rule the composer asks for', () => {
    for (const rule of needed) expect(grammar.has(rule), rule).toBe(true);
  });

  it('expands every sentence rule to trimmed text without unfilled braces or doubled spaces', () => {
    const slots = {
      name: 'Theo',
      setting: 'the mill',
      objective: 'find the bell',
      goal: 'the bell',
      memory: 'you helped me',
      echo: 'lanterns',
      topic: 'the trellis',
      intensity: 'quite',
    };
    const random = createRandom(11);
    for (const rule of needed) {
      for (let i = 0; i < 20; i++) {
        const text = grammar.expand(rule, random, slots);
        expect(text, rule).not.toMatch(/[{}]|\s{2}|^\s|\s$/);
      }
    }
  });
});
