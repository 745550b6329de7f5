import type { RelationshipLabel } from '../model.ts';

/** Fewer interactions than this and the other is still a stranger, whatever happened. */
export const ACQUAINTED_AFTER_INTERACTIONS = 2;

/**
 * Strength cut-offs, chosen so that a handful of like-minded exchanges moves a pair one label:
 * strength ≤ enemy → enemy; ≤ rival → rival; below friend → acquaintance; from friend → friend;
 * from closeFriend with trust from closeFriendTrust → close friend (liking alone is not closeness).
 */
export const RELATIONSHIP_THRESHOLDS = {
  enemy: -0.5,
  rival: -0.15,
  friend: 0.3,
  closeFriend: 0.6,
  closeFriendTrust: 0.6,
} as const;

/** The label of a relationship with this strength, trust and history. */
export function relationshipLabel(strength: number, trust: number, interactionCount: number): RelationshipLabel {
  if (interactionCount < ACQUAINTED_AFTER_INTERACTIONS) return 'stranger';
  const t = RELATIONSHIP_THRESHOLDS;
  if (strength <= t.enemy) return 'enemy';
  if (strength <= t.rival) return 'rival';
  if (strength < t.friend) return 'acquaintance';
  if (strength >= t.closeFriend && trust >= t.closeFriendTrust) return 'close friend';
  return 'friend';
}
