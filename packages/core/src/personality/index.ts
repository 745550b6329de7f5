export { BIG_FIVE_TRAITS, bigFiveSchema, centered, parsePersonality } from './big-five.ts';
export type { BigFiveTrait } from './big-five.ts';
export {
  PERSONALITY_DRIFT_BOUNDS,
  PERSONALITY_DRIFT_DIRECTIONS,
  PERSONALITY_DRIFT_EVENT_STEP,
  PERSONALITY_DRIFT_RATE,
  driftCrossedStep,
  driftPersonality,
} from './drift.ts';
export { COMPATIBILITY_WEIGHTS, compatibility } from './compatibility.ts';
