import { clampSigned } from '../bounds.ts';
import type { Relationship } from '../model.ts';
import { relationshipLabel } from './label.ts';

/**
 * Half-life of relationship strength without contact, in simulated ms: one day. Long next to a
 * scenario (minutes), so bonds hold through a session, but an ecosystem left alone cools off.
 * Trust does not drift: it is changed only by evidence.
 */
export const RELATIONSHIP_DRIFT_HALF_LIFE_MS = 24 * 60 * 60 * 1000;

/**
 * The relationship as it stands at `now`: strength decayed toward 0 for the time since the last contact.
 * The decay is measured from `lastInteractionAt`, so apply it to the stored relationship (it is a view):
 * drifting an already drifted value would count the same quiet spell twice.
 */
export function driftRelationship(r: Relationship, now: number): Relationship {
  if (r.lastInteractionAt === null || !(now > r.lastInteractionAt)) return { ...r };
  const remaining = Math.pow(0.5, (now - r.lastInteractionAt) / RELATIONSHIP_DRIFT_HALF_LIFE_MS);
  const strength = clampSigned(r.strength * remaining);
  return { ...r, strength, label: relationshipLabel(strength, r.trust, r.interactionCount) };
}
