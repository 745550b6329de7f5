import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERACTION_TYPES } from '../model.ts';
import type { Emotion, EmotionName } from '../model.ts';
import { bigFiveArb, uniformPersonality } from '../../testing/arbitraries.ts';
import { appraise } from './appraisal.ts';
import type { AppraisalInput } from './appraisal.ts';

const average = uniformPersonality(0.5);
const base: AppraisalInput = {
  interactionType: 'chat',
  sentiment: 0,
  role: 'target',
  relationshipStrength: 0,
  personality: average,
};

function intensityOf(emotions: Emotion[], name: EmotionName): number {
  return emotions.find((e) => e.name === name)?.intensity ?? 0;
}

function names(emotions: Emotion[]): EmotionName[] {
  return emotions.map((e) => e.name);
}

describe('appraise', () => {
  it('answers a warm collaboration with joy, admiration, gratitude and hope and nothing negative', () => {
    const emotions = appraise({ ...base, interactionType: 'collaboration', sentiment: 0.7 });
    expect(names(emotions)).toEqual(expect.arrayContaining(['joy', 'admiration', 'gratitude', 'hope']));
    for (const negative of ['distress', 'reproach', 'anger', 'fear', 'shame'] as const) {
      expect(intensityOf(emotions, negative)).toBe(0);
    }
  });

  it('answers a hostile conflict with distress, reproach and anger and nothing positive', () => {
    const emotions = appraise({ ...base, interactionType: 'conflict', sentiment: -0.7 });
    expect(names(emotions)).toEqual(expect.arrayContaining(['distress', 'reproach', 'anger']));
    for (const positive of ['joy', 'admiration', 'gratitude', 'hope', 'pride'] as const) {
      expect(intensityOf(emotions, positive)).toBe(0);
    }
  });

  it('feels more joy the kinder the line received', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INTERACTION_TYPES),
        bigFiveArb,
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (interactionType, personality, s1, s2) => {
          const [low, high] = s1 <= s2 ? [s1, s2] : [s2, s1];
          const input = { ...base, interactionType, personality };
          expect(intensityOf(appraise({ ...input, sentiment: high }), 'joy')).toBeGreaterThanOrEqual(
            intensityOf(appraise({ ...input, sentiment: low }), 'joy'),
          );
          expect(intensityOf(appraise({ ...input, sentiment: high }), 'distress')).toBeLessThanOrEqual(
            intensityOf(appraise({ ...input, sentiment: low }), 'distress'),
          );
        },
      ),
    );
  });

  it('makes only neurotic characters afraid in a conflict', () => {
    const conflict = { ...base, interactionType: 'conflict' as const, sentiment: -0.5 };
    expect(intensityOf(appraise({ ...conflict, personality: { ...average, neuroticism: 0.3 } }), 'fear')).toBe(0);
    expect(
      intensityOf(appraise({ ...conflict, personality: { ...average, neuroticism: 0.9 } }), 'fear'),
    ).toBeGreaterThan(0.3);
    expect(
      intensityOf(appraise({ ...base, sentiment: -0.5, personality: { ...average, neuroticism: 0.9 } }), 'fear'),
    ).toBe(0);
  });

  it('shames an agreeable character who starts a conflict, but not its target', () => {
    const agreeable = { ...average, agreeableness: 0.9 };
    const conflict = { ...base, interactionType: 'conflict' as const, sentiment: -0.3, personality: agreeable };
    expect(intensityOf(appraise({ ...conflict, role: 'initiator' }), 'shame')).toBeGreaterThan(0.3);
    expect(intensityOf(appraise({ ...conflict, role: 'target' }), 'shame')).toBe(0);
  });

  it('gives a disagreeable conflict starter pride instead of shame', () => {
    const emotions = appraise({
      ...base,
      interactionType: 'conflict',
      sentiment: -0.3,
      role: 'initiator',
      personality: { ...average, agreeableness: 0.1 },
    });
    expect(intensityOf(emotions, 'pride')).toBeGreaterThan(0);
    expect(intensityOf(emotions, 'shame')).toBe(0);
  });

  it('gives the initiator of a collaboration pride, more when conscientious', () => {
    const collaboration = {
      ...base,
      interactionType: 'collaboration' as const,
      sentiment: 0.3,
      role: 'initiator' as const,
    };
    const careless = intensityOf(
      appraise({ ...collaboration, personality: { ...average, conscientiousness: 0.1 } }),
      'pride',
    );
    const diligent = intensityOf(
      appraise({ ...collaboration, personality: { ...average, conscientiousness: 0.9 } }),
      'pride',
    );
    expect(careless).toBeGreaterThan(0);
    expect(diligent).toBeGreaterThan(careless);
  });

  it('feels acts of someone it cares about (either way) more strongly', () => {
    const kind = { ...base, sentiment: 0.6 };
    const stranger = intensityOf(appraise(kind), 'admiration');
    expect(intensityOf(appraise({ ...kind, relationshipStrength: 0.9 }), 'admiration')).toBeGreaterThan(stranger);
    expect(intensityOf(appraise({ ...kind, relationshipStrength: -0.9 }), 'admiration')).toBeGreaterThan(stranger);
  });

  it('blames the initiator for the type it chose only when judged as the target', () => {
    const neutralConflict = { ...base, interactionType: 'conflict' as const, sentiment: 0 };
    expect(intensityOf(appraise({ ...neutralConflict, role: 'target' }), 'reproach')).toBeGreaterThan(0);
    expect(intensityOf(appraise({ ...neutralConflict, role: 'initiator' }), 'reproach')).toBe(0);
  });

  it('returns intensities in (0,1], strongest first, each emotion at most once, for any input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INTERACTION_TYPES),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.constantFrom('initiator' as const, 'target' as const),
        fc.double({ min: -1, max: 1, noNaN: true }),
        bigFiveArb,
        (interactionType, sentiment, role, relationshipStrength, personality) => {
          const emotions = appraise({ interactionType, sentiment, role, relationshipStrength, personality });
          expect(new Set(names(emotions)).size).toBe(emotions.length);
          for (const [i, e] of emotions.entries()) {
            expect(e.intensity).toBeGreaterThan(0);
            expect(e.intensity).toBeLessThanOrEqual(1);
            if (i > 0) expect(e.intensity).toBeLessThanOrEqual((emotions[i - 1] as Emotion).intensity);
          }
        },
      ),
    );
  });
});
