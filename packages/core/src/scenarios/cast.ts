import { baselineMood } from '../affect/index.ts';
import { EngineError } from '../errors.ts';
import type { BigFive, Character, Id } from '../model.ts';
import { randomFor } from '../random/index.ts';
import type { Random } from '../ports/index.ts';

/** First names for generated casts: short, distinct, from many languages, none a common English word. */
export const CAST_NAMES = [
  'Ada',
  'Bruno',
  'Chiara',
  'Dmitri',
  'Elena',
  'Farah',
  'Gustav',
  'Hana',
  'Ibrahim',
  'Jun',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sami',
  'Tamsin',
  'Umar',
  'Vera',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zora',
  'Anouk',
  'Bashir',
  'Celeste',
  'Diego',
  'Esme',
  'Finn',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kaito',
  'Leila',
  'Milo',
  'Noor',
  'Otto',
  'Paloma',
  'Rafael',
  'Sofia',
  'Tobias',
  'Uma',
  'Viktor',
  'Yara',
] as const;

/** Generated traits stay inside this range: extremes are rare in real inventories. */
const TRAIT_RANGE = { min: 0.05, max: 0.95 } as const;

/** Salt separating the cast's random stream from the scenario's (seed, turn) streams. */
const CAST_SALT = 0x0ca57;

const TRAIT_WORDS: Readonly<Record<keyof BigFive, readonly [low: string, high: string]>> = {
  openness: ['traditional', 'curious'],
  conscientiousness: ['easygoing', 'meticulous'],
  extraversion: ['reserved', 'outgoing'],
  agreeableness: ['blunt', 'warm'],
  neuroticism: ['steady', 'anxious'],
};

/**
 * `count` characters with distinct names and varied personalities, all derived from `seed`: the same
 * seed always gives the same cast. Throws EngineError('invalid_cast') outside 1..CAST_NAMES.length.
 */
export function generateCast(seed: number, count: number, ecosystemId: Id, now: number): Character[] {
  if (!Number.isInteger(count) || count < 1 || count > CAST_NAMES.length) {
    throw new EngineError('invalid_cast', `A generated cast has 1 to ${CAST_NAMES.length} characters.`);
  }
  const random = randomFor(seed, CAST_SALT);
  const names = shuffled(CAST_NAMES, random).slice(0, count);
  return names.map((name) => {
    const personality: BigFive = {
      openness: trait(random),
      conscientiousness: trait(random),
      extraversion: trait(random),
      agreeableness: trait(random),
      neuroticism: trait(random),
    };
    return {
      id: `${ecosystemId}:${name.toLowerCase()}`,
      ecosystemId,
      name,
      description: describe(personality),
      personality,
      mood: baselineMood(personality),
      lastEmotion: null,
      energy: Math.round((0.7 + 0.3 * random.next()) * 100) / 100,
      active: true,
      stateUpdatedAt: now,
      createdAt: now,
    };
  });
}

function trait(random: Random): number {
  return Math.round((TRAIT_RANGE.min + (TRAIT_RANGE.max - TRAIT_RANGE.min) * random.next()) * 100) / 100;
}

/** "Curious and blunt": the two traits furthest from the middle. */
function describe(p: BigFive): string {
  const [first, second] = (Object.keys(TRAIT_WORDS) as (keyof BigFive)[])
    .sort((x, y) => Math.abs(p[y] - 0.5) - Math.abs(p[x] - 0.5))
    .map((t) => TRAIT_WORDS[t][p[t] >= 0.5 ? 1 : 0]);
  const text = `${first} and ${second}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
