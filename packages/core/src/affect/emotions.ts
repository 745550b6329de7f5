import type { EmotionName, PAD } from '../model.ts';

/**
 * Where each OCC emotion sits in PAD space: the emotion centres ALMA uses (Gebhard 2005, table 1,
 * after Mehrabian's mapping). Mood is pulled toward the centre of the emotions felt.
 */
export const EMOTION_CENTRES: Readonly<Record<EmotionName, PAD>> = {
  joy: { pleasure: 0.4, arousal: 0.2, dominance: 0.1 },
  distress: { pleasure: -0.4, arousal: -0.2, dominance: -0.5 },
  admiration: { pleasure: 0.5, arousal: 0.3, dominance: -0.2 },
  reproach: { pleasure: -0.3, arousal: -0.1, dominance: 0.4 },
  gratitude: { pleasure: 0.4, arousal: 0.2, dominance: -0.3 },
  anger: { pleasure: -0.51, arousal: 0.59, dominance: 0.25 },
  fear: { pleasure: -0.64, arousal: 0.6, dominance: -0.43 },
  hope: { pleasure: 0.2, arousal: 0.2, dominance: -0.1 },
  pride: { pleasure: 0.4, arousal: 0.3, dominance: 0.3 },
  shame: { pleasure: -0.3, arousal: 0.1, dominance: -0.6 },
};
