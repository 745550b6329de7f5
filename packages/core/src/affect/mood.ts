import { clampSigned, clampUnit } from '../bounds.ts';
import type { BigFive, Emotion, PAD } from '../model.ts';
import { EMOTION_CENTRES } from './emotions.ts';

/**
 * How far mood moves toward the felt emotions' centre, as a fraction of the remaining distance:
 * `base` at full intensity for a perfectly stable character, plus up to `byNeuroticism` more for a fully
 * neurotic one (neurotic people's moods are more reactive). Below 1 so mood never overshoots the centre.
 */
export const MOOD_STEP = { base: 0.3, byNeuroticism: 0.3 } as const;

/**
 * Half-life of mood's return to its baseline, in simulated ms: 10 minutes, so a scenario running a
 * few turns a minute shows moods that build over an exchange and settle over a quiet spell.
 */
export const MOOD_HALF_LIFE_MS = 10 * 60 * 1000;

/** Mood after feeling `emotions` (ALMA): a step toward their intensity-weighted PAD centre. */
export function applyEmotions(mood: PAD, emotions: Emotion[], personality: BigFive): PAD {
  let weight = 0;
  let calm = 1;
  const centre = { pleasure: 0, arousal: 0, dominance: 0 };
  for (const { name, intensity } of emotions) {
    const i = clampUnit(intensity);
    if (i <= 0) continue;
    const c = EMOTION_CENTRES[name];
    centre.pleasure += i * c.pleasure;
    centre.arousal += i * c.arousal;
    centre.dominance += i * c.dominance;
    weight += i;
    calm *= 1 - i;
  }
  if (weight === 0) return { ...mood };
  // Combined intensity: two moderate emotions move mood more than either alone, never beyond 1.
  const intensity = 1 - calm;
  const step = clampUnit(intensity * (MOOD_STEP.base + MOOD_STEP.byNeuroticism * clampUnit(personality.neuroticism)));
  return {
    pleasure: clampSigned(mood.pleasure + step * (centre.pleasure / weight - mood.pleasure)),
    arousal: clampSigned(mood.arousal + step * (centre.arousal / weight - mood.arousal)),
    dominance: clampSigned(mood.dominance + step * (centre.dominance / weight - mood.dominance)),
  };
}

/** Mood after `elapsedMs` of quiet: exponential return to `baseline` with MOOD_HALF_LIFE_MS. */
export function decayMood(mood: PAD, baseline: PAD, elapsedMs: number): PAD {
  if (!(elapsedMs > 0)) return { ...mood };
  const remaining = Math.pow(0.5, elapsedMs / MOOD_HALF_LIFE_MS);
  return {
    pleasure: clampSigned(baseline.pleasure + (mood.pleasure - baseline.pleasure) * remaining),
    arousal: clampSigned(baseline.arousal + (mood.arousal - baseline.arousal) * remaining),
    dominance: clampSigned(baseline.dominance + (mood.dominance - baseline.dominance) * remaining),
  };
}
