import { clampUnit } from '../bounds.ts';
import type { BigFive } from '../model.ts';
import { BIG_FIVE_TRAITS } from './big-five.ts';

/**
 * Weights of the compatibility score; they sum to 1 so the score stays in [0,1].
 * Similarity: people with alike traits get on (similarity-attraction, Byrne 1971).
 * Agreeableness: the trait most consistently linked to relationship quality in the Big Five
 * literature (e.g. Malouff et al. 2010), so two warm people get on even when they differ.
 */
export const COMPATIBILITY_WEIGHTS = { similarity: 0.6, agreeableness: 0.4 } as const;

/** How well two personalities get on, in [0,1]: trait similarity plus both parties' agreeableness. Symmetric. */
export function compatibility(a: BigFive, b: BigFive): number {
  let difference = 0;
  for (const trait of BIG_FIVE_TRAITS) difference += Math.abs(a[trait] - b[trait]);
  const similarity = 1 - difference / BIG_FIVE_TRAITS.length;
  const warmth = (a.agreeableness + b.agreeableness) / 2;
  return clampUnit(COMPATIBILITY_WEIGHTS.similarity * similarity + COMPATIBILITY_WEIGHTS.agreeableness * warmth);
}
