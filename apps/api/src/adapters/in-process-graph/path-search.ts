import type { Id } from '@ensemble/core';
import { compareIds } from '../../graph/rules.ts';

/**
 * The lexicographically smallest of the fewest-hop paths from `fromId` to `toId`, or null.
 * A breadth-first search from the target gives every node's distance to it; walking from the source,
 * always stepping to the smallest id one hop closer, then spells the smallest shortest path, since
 * any node one hop closer can still finish a shortest path.
 */
export function lexicographicShortestPath(fromId: Id, toId: Id, neighboursOf: (id: Id) => Id[]): Id[] | null {
  if (fromId === toId) return [fromId];
  const distanceToTarget = new Map<Id, number>([[toId, 0]]);
  let frontier: Id[] = [toId];
  while (frontier.length > 0 && !distanceToTarget.has(fromId)) {
    const next: Id[] = [];
    for (const id of frontier) {
      const d = (distanceToTarget.get(id) ?? 0) + 1;
      for (const other of neighboursOf(id)) {
        if (distanceToTarget.has(other)) continue;
        distanceToTarget.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  const total = distanceToTarget.get(fromId);
  if (total === undefined) return null;

  const path: Id[] = [fromId];
  let current = fromId;
  for (let remaining = total - 1; remaining >= 0; remaining--) {
    const closer = neighboursOf(current).filter((id) => distanceToTarget.get(id) === remaining);
    current = closer.sort(compareIds)[0] as Id;
    path.push(current);
  }
  return path;
}
