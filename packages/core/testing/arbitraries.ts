// Test support: fast-check generators for the model's inputs. Not exported from the package.
import fc from 'fast-check';
import type { BigFive, PAD } from '../src/model.ts';

/** A trait value anywhere in [0,1], bounds included. */
export const traitArb = fc.double({ min: 0, max: 1, noNaN: true });

/** Any valid Big Five personality. */
export const bigFiveArb: fc.Arbitrary<BigFive> = fc.record({
  openness: traitArb,
  conscientiousness: traitArb,
  extraversion: traitArb,
  agreeableness: traitArb,
  neuroticism: traitArb,
});

/** Any point of the PAD cube. */
export const padArb: fc.Arbitrary<PAD> = fc.record({
  pleasure: fc.double({ min: -1, max: 1, noNaN: true }),
  arousal: fc.double({ min: -1, max: 1, noNaN: true }),
  dominance: fc.double({ min: -1, max: 1, noNaN: true }),
});

/** A personality with every trait at `value`. */
export function uniformPersonality(value: number): BigFive {
  return { openness: value, conscientiousness: value, extraversion: value, agreeableness: value, neuroticism: value };
}
