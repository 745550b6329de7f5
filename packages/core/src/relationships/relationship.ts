import type { Id, Relationship } from '../model.ts';

/**
 * Trust a character extends to someone it has never dealt with: modest benefit of the doubt, enough
 * that a first betrayal costs something, low enough that close friendship has to be earned.
 */
export const INITIAL_TRUST = 0.3;

/** How `fromId` sees `toId` before they have ever interacted. */
export function newRelationship(ecosystemId: Id, fromId: Id, toId: Id): Relationship {
  return {
    ecosystemId,
    fromId,
    toId,
    strength: 0,
    trust: INITIAL_TRUST,
    interactionCount: 0,
    lastInteractionAt: null,
    label: 'stranger',
  };
}
