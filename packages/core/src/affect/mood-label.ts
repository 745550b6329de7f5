import type { MoodIntensity, MoodLabel, MoodOctant, PAD } from '../model.ts';

/**
 * Mood intensity by distance from the PAD origin. ALMA splits [0, √3] at 0.5 and 1; we use lower cuts
 * because the emotion centres sit 0.45–1 from the origin, so mood driven by emotions rarely passes 1:
 * a mood near the joy centre (≈0.46) is "moderately", one near anger or fear (≈0.8–1) is "fully".
 */
export const MOOD_INTENSITY_THRESHOLDS = { moderately: 0.35, fully: 0.7 } as const;

/** ALMA's octant names, keyed by the signs of pleasure, arousal, dominance ('+' includes 0). */
const OCTANTS: Readonly<Record<string, MoodOctant>> = {
  '+++': 'exuberant',
  '---': 'bored',
  '++-': 'dependent',
  '--+': 'disdainful',
  '+-+': 'relaxed',
  '-+-': 'anxious',
  '+--': 'docile',
  '-++': 'hostile',
};

/** The mood's PAD octant and intensity, e.g. "moderately exuberant". */
export function moodLabel(mood: PAD): MoodLabel {
  const key = sign(mood.pleasure) + sign(mood.arousal) + sign(mood.dominance);
  const octant = OCTANTS[key] ?? 'relaxed';
  const distance = Math.hypot(mood.pleasure, mood.arousal, mood.dominance);
  const intensity: MoodIntensity =
    distance >= MOOD_INTENSITY_THRESHOLDS.fully
      ? 'fully'
      : distance >= MOOD_INTENSITY_THRESHOLDS.moderately
        ? 'moderately'
        : 'slightly';
  return { octant, intensity, text: `${intensity} ${octant}` };
}

function sign(x: number): '+' | '-' {
  return x < 0 ? '-' : '+';
}
