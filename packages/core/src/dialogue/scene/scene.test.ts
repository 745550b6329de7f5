import { describe, expect, it } from 'vitest';
import { INTERACTION_TYPES } from '../../model.ts';
import type { DialogueScenario } from '../../ports/index.ts';
import { DIALOGUE_RULES } from '../phrases/index.ts';
import { THEMES } from '../phrases/scenes/index.ts';
import { writeLine } from '../template-dialogue.ts';
import { character, request } from '../test-requests.ts';
import type { Theme } from './theme.ts';

type ScenarioContext = DialogueScenario;

const GARDEN: ScenarioContext = {
  title: 'A quiet afternoon',
  setting: 'the garden behind the village library',
  mood: 'calm',
  objectives: ["share the week's news", 'plan the harvest supper'],
};
const byName = (name: string) => THEMES.find((t) => t.name === name) as Theme;
/** Words of the phrase grammar itself, leaving out the everyday scene's places and things. */
const PHRASE_WORDS = new Set(
  Object.entries(DIALOGUE_RULES)
    .filter(([rule]) => !/^(thing|spot|sight)\.|^(spot|place|person|owner|doer|sight|countNoun|food)$/.test(rule))
    .flatMap(([, alternatives]) =>
      alternatives.flatMap((a) =>
        a
          .replace(/\{[^}]*\}/g, ' ')
          .toLowerCase()
          .split(/[^a-z'-]+/),
      ),
    ),
);
const CALLED_UP = ['garden', 'library', 'town'].map(byName);

/** Lines of many speakers, modes and kinds of exchange in `scenario`. */
function linesIn(scenario: ScenarioContext | null, count = 600): string[] {
  const speakers = [
    character('a', 'Ada', { agreeableness: 0.9, extraversion: 0.9, openness: 0.9 }),
    character('b', 'Bo', { agreeableness: 0.1, extraversion: 0.8, neuroticism: 0.9 }),
    character('c', 'Cy', { conscientiousness: 0.9, extraversion: 0.6 }),
  ];
  return Array.from({ length: count }, (_, i) =>
    writeLine(
      request(i + 1, {
        speaker: speakers[i % speakers.length],
        scenario,
        interactionType: INTERACTION_TYPES[i % INTERACTION_TYPES.length],
        mode: i % 2 === 0 ? 'initiate' : 'reply',
        incoming: i % 2 === 0 ? null : 'Shall we mend the rickety trellis by the pond?',
      }),
    ),
  );
}

const words = (line: string) => ` ${line.toLowerCase().replace(/[^a-z' -]+/g, ' ')} `;
const says = (line: string, phrase: string) => words(line).includes(` ${phrase} `);

describe('scenes', () => {
  const lines = linesIn(GARDEN);

  it('names no place or thing from a theme the setting does not call up', () => {
    const own = new Set(CALLED_UP.flatMap((t) => [...t.things, ...t.spots].map((e) => e.noun)));
    // "net the strawberries": a verb of the scene is no harbour's net.
    const ownVerbs = new Set(CALLED_UP.flatMap((t) => t.things.flatMap((e) => e.verbs.flatMap((v) => v.split(' ')))));
    const foreign = THEMES.filter((t) => !CALLED_UP.includes(t))
      .flatMap((t) => [...t.things, ...t.spots].map((e) => e.noun))
      // Words the phrases use in other senses ("well, hello") cannot tell a foreign place.
      .filter((noun) => !own.has(noun) && !noun.split(' ').some((w) => PHRASE_WORDS.has(w) || ownVerbs.has(w)));
    // Own compound nouns go first, so the "frame" of a cold frame is not taken for the farm's frame.
    const ownLongestFirst = [...own].sort((a, b) => b.length - a.length);
    for (const line of lines) {
      let rest = words(line);
      for (const noun of ownLongestFirst) rest = rest.split(` ${noun} `).join(' ~ ');
      for (const noun of foreign) expect(rest.includes(` ${noun} `), `"${noun}" in "${line}"`).toBe(false);
    }
    expect(lines.some((l) => says(l, 'trellis') || says(l, 'sundial') || says(l, 'greenhouse'))).toBe(true);
  });

  it('pairs a thing only with adjectives that suit it', () => {
    const entries = CALLED_UP.flatMap((t) => t.things);
    const allAdjectives = new Set(THEMES.flatMap((t) => t.things.flatMap((e) => [...e.looks, ...e.kinds])));
    const nounWords = [...new Set(entries.map((e) => e.noun.split(' ')[0]))].join('|');
    for (const entry of entries) {
      const fitting = new Set([
        ...entries.filter((e) => e.noun === entry.noun).flatMap((e) => [...e.looks, ...e.kinds]),
        ...CALLED_UP.flatMap((t) => t.spots)
          .filter((e) => e.noun === entry.noun)
          .flatMap((e) => e.adjectives),
      ]);
      // "rusty hedge shears": a noun that is itself a kind of the next noun is not the thing described.
      const before = new RegExp(`\\b([a-z'-]+) ${entry.noun}\\b(?! (?:${nounWords}))`, 'g');
      for (const line of lines) {
        for (const [, word] of line.toLowerCase().matchAll(before)) {
          if (allAdjectives.has(word!) && !fitting.has(word!)) throw new Error(`"${word} ${entry.noun}" in "${line}"`);
        }
      }
    }
  });

  it('keeps to the part of day the scene names', () => {
    const night = linesIn({ ...GARDEN, setting: 'the old observatory at midnight', title: 'Lights on the hill' }, 400);
    for (const line of night)
      expect(line).not.toMatch(/good morning|good afternoon|this morning|this afternoon|before breakfast/i);
  });

  it('speaks of everyday places and things when there is no scenario', () => {
    const everyday = linesIn(null, 300);
    const garden = new Set(byName('garden').things.map((e) => e.noun));
    for (const line of everyday)
      for (const noun of ['beehive', 'sundial', 'scarecrow']) expect(says(line, noun) && garden.has(noun)).toBe(false);
    expect(everyday.some((l) => /kettle|bicycle|noticeboard|corner shop|high street|bus shelter/.test(l))).toBe(true);
  });

  it('brings the scenario’s objectives and its own nouns into lines', () => {
    expect(lines.some((l) => l.includes('harvest supper'))).toBe(true);
    expect(lines.some((l) => / the (garden|library|village)\b/.test(l))).toBe(true);
  });
});
