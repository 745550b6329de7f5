import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMOTION_NAMES } from '../model.ts';
import type { PAD } from '../model.ts';
import { bigFiveArb, padArb, uniformPersonality } from '../../testing/arbitraries.ts';
import { EMOTION_CENTRES } from './emotions.ts';
import { MOOD_HALF_LIFE_MS, applyEmotions, decayMood } from './mood.ts';

const origin: PAD = { pleasure: 0, arousal: 0, dominance: 0 };
const average = uniformPersonality(0.5);

function distance(a: PAD, b: PAD): number {
  return Math.hypot(a.pleasure - b.pleasure, a.arousal - b.arousal, a.dominance - b.dominance);
}

function inCube(m: PAD): boolean {
  return [m.pleasure, m.arousal, m.dominance].every((v) => v >= -1 && v <= 1);
}

describe('applyEmotions', () => {
  it('moves mood toward the centre of the emotion felt', () => {
    const after = applyEmotions(origin, [{ name: 'anger', intensity: 0.8 }], average);
    expect(distance(after, EMOTION_CENTRES.anger)).toBeLessThan(distance(origin, EMOTION_CENTRES.anger));
    expect(after.pleasure).toBeLessThan(0);
    expect(after.arousal).toBeGreaterThan(0);
  });

  it('moves toward the intensity-weighted centre of several emotions', () => {
    // Equal joy and distress: their weighted centre is (0, 0, -0.2); from the origin only dominance moves.
    const after = applyEmotions(
      origin,
      [
        { name: 'joy', intensity: 0.5 },
        { name: 'distress', intensity: 0.5 },
      ],
      average,
    );
    expect(after.pleasure).toBeCloseTo(0, 12);
    expect(after.arousal).toBeCloseTo(0, 12);
    expect(after.dominance).toBeLessThan(0);
  });

  it('takes a bigger step for a stronger emotion', () => {
    const weak = applyEmotions(origin, [{ name: 'joy', intensity: 0.2 }], average);
    const strong = applyEmotions(origin, [{ name: 'joy', intensity: 0.9 }], average);
    expect(strong.pleasure).toBeGreaterThan(weak.pleasure);
  });

  it('takes a bigger step for a more neurotic character', () => {
    const calm = applyEmotions(origin, [{ name: 'fear', intensity: 0.6 }], { ...average, neuroticism: 0.1 });
    const anxious = applyEmotions(origin, [{ name: 'fear', intensity: 0.6 }], { ...average, neuroticism: 0.9 });
    expect(distance(anxious, origin)).toBeGreaterThan(distance(calm, origin));
  });

  it('leaves mood unchanged when nothing is felt', () => {
    const mood = { pleasure: 0.3, arousal: -0.2, dominance: 0.1 };
    expect(applyEmotions(mood, [], average)).toEqual(mood);
    expect(applyEmotions(mood, [{ name: 'joy', intensity: 0 }], average)).toEqual(mood);
  });
});

describe('decayMood', () => {
  const baseline = { pleasure: 0.2, arousal: -0.1, dominance: 0.3 };
  const upset = { pleasure: -0.8, arousal: 0.7, dominance: -0.6 };

  it('halves the distance to the baseline after one half-life', () => {
    const after = decayMood(upset, baseline, MOOD_HALF_LIFE_MS);
    expect(distance(after, baseline)).toBeCloseTo(distance(upset, baseline) / 2, 12);
  });

  it('returns to the baseline without input: monotonically closer, and tiny after many half-lives', () => {
    let mood = upset;
    let previous = distance(mood, baseline);
    for (let step = 0; step < 40; step++) {
      mood = decayMood(mood, baseline, MOOD_HALF_LIFE_MS / 2);
      const now = distance(mood, baseline);
      expect(now).toBeLessThan(previous);
      previous = now;
    }
    expect(previous).toBeLessThan(1e-5);
  });

  it('leaves mood unchanged when no time has passed', () => {
    expect(decayMood(upset, baseline, 0)).toEqual(upset);
    expect(decayMood(upset, baseline, -5000)).toEqual(upset);
  });
});

describe('mood bounds', () => {
  const step = fc.oneof(
    fc.record({
      kind: fc.constant('emotions' as const),
      emotions: fc.array(
        fc.record({
          name: fc.constantFrom(...EMOTION_NAMES),
          intensity: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        { maxLength: 6 },
      ),
    }),
    fc.record({ kind: fc.constant('decay' as const), elapsedMs: fc.double({ min: -1e6, max: 1e9, noNaN: true }) }),
  );

  it('keeps PAD in [-1,1]^3 through any sequence of emotions and decay', () => {
    fc.assert(
      fc.property(
        padArb,
        bigFiveArb,
        padArb,
        fc.array(step, { maxLength: 40 }),
        (start, personality, baseline, steps) => {
          let mood = start;
          for (const s of steps) {
            mood =
              s.kind === 'emotions'
                ? applyEmotions(mood, s.emotions, personality)
                : decayMood(mood, baseline, s.elapsedMs);
            expect(inCube(mood)).toBe(true);
          }
        },
      ),
    );
  });
});
