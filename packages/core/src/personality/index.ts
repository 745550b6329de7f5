export { BIG_FIVE_TRAITS, bigFiveSchema, centered, parsePersonality } from './big-five.ts';
export type { BigFiveTrait } from './big-five.ts';
export { COMPATIBILITY_WEIGHTS, compatibility } from './compatibility.ts';
