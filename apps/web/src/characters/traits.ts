import type { BigFive, BigFiveTrait } from '@ensemble/core';

/** How each Big Five trait reads at its two ends, for slider labels a non-psychologist understands. */
export const TRAIT_WORDS: Readonly<Record<BigFiveTrait, { name: string; low: string; high: string }>> = {
  openness: { name: 'Openness', low: 'Conventional', high: 'Curious' },
  conscientiousness: { name: 'Conscientiousness', low: 'Spontaneous', high: 'Organised' },
  extraversion: { name: 'Extraversion', low: 'Reserved', high: 'Outgoing' },
  agreeableness: { name: 'Agreeableness', low: 'Challenging', high: 'Warm' },
  neuroticism: { name: 'Neuroticism', low: 'Steady', high: 'Sensitive' },
};

/** A new character's starting point: the middle of every trait. */
export const NEUTRAL_PERSONALITY: BigFive = {
  openness: 0.5,
  conscientiousness: 0.5,
  extraversion: 0.5,
  agreeableness: 0.5,
  neuroticism: 0.5,
};
