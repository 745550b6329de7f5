/** Personalities for tests: a warm extravert and a prickly introvert. */
export const WARM = { openness: 0.7, conscientiousness: 0.6, extraversion: 0.8, agreeableness: 0.8, neuroticism: 0.2 };
export const PRICKLY = {
  openness: 0.3,
  conscientiousness: 0.4,
  extraversion: 0.2,
  agreeableness: 0.2,
  neuroticism: 0.8,
};
