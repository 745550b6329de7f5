import { clampSigned, clampUnit } from '../bounds.ts';
import type { InteractionType, Relationship, RelationshipDelta } from '../model.ts';
import { centered } from '../personality/big-five.ts';
import { driftRelationship } from './drift.ts';
import { relationshipLabel } from './label.ts';
import { TYPE_VALENCE } from './valence.ts';

/** One interaction as the relationship update sees it. */
export interface RelationshipUpdateInput {
  interactionType: InteractionType;
  /** Sentiment of what the other said, [-1,1]. */
  sentiment: number;
  /** compatibility() of the pair, [0,1]. */
  compatibility: number;
  now: number;
}

/** Evidence from one interaction, in [-1,1]: mostly what kind of exchange it was, partly its tone. */
export const EVIDENCE_WEIGHTS = { type: 0.6, sentiment: 0.4 } as const;

/**
 * Fraction of the distance to the bound strength moves toward, per unit of evidence. Scaling by that
 * distance gives diminishing returns: each friendly act counts less between friends than between
 * strangers, and strength can approach ±1 but never pass it.
 */
export const STRENGTH_RATE = 0.12;

/**
 * Compatible pairs warm faster and cool slower: positive steps ×(1 + 0.5·c'), negative ×(1 − 0.5·c'),
 * with c' = 2·compatibility − 1 (so ×0.5 to ×1.5).
 */
export const COMPATIBILITY_INFLUENCE = 0.5;

/** Trust gained per unit of positive evidence, scaled by the distance to full trust (slow to build). */
export const TRUST_GAIN_RATE = 0.06;

/**
 * Trust is quick to lose (Slovic 1993, "perceived risk, trust and democracy": negative events weigh
 * more): a loss is this many times the largest gain the same magnitude of evidence could bring, and
 * is not damped near full trust.
 */
export const TRUST_LOSS_MULTIPLIER = 3;

/** `r` after one interaction at `input.now` (drift applied first), with the change it made. */
export function updateRelationship(
  r: Relationship,
  input: RelationshipUpdateInput,
): { relationship: Relationship; delta: RelationshipDelta } {
  const drifted = driftRelationship(r, input.now);
  const evidence = clampSigned(
    EVIDENCE_WEIGHTS.type * TYPE_VALENCE[input.interactionType] +
      EVIDENCE_WEIGHTS.sentiment * clampSigned(input.sentiment),
  );
  const strength = clampSigned(drifted.strength);
  const trust = clampUnit(drifted.trust);

  const affinity = 1 + COMPATIBILITY_INFLUENCE * centered(clampUnit(input.compatibility)) * Math.sign(evidence);
  const room = evidence >= 0 ? 1 - strength : 1 + strength;
  const newStrength = clampSigned(strength + STRENGTH_RATE * evidence * affinity * room);

  const newTrust =
    evidence >= 0
      ? clampUnit(trust + TRUST_GAIN_RATE * evidence * (1 - trust))
      : clampUnit(trust + TRUST_LOSS_MULTIPLIER * TRUST_GAIN_RATE * evidence);

  const interactionCount = drifted.interactionCount + 1;
  const label = relationshipLabel(newStrength, newTrust, interactionCount);
  const relationship: Relationship = {
    ...drifted,
    strength: newStrength,
    trust: newTrust,
    interactionCount,
    lastInteractionAt: input.now,
    label,
  };
  return {
    relationship,
    delta: {
      fromId: r.fromId,
      toId: r.toId,
      strengthDelta: newStrength - r.strength,
      trustDelta: newTrust - r.trust,
      newStrength,
      newTrust,
      label,
    },
  };
}
