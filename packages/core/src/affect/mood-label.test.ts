import { describe, expect, it } from 'vitest';
import type { MoodOctant } from '../model.ts';
import { MOOD_INTENSITY_THRESHOLDS, moodLabel } from './mood-label.ts';

describe('moodLabel', () => {
  it.each<[number, number, number, MoodOctant]>([
    [1, 1, 1, 'exuberant'],
    [-1, -1, -1, 'bored'],
    [1, 1, -1, 'dependent'],
    [-1, -1, 1, 'disdainful'],
    [1, -1, 1, 'relaxed'],
    [-1, 1, -1, 'anxious'],
    [1, -1, -1, 'docile'],
    [-1, 1, 1, 'hostile'],
  ])('names the octant of signs (%d, %d, %d) %s', (p, a, d, octant) => {
    expect(moodLabel({ pleasure: 0.3 * p, arousal: 0.3 * a, dominance: 0.3 * d }).octant).toBe(octant);
  });

  it('grades intensity by distance from the origin', () => {
    const along = (r: number) => moodLabel({ pleasure: r, arousal: 0, dominance: 0 }).intensity;
    expect(along(0.1)).toBe('slightly');
    expect(along(MOOD_INTENSITY_THRESHOLDS.moderately - 0.01)).toBe('slightly');
    expect(along(MOOD_INTENSITY_THRESHOLDS.moderately)).toBe('moderately');
    expect(along(MOOD_INTENSITY_THRESHOLDS.fully - 0.01)).toBe('moderately');
    expect(along(MOOD_INTENSITY_THRESHOLDS.fully)).toBe('fully');
    expect(along(1)).toBe('fully');
  });

  it('measures distance over all three axes, not one', () => {
    // Each axis alone is "slightly" (0.3 < 0.35) but the point is 0.52 from the origin.
    expect(moodLabel({ pleasure: 0.3, arousal: 0.3, dominance: 0.3 }).intensity).toBe('moderately');
  });

  it('writes the text as intensity then octant', () => {
    expect(moodLabel({ pleasure: -0.5, arousal: 0.5, dominance: 0.5 }).text).toBe('fully hostile');
    expect(moodLabel({ pleasure: 0.3, arousal: 0.2, dominance: 0.1 }).text).toBe('moderately exuberant');
  });

  it('counts a zero axis as positive, so the neutral mood is slightly exuberant', () => {
    expect(moodLabel({ pleasure: 0, arousal: 0, dominance: 0 }).text).toBe('slightly exuberant');
  });
});
