export { EMOTION_CENTRES } from './emotions.ts';
export { MEHRABIAN_BASELINE, baselineMood } from './baseline.ts';
export {
  DESIRABILITY_WEIGHTS,
  FEAR_NEUROTICISM_THRESHOLD,
  FEAR_ROLE_WEIGHT,
  HOPE_FROM_COLLABORATION,
  MIN_EMOTION_INTENSITY,
  OWN_ACT,
  PRAISE_WEIGHTS,
  RELATIONSHIP_SALIENCE,
  TRAIT_GAINS,
  appraise,
} from './appraisal.ts';
export type { AppraisalInput } from './appraisal.ts';
export { MOOD_HALF_LIFE_MS, MOOD_STEP, applyEmotions, decayMood } from './mood.ts';
export { MOOD_INTENSITY_THRESHOLDS, moodLabel } from './mood-label.ts';
export {
  ENERGY_COST,
  ENERGY_RECOVERY_PER_MINUTE,
  ENERGY_ROLE_FACTOR,
  ENERGY_THRESHOLD,
  EXTRAVERSION_COST_GAIN,
  EXTRAVERSION_RECOVERY_GAIN,
  canStartInteraction,
  energyCost,
  recoverEnergy,
  spendEnergy,
} from './energy.ts';
export { emotionalStateOf, settleCharacter } from './character-state.ts';
export type { EmotionalStateView } from './character-state.ts';
