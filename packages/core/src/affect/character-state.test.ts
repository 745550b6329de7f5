import { describe, expect, it } from 'vitest';
import type { Character } from '../model.ts';
import { baselineMood } from './baseline.ts';
import { emotionalStateOf, settleCharacter } from './character-state.ts';
import { MOOD_HALF_LIFE_MS } from './mood.ts';

const T0 = 1_700_000_000_000;

function character(overrides: Partial<Character> = {}): Character {
  return {
    id: 'c1',
    ecosystemId: 'e1',
    name: 'Ada',
    description: 'A curious engineer',
    personality: { openness: 0.9, conscientiousness: 0.7, extraversion: 0.3, agreeableness: 0.6, neuroticism: 0.4 },
    mood: { pleasure: -0.6, arousal: 0.6, dominance: -0.4 },
    lastEmotion: { name: 'fear', intensity: 0.7 },
    energy: 0.3,
    active: true,
    stateUpdatedAt: T0,
    createdAt: T0 - 1000,
    ...overrides,
  };
}

describe('settleCharacter', () => {
  it('decays mood halfway to the baseline and recovers energy over one half-life, as a new object', () => {
    const c = character();
    const before = structuredClone(c);
    const settled = settleCharacter(c, T0 + MOOD_HALF_LIFE_MS);
    const baseline = baselineMood(c.personality);
    expect(settled).not.toBe(c);
    expect(settled.mood.pleasure).toBeCloseTo((c.mood.pleasure + baseline.pleasure) / 2, 12);
    expect(settled.mood.arousal).toBeCloseTo((c.mood.arousal + baseline.arousal) / 2, 12);
    expect(settled.mood.dominance).toBeCloseTo((c.mood.dominance + baseline.dominance) / 2, 12);
    expect(settled.energy).toBeGreaterThan(c.energy);
    expect(settled.stateUpdatedAt).toBe(T0 + MOOD_HALF_LIFE_MS);
    expect(c).toEqual(before);
  });

  it('returns an equal copy, not the same object, when no time has passed', () => {
    const c = character();
    for (const now of [T0, T0 - 5000]) {
      const settled = settleCharacter(c, now);
      expect(settled).toEqual(c);
      expect(settled).not.toBe(c);
      expect(settled.mood).not.toBe(c.mood);
    }
  });
});

describe('emotionalStateOf', () => {
  it('reports PAD, the mood label, the last emotion and energy', () => {
    const view = emotionalStateOf(character({ mood: { pleasure: -0.5, arousal: 0.5, dominance: -0.5 } }));
    expect(view).toEqual({
      pleasure: -0.5,
      arousal: 0.5,
      dominance: -0.5,
      label: 'fully anxious',
      octant: 'anxious',
      emotion: 'fear',
      energy: 0.3,
    });
  });

  it('reports no emotion when none has been felt', () => {
    expect(emotionalStateOf(character({ lastEmotion: null })).emotion).toBeNull();
  });
});
