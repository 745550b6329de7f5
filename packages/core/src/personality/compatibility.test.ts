import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigFiveArb, uniformPersonality } from '../../testing/arbitraries.ts';
import { COMPATIBILITY_WEIGHTS, compatibility } from './compatibility.ts';

describe('compatibility', () => {
  it('stays in [0,1] and is symmetric for any pair', () => {
    fc.assert(
      fc.property(bigFiveArb, bigFiveArb, (a, b) => {
        const score = compatibility(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(compatibility(b, a)).toBeCloseTo(score, 12);
      }),
    );
  });

  it('is the weighted sum of trait similarity and mean agreeableness', () => {
    const a = { openness: 1, conscientiousness: 0.5, extraversion: 0.2, agreeableness: 0.8, neuroticism: 0.1 };
    const b = { openness: 0.6, conscientiousness: 0.5, extraversion: 0.7, agreeableness: 0.4, neuroticism: 0.3 };
    // Differences 0.4 + 0 + 0.5 + 0.4 + 0.2 = 1.5 over 5 traits.
    const similarity = 1 - 1.5 / 5;
    const warmth = (0.8 + 0.4) / 2;
    expect(compatibility(a, b)).toBeCloseTo(
      COMPATIBILITY_WEIGHTS.similarity * similarity + COMPATIBILITY_WEIGHTS.agreeableness * warmth,
      12,
    );
  });

  it('rates alike personalities above opposite ones', () => {
    const p = { openness: 0.8, conscientiousness: 0.3, extraversion: 0.9, agreeableness: 0.5, neuroticism: 0.2 };
    const opposite = { openness: 0.2, conscientiousness: 0.7, extraversion: 0.1, agreeableness: 0.5, neuroticism: 0.8 };
    expect(compatibility(p, p)).toBeGreaterThan(compatibility(p, opposite));
  });

  it('rises with agreeableness when similarity is unchanged', () => {
    expect(compatibility(uniformPersonality(0.9), uniformPersonality(0.9))).toBeGreaterThan(
      compatibility(uniformPersonality(0.1), uniformPersonality(0.1)),
    );
  });
});
