import { clampSigned } from '../bounds.ts';
import type { BigFive, PAD } from '../model.ts';
import { centered } from '../personality/big-five.ts';

/**
 * Mehrabian (1996) "Analysis of the Big-five personality factors in terms of the PAD temperament model",
 * the regression ALMA uses for a character's default mood. Traits are centred (t' = 2t − 1) and
 * stability is the opposite of neuroticism (S' = −N').
 */
export const MEHRABIAN_BASELINE = {
  pleasure: { extraversion: 0.21, agreeableness: 0.59, stability: 0.19 },
  arousal: { openness: 0.15, agreeableness: 0.3, stability: -0.57 },
  dominance: { openness: 0.25, conscientiousness: 0.17, extraversion: 0.6, agreeableness: -0.32 },
} as const;

/** The mood a personality returns to when nothing happens (Mehrabian's formulas), each axis in [-1,1]. */
export function baselineMood(p: BigFive): PAD {
  const o = centered(p.openness);
  const c = centered(p.conscientiousness);
  const e = centered(p.extraversion);
  const a = centered(p.agreeableness);
  const s = -centered(p.neuroticism);
  const { pleasure, arousal, dominance } = MEHRABIAN_BASELINE;
  return {
    pleasure: clampSigned(pleasure.extraversion * e + pleasure.agreeableness * a + pleasure.stability * s),
    arousal: clampSigned(arousal.openness * o + arousal.agreeableness * a + arousal.stability * s),
    dominance: clampSigned(
      dominance.openness * o +
        dominance.conscientiousness * c +
        dominance.extraversion * e +
        dominance.agreeableness * a,
    ),
  };
}
