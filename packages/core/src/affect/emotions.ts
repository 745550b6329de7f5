import type { EmotionName, PAD } from '../model.ts';

/**
 * Where each OCC emotion sits in PAD space: the emotion centres ALMA uses (Gebhard 2005, table 1,
 * after Mehrabian's mapping). Mood is pulled toward the centre of the emotions felt.
 */
export const EMOTION_CENTRES: Readonly<Record<EmotionName, PAD>> = {
  joy: { pleasure: 0.40, arousal: 0.20, dominance: 0.10 },
  distress: { pleasure: -0.40, arousal: -0.20, dominance: -0.50 },
  admiration: { pleasure: 0.50, arousal: 0.30, dominance: -0.20 },
  reproach: { pleasure: -0.30, arousal: -0.10, dominance: 0.40 },
  gratitude: { pleasure: 0.40, arousal: 0.20, dominance: -0.30 },
  anger: { pleasure: -0.51, arousal: 0.59, dominance: 0.25 },
  fear: { pleasure: -0.64, arousal: 0.60, dominance: -0.43 },
  hope: { pleasure: 0.20, arousal: 0.20, dominance: -0.10 },
  pride: { pleasure: 0.40, arousal: 0.30, dominance: 0.30 },
  shame: { pleasure: -0.30, arousal: 0.10, dominance: -0.60 },
};
