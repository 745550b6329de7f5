import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigFiveArb, uniformPersonality } from '../../testing/arbitraries.ts';
import { baselineMood } from './baseline.ts';

describe('baselineMood (Mehrabian)', () => {
  it('puts an entirely average personality at the origin', () => {
    const mood = baselineMood(uniformPersonality(0.5));
    expect(mood.pleasure).toBeCloseTo(0, 12);
    expect(mood.arousal).toBeCloseTo(0, 12);
    expect(mood.dominance).toBeCloseTo(0, 12);
  });

  it('matches the formulas worked by hand for an open, diligent, outgoing, warm, calm profile', () => {
    // O'=C'=E'=A'=1, N=0 so S'=1.
    const mood = baselineMood({ openness: 1, conscientiousness: 1, extraversion: 1, agreeableness: 1, neuroticism: 0 });
    expect(mood.pleasure).toBeCloseTo(0.21 + 0.59 + 0.19, 12); // 0.99
    expect(mood.arousal).toBeCloseTo(0.15 + 0.3 - 0.57, 12); // -0.12
    expect(mood.dominance).toBeCloseTo(0.25 + 0.17 + 0.6 - 0.32, 12); // 0.70
  });

  it('matches the formulas worked by hand for a mixed profile', () => {
    // O=0.8→O'=0.6, C=0.3→C'=-0.4, E=0.1→E'=-0.8, A=0.6→A'=0.2, N=0.9→N'=0.8, S'=-0.8.
    const mood = baselineMood({
      openness: 0.8,
      conscientiousness: 0.3,
      extraversion: 0.1,
      agreeableness: 0.6,
      neuroticism: 0.9,
    });
    expect(mood.pleasure).toBeCloseTo(0.21 * -0.8 + 0.59 * 0.2 + 0.19 * -0.8, 12); // -0.202
    expect(mood.arousal).toBeCloseTo(0.15 * 0.6 + 0.3 * 0.2 - 0.57 * -0.8, 12); // 0.606
    expect(mood.dominance).toBeCloseTo(0.25 * 0.6 + 0.17 * -0.4 + 0.6 * -0.8 - 0.32 * 0.2, 12); // -0.462
  });

  it('clamps dominance to 1 when the raw formula exceeds it', () => {
    // Raw D = 0.25 + 0.17 + 0.60 + 0.32 = 1.34 with A'=-1.
    const mood = baselineMood({
      openness: 1,
      conscientiousness: 1,
      extraversion: 1,
      agreeableness: 0,
      neuroticism: 0.5,
    });
    expect(mood.dominance).toBe(1);
  });

  it('stays within [-1,1] on every axis for any personality', () => {
    fc.assert(
      fc.property(bigFiveArb, (p) => {
        for (const v of Object.values(baselineMood(p))) expect(Math.abs(v)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
