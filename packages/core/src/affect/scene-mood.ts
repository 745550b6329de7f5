import { clampSigned } from '../bounds.ts';
import type { PAD, ScenarioMood } from '../model.ts';

/**
 * How a scene's mood pulls a taking-part character's mood, per exchange: a festive scene lifts
 * pleasure and arousal, a tense or hostile one lowers pleasure and raises arousal, a somber one lowers
 * both. Offsets after Mehrabian's PAD placement of the matching mood words; the pull is small next to
 * an exchange's emotions, so personalities still spread the cast over several octants.
 */
export const SCENE_MOOD_OFFSET: Readonly<Record<ScenarioMood, PAD>> = {
  festive: { pleasure: 0.4, arousal: 0.35, dominance: 0.05 },
  playful: { pleasure: 0.3, arousal: 0.25, dominance: 0 },
  calm: { pleasure: 0.15, arousal: -0.3, dominance: 0 },
  collaborative: { pleasure: 0.2, arousal: 0.1, dominance: 0.05 },
  mysterious: { pleasure: 0, arousal: 0.25, dominance: -0.1 },
  tense: { pleasure: -0.3, arousal: 0.3, dominance: 0 },
  hostile: { pleasure: -0.4, arousal: 0.35, dominance: 0.1 },
  somber: { pleasure: -0.35, arousal: -0.3, dominance: -0.1 },
};

/** Share of the scene's offset applied per exchange. */
export const SCENE_MOOD_RATE = 0.15;

/** A mood after one exchange in a scene of `sceneMood`. */
export function pulledByScene(mood: PAD, sceneMood: ScenarioMood): PAD {
  const o = SCENE_MOOD_OFFSET[sceneMood];
  return {
    pleasure: clampSigned(mood.pleasure + SCENE_MOOD_RATE * o.pleasure),
    arousal: clampSigned(mood.arousal + SCENE_MOOD_RATE * o.arousal),
    dominance: clampSigned(mood.dominance + SCENE_MOOD_RATE * o.dominance),
  };
}
