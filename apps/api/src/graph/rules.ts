import type { GraphNeighbour, Id } from '@ensemble/core';

/**
 * The strength, each way, at which two characters count as friends: core's relationship label turns
 * 'friend' at 0.3 (packages/core/src/relationships/label.ts), so "mutual friends" means what the
 * labels on the graph show.
 */
export const FRIEND_MIN_STRENGTH = 0.3;

/**
 * The number as stored by both graphs: -0 becomes 0. Neo4j orders -0.0 below 0.0 and, treating them as
 * equal, ignores a SET from one to the other, so a -0 that got in would never leave and would sort
 * differently than in JavaScript, where -0 and 0 tie.
 */
export function storedNumber(value: number): number {
  return value + 0;
}

/**
 * Whether a relationship ties two characters: they have interacted. The graphs' "most connected" and the
 * Observatory's degrees, connection counts and strongest ties all count ties by this one rule (Neo4j's
 * MOST_CONNECTED spells it in Cypher; the graph contract suite holds both to it).
 */
export function isTie(r: { interactionCount: number }): boolean {
  return r.interactionCount > 0;
}

/** Id order shared by both graphs: plain UTF-16 code-unit comparison, never locale-aware. */
export function compareIds(a: Id, b: Id): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a relationship of this strength may be walked by `shortestPath` (`>= min` if given, else `> 0`). */
export function isPathStrength(strength: number, minStrength: number | undefined): boolean {
  return minStrength === undefined ? strength > 0 : strength >= minStrength;
}

/** `neighbours` order: strength descending, then id ascending, then 'out' before 'in'. */
export function compareNeighbours(a: GraphNeighbour, b: GraphNeighbour): number {
  if (a.strength !== b.strength) return b.strength - a.strength;
  const byId = compareIds(a.id, b.id);
  if (byId !== 0) return byId;
  return a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1;
}

/** `mostConnected` order: degree descending, then id ascending. */
export function compareByDegree(a: { id: Id; degree: number }, b: { id: Id; degree: number }): number {
  return a.degree !== b.degree ? b.degree - a.degree : compareIds(a.id, b.id);
}

/** The lexicographically smallest of equally long paths (compared id by id), or null if there are none. */
export function smallestPath(paths: readonly (readonly Id[])[]): Id[] | null {
  let best: readonly Id[] | null = null;
  for (const path of paths) {
    if (best === null || comparePaths(path, best) < 0) best = path;
  }
  return best === null ? null : [...best];
}

function comparePaths(a: readonly Id[], b: readonly Id[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareIds(a[i] as Id, b[i] as Id);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
