import { driftRelationship, settleCharacter, type Character, type Id, type Relationship } from '@ensemble/core';
import { isTie } from '../graph/rules.ts';
import type { AppServices } from '../services.ts';

/**
 * Characters as they are now: stored state is as of each character's last change, so mood decay and
 * energy recovery since then are applied for display (nothing is written).
 */
export async function currentCharacters(services: AppServices, ecosystemId: Id): Promise<Character[]> {
  const now = services.clock.now();
  return (await services.store.listCharacters(ecosystemId)).map((c) => settleCharacter(c, now));
}

/** Relationships as they stand now (strength drifted toward 0 since the last contact). */
export async function currentRelationships(services: AppServices, ecosystemId: Id): Promise<Relationship[]> {
  const now = services.clock.now();
  return (await services.store.listRelationships(ecosystemId)).map((r) => driftRelationship(r, now));
}

/**
 * For each character, how many distinct others it is tied to (in either direction), by the social graph's
 * own rule (`isTie`), so the Observatory and `graph.mostConnected` never disagree.
 */
export function degrees(relationships: readonly Relationship[]): Map<Id, number> {
  const neighbours = new Map<Id, Set<Id>>();
  const add = (a: Id, b: Id) => {
    const set = neighbours.get(a) ?? new Set<Id>();
    set.add(b);
    neighbours.set(a, set);
  };
  for (const r of relationships) {
    if (!isTie(r)) continue;
    add(r.fromId, r.toId);
    add(r.toId, r.fromId);
  }
  return new Map([...neighbours].map(([id, set]) => [id, set.size]));
}
