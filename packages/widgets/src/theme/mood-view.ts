import type { MoodView } from '../model/views.ts';
import { octantOf } from './mood.ts';

/** Distance from the PAD origin where a mood turns "moderately" and "fully" (core's MOOD_INTENSITY_THRESHOLDS). */
export const MOOD_INTENSITY_THRESHOLDS = { moderately: 0.35, fully: 0.7 } as const;

/** A PAD point with its ALMA label ("moderately exuberant"), as the API labels it; `label` wins when given. */
export function moodView(mood: { pleasure: number; arousal: number; dominance: number }, label?: string): MoodView {
  const octant = octantOf(mood);
  const distance = Math.hypot(mood.pleasure, mood.arousal, mood.dominance);
  const intensity =
    distance >= MOOD_INTENSITY_THRESHOLDS.fully
      ? 'fully'
      : distance >= MOOD_INTENSITY_THRESHOLDS.moderately
        ? 'moderately'
        : 'slightly';
  return {
    pleasure: mood.pleasure,
    arousal: mood.arousal,
    dominance: mood.dominance,
    octant,
    label: label ?? `${intensity} ${octant}`,
  };
}
