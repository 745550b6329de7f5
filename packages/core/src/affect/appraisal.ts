import { clampSigned, clampUnit } from '../bounds.ts';
import { EMOTION_NAMES } from '../model.ts';
import type { BigFive, Emotion, EmotionName, InteractionType } from '../model.ts';
import { centered } from '../personality/big-five.ts';
import { TYPE_VALENCE } from '../relationships/valence.ts';

/** What a character appraises after one exchange. */
export interface AppraisalInput {
  interactionType: InteractionType;
  /** Sentiment of the line received, [-1,1]: the opening line for the target, the reply for the initiator. */
  sentiment: number;
  role: 'initiator' | 'target';
  /** The appraiser's relationship strength toward the other, [-1,1]. */
  relationshipStrength: number;
  personality: BigFive;
}

/** Desirability of the event (OCC): half what kind of exchange it was, half what was said. */
export const DESIRABILITY_WEIGHTS = { type: 0.5, sentiment: 0.5 } as const;

/**
 * Praiseworthiness of the other's act (OCC). The target judges the initiator's choice of exchange and
 * line; the initiator chose the type itself, so it judges only the reply's tone.
 */
export const PRAISE_WEIGHTS = {
  target: { type: 0.4, sentiment: 0.6 },
  initiator: { type: 0, sentiment: 1 },
} as const;

/**
 * Personality biases on intensity, per unit of centred trait: extraverts feel positive events more and
 * neurotic people negative ones (Costa & McCrae 1980); agreeable people admire more and reproach less.
 */
export const TRAIT_GAINS = {
  joyByExtraversion: 0.25,
  distressByNeuroticism: 0.3,
  admirationByAgreeableness: 0.2,
  reproachByAgreeableness: -0.2,
} as const;

/** Acts of someone one feels strongly about (either way) weigh more: up to +25% at |strength| = 1. */
export const RELATIONSHIP_SALIENCE = 0.25;

/** Hope (prospect of a good outcome) felt in any collaboration, growing with how desirable it was. */
export const HOPE_FROM_COLLABORATION = { base: 0.25, perDesirability: 0.5 } as const;

/**
 * Fear in a conflict appears only above this neuroticism and grows to full at N = 1, more for the one
 * attacked than for the attacker.
 */
export const FEAR_NEUROTICISM_THRESHOLD = 0.5;
export const FEAR_ROLE_WEIGHT = { target: 1, initiator: 0.7 } as const;

/**
 * Self-appraisal of the initiator's own act (OCC pride/shame): contributing to a collaboration brings
 * pride (more for the conscientious); starting a conflict brings shame to the agreeable and a little
 * pride to the disagreeable, who see it as standing their ground.
 */
export const OWN_ACT = {
  collaborationPride: 0.35,
  conflictShame: 0.6,
  conflictPride: 0.3,
} as const;

/** Emotions weaker than this are noise and left out of the appraisal. */
export const MIN_EMOTION_INTENSITY = 0.01;

/** OCC appraisal via ALMA: the emotions one exchange evokes, strongest first, intensities in [0,1]. */
export function appraise(input: AppraisalInput): Emotion[] {
  const { interactionType, role, personality } = input;
  const valence = TYPE_VALENCE[interactionType];
  const sentiment = clampSigned(input.sentiment);
  const salience = 1 + RELATIONSHIP_SALIENCE * Math.abs(clampSigned(input.relationshipStrength));
  const e = centered(personality.extraversion);
  const a = centered(personality.agreeableness);
  const n = centered(personality.neuroticism);

  const desirability = clampSigned(DESIRABILITY_WEIGHTS.type * valence + DESIRABILITY_WEIGHTS.sentiment * sentiment);
  const praiseWeights = PRAISE_WEIGHTS[role];
  const praise = clampSigned(praiseWeights.type * valence + praiseWeights.sentiment * sentiment);

  const joy = clampUnit(Math.max(0, desirability) * (1 + TRAIT_GAINS.joyByExtraversion * e));
  const distress = clampUnit(Math.max(0, -desirability) * (1 + TRAIT_GAINS.distressByNeuroticism * n));
  const admiration = clampUnit(Math.max(0, praise) * (1 + TRAIT_GAINS.admirationByAgreeableness * a) * salience);
  const reproach = clampUnit(Math.max(0, -praise) * (1 + TRAIT_GAINS.reproachByAgreeableness * a) * salience);

  const felt: Record<EmotionName, number> = {
    joy,
    distress,
    admiration,
    reproach,
    // OCC compounds need both halves, so the geometric mean: zero if either is absent.
    gratitude: Math.sqrt(joy * admiration),
    anger: Math.sqrt(distress * reproach),
    fear: interactionType === 'conflict' ? conflictFear(personality.neuroticism, desirability, role) : 0,
    hope:
      interactionType === 'collaboration'
        ? clampUnit(HOPE_FROM_COLLABORATION.base + HOPE_FROM_COLLABORATION.perDesirability * Math.max(0, desirability))
        : 0,
    pride: 0,
    shame: 0,
  };
  if (role === 'initiator') Object.assign(felt, ownActEmotions(interactionType, personality));

  return EMOTION_NAMES.map((name) => ({ name, intensity: clampUnit(felt[name]) }))
    .filter((emotion) => emotion.intensity >= MIN_EMOTION_INTENSITY)
    .sort((x, y) => y.intensity - x.intensity);
}

function conflictFear(neuroticism: number, desirability: number, role: AppraisalInput['role']): number {
  if (neuroticism <= FEAR_NEUROTICISM_THRESHOLD) return 0;
  const susceptibility = (neuroticism - FEAR_NEUROTICISM_THRESHOLD) / (1 - FEAR_NEUROTICISM_THRESHOLD);
  const threat = 0.5 + 0.5 * Math.max(0, -desirability);
  return clampUnit(susceptibility * threat * FEAR_ROLE_WEIGHT[role]);
}

function ownActEmotions(type: InteractionType, p: BigFive): Pick<Record<EmotionName, number>, 'pride' | 'shame'> {
  if (type === 'collaboration') {
    return { pride: OWN_ACT.collaborationPride * (0.5 + p.conscientiousness), shame: 0 };
  }
  if (type === 'conflict') {
    const a = centered(p.agreeableness);
    return { pride: OWN_ACT.conflictPride * Math.max(0, -a), shame: OWN_ACT.conflictShame * Math.max(0, a) };
  }
  return { pride: 0, shame: 0 };
}
