import { describe, expect, it } from 'vitest';
import { INTERACTION_TYPES, RELATIONSHIP_LABELS } from '../model.ts';
import type { Character, Memory, PAD } from '../model.ts';
import type { DialogueScenario } from '../ports/index.ts';
import { createRandom } from '../random/index.ts';
import { writeLine } from './template-dialogue.ts';
import { character, distinctBigramRatio, memory, relationship } from './test-requests.ts';

const CAST: Character[] = [
  character('a', 'Ada', {
    openness: 0.9,
    conscientiousness: 0.3,
    extraversion: 0.8,
    agreeableness: 0.8,
    neuroticism: 0.2,
  }),
  character('b', 'Bo', {
    openness: 0.2,
    conscientiousness: 0.9,
    extraversion: 0.2,
    agreeableness: 0.4,
    neuroticism: 0.6,
  }),
  character('c', 'Cyra', {
    openness: 0.6,
    conscientiousness: 0.5,
    extraversion: 0.9,
    agreeableness: 0.1,
    neuroticism: 0.8,
  }),
  character('d', 'Dov', {
    openness: 0.4,
    conscientiousness: 0.2,
    extraversion: 0.4,
    agreeableness: 0.9,
    neuroticism: 0.9,
  }),
  character('e', 'Esme', {
    openness: 0.8,
    conscientiousness: 0.8,
    extraversion: 0.6,
    agreeableness: 0.6,
    neuroticism: 0.1,
  }),
  character('f', 'Fen', {
    openness: 0.1,
    conscientiousness: 0.6,
    extraversion: 0.1,
    agreeableness: 0.2,
    neuroticism: 0.3,
  }),
  character('g', 'Gil', {
    openness: 0.5,
    conscientiousness: 0.1,
    extraversion: 0.7,
    agreeableness: 0.5,
    neuroticism: 0.5,
  }),
  character('h', 'Hana', {
    openness: 0.7,
    conscientiousness: 0.4,
    extraversion: 0.3,
    agreeableness: 0.7,
    neuroticism: 0.7,
  }),
];

/** One mood per PAD octant, so every mood label is spoken. */
const MOODS: PAD[] = [-0.5, 0.5].flatMap((pleasure) =>
  [-0.5, 0.5].flatMap((arousal) => [-0.5, 0.5].map((dominance) => ({ pleasure, arousal, dominance }))),
);

const SCENARIOS: (DialogueScenario | null)[] = [
  null,
  {
    title: 'Harbour festival',
    setting: 'a windy harbour town at dusk',
    mood: 'festive',
    objectives: ['Build a lantern boat'],
  },
  { title: 'The quarrel', setting: 'the village hall', mood: 'tense', objectives: ['the fate of the old mill'] },
];

/** The memory leads the interaction pipeline writes ("Ada argued with me: “…” I said: “…”"). */
const EXCHANGE_VERBS = ['greeted', 'chatted with', 'worked with', 'argued with'];

/** A run of `count` turns: speakers take turns, each answering the line before or opening a new exchange. */
function run(count: number, seed: number): { speaker: Character; line: string; previous: string | null }[] {
  const turns: { speaker: Character; line: string; previous: string | null }[] = [];
  const lastLine = new Map<string, string>();
  const memories = new Map<string, Memory>();
  let incoming: string | null = null;
  for (let i = 0; i < count; i++) {
    const base = CAST[i % CAST.length] as Character;
    const speaker = { ...base, mood: MOODS[(i * 5) % MOODS.length] as PAD };
    const listener = CAST[(i * 3 + 1) % CAST.length] as Character;
    const other = listener.id === speaker.id ? (CAST[(i + 1) % CAST.length] as Character) : listener;
    const mode = incoming !== null && i % 2 === 1 ? 'reply' : 'initiate';
    const label = RELATIONSHIP_LABELS[(i * 7) % RELATIONSHIP_LABELS.length]!;
    const previous = lastLine.get(speaker.id) ?? null;
    const remembered = memories.get(`${speaker.id}:${other.id}`);
    const line = writeLine({
      speaker,
      listener: other,
      listenerName: other.name,
      mode,
      interactionType: INTERACTION_TYPES[Math.floor(i / 2) % INTERACTION_TYPES.length]!,
      incoming: mode === 'reply' ? incoming : null,
      relationship: i % 5 === 0 ? null : relationship(speaker, other, label),
      memories: remembered === undefined ? [] : [remembered],
      scenario: SCENARIOS[Math.floor(i / 40) % SCENARIOS.length] ?? null,
      previousLine: previous,
      random: createRandom(seed * 100_003 + i),
    });
    turns.push({ speaker, line, previous });
    lastLine.set(speaker.id, line);
    if (incoming !== null) {
      memories.set(
        `${speaker.id}:${other.id}`,
        memory(
          speaker,
          other,
          `${other.name} ${EXCHANGE_VERBS[i % EXCHANGE_VERBS.length]} me: “${incoming}” I said: “${line}”`,
          (i % 3) - 1,
        ),
      );
    }
    incoming = line;
  }
  return turns;
}

describe('template dialogue variety', () => {
  for (const seed of [1, 2, 3]) {
    it(`keeps the distinct-bigram ratio at or above 0.5 over 500 lines of 8 speakers (run ${seed})`, () => {
      const turns = run(500, seed);
      expect(distinctBigramRatio(turns.map((t) => t.line))).toBeGreaterThanOrEqual(0.5);
    });
  }

  for (const seed of [1, 2, 3]) {
    it(`keeps the distinct-bigram ratio at or above 0.5 over 1,000 lines, as a 500-turn scenario writes (run ${seed})`, () => {
      const turns = run(1000, seed);
      expect(distinctBigramRatio(turns.map((t) => t.line))).toBeGreaterThanOrEqual(0.5);
    });
  }

  it('never lets a speaker repeat its previous line', () => {
    for (const turn of run(500, 4)) expect(turn.line).not.toBe(turn.previous);
  });

  it('uses a large share of distinct lines across a run', () => {
    const lines = run(500, 5).map((t) => t.line);
    expect(new Set(lines).size).toBeGreaterThan(480);
  });
});
