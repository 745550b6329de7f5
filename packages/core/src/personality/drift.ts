import type { BigFive, InteractionType } from '../model.ts';
import { BIG_FIVE_TRAITS, type BigFiveTrait } from './big-five.ts';

/**
 * Personality drift: sustained experience slowly changes who a character is.
 *
 * - After each exchange of a drifting type, every trait it moves goes `PERSONALITY_DRIFT_RATE` (0.2 %) of
 *   the remaining way toward its bound: up toward `PERSONALITY_DRIFT_BOUNDS.max` (0.95), down toward
 *   `.min` (0.05). Steps shrink near a bound, so a trait never crosses one, and a trait set beyond one by a
 *   user is never pushed further out.
 * - Conflict raises neuroticism and lowers agreeableness; collaboration does the reverse. Greetings and
 *   chat change nothing. Both sides of the exchange drift the same way.
 * - One exchange moves a mid-range trait by about 0.0009; 100 conflicts in a row take neuroticism from 0.5
 *   to about 0.58, 1,000 to about 0.89. No randomness: the same exchanges give the same personality.
 */
export const PERSONALITY_DRIFT_RATE = 0.002;
export const PERSONALITY_DRIFT_BOUNDS = { min: 0.05, max: 0.95 } as const;

/** Which way each drifting exchange moves which trait (+1 up, −1 down). */
export const PERSONALITY_DRIFT_DIRECTIONS: Record<InteractionType, Partial<Record<BigFiveTrait, 1 | -1>>> = {
  greeting: {},
  chat: {},
  conflict: { neuroticism: 1, agreeableness: -1 },
  collaboration: { neuroticism: -1, agreeableness: 1 },
};

/** The personality after one exchange of `type` (the same object when the type does not drift). */
export function driftPersonality(personality: BigFive, type: InteractionType): BigFive {
  const directions = PERSONALITY_DRIFT_DIRECTIONS[type];
  if (Object.keys(directions).length === 0) return personality;
  const next = { ...personality };
  const { min, max } = PERSONALITY_DRIFT_BOUNDS;
  for (const trait of BIG_FIVE_TRAITS) {
    const direction = directions[trait];
    const value = next[trait];
    if (direction === 1 && value < max) next[trait] = value + PERSONALITY_DRIFT_RATE * (max - value);
    if (direction === -1 && value > min) next[trait] = value - PERSONALITY_DRIFT_RATE * (value - min);
  }
  return next;
}

/**
 * Whether a drift is worth a `personality_drifted` event: some trait crossed a multiple of
 * `PERSONALITY_DRIFT_EVENT_STEP` (0.01). Drift moves traits a little every exchange; the event marks each
 * hundredth of the scale, which is what a chart of traits over time can show.
 */
export const PERSONALITY_DRIFT_EVENT_STEP = 0.01;
export function driftCrossedStep(before: BigFive, after: BigFive): BigFiveTrait[] {
  const bucket = (v: number) => Math.floor(v / PERSONALITY_DRIFT_EVENT_STEP + 1e-9);
  return BIG_FIVE_TRAITS.filter((t) => bucket(before[t]) !== bucket(after[t]));
}
