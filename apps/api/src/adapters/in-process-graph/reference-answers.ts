import type { GraphNeighbour, Id, NeighbourFilter, Relationship } from '@ensemble/core';
import { NEIGHBOUR_FILTERS, type GraphAnswers } from '../../graph/graph-answers.ts';
import type { SocialWorld } from '../../graph/random-social-world.ts';

/**
 * The answers askEverything should get, worked out the slow, obvious way straight from the contract's
 * words (every simple path enumerated, every pair checked), as an oracle for small graphs.
 * `world.relationships` must hold at most one relationship per ordered pair.
 */
export function referenceAnswers(world: SocialWorld, pairs: readonly (readonly [Id, Id])[]): GraphAnswers {
  const ids = world.characters.map((c) => c.id);
  const everyone = [...ids, `${world.ecosystemId}-missing`];
  const answers: GraphAnswers = { neighbours: {}, shortestPaths: {}, mutualFriends: {}, mostConnected: {} };
  for (const id of everyone) {
    for (const [i, filter] of NEIGHBOUR_FILTERS.entries())
      answers.neighbours[`${id} #${i}`] = neighbours(world, id, filter);
  }
  for (const [a, b] of pairs) {
    for (const min of [undefined, 0.3, -1]) {
      answers.shortestPaths[`${a} → ${b} ≥ ${min}`] = shortestPath(world, a, b, min);
    }
    for (const min of [undefined, 0.1]) {
      answers.mutualFriends[`${a} & ${b} ≥ ${min}`] = mutualFriends(world, a, b, min ?? 0.3);
    }
  }
  const degrees = ids
    .map((id) => ({
      id,
      degree: new Set(
        world.relationships
          .filter((r) => r.interactionCount > 0 && (r.fromId === id || r.toId === id))
          .map((r) => (r.fromId === id ? r.toId : r.fromId)),
      ).size,
    }))
    .sort((x, y) => y.degree - x.degree || byCodeUnit(x.id, y.id));
  for (const limit of [1, 5, 1000]) answers.mostConnected[String(limit)] = degrees.slice(0, limit);
  return answers;
}

function neighbours(world: SocialWorld, id: Id, filter: NeighbourFilter): GraphNeighbour[] {
  const name = (other: Id) => world.characters.find((c) => c.id === other)?.name ?? '';
  const entry = (r: Relationship, direction: 'out' | 'in'): GraphNeighbour => {
    const other = direction === 'out' ? r.toId : r.fromId;
    return {
      id: other,
      name: name(other),
      direction,
      strength: r.strength + 0,
      trust: r.trust + 0,
      interactionCount: r.interactionCount,
      label: r.label,
    };
  };
  const direction = filter.direction ?? 'both';
  const all = [
    ...(direction === 'in' ? [] : world.relationships.filter((r) => r.fromId === id).map((r) => entry(r, 'out'))),
    ...(direction === 'out' ? [] : world.relationships.filter((r) => r.toId === id).map((r) => entry(r, 'in'))),
  ].filter(
    (n) =>
      (filter.minStrength === undefined || n.strength >= filter.minStrength) &&
      (filter.maxStrength === undefined || n.strength <= filter.maxStrength) &&
      (filter.minTrust === undefined || n.trust >= filter.minTrust) &&
      (filter.labels === undefined || filter.labels.includes(n.label)),
  );
  all.sort((x, y) => y.strength - x.strength || byCodeUnit(x.id, y.id) || (x.direction === 'out' ? -1 : 1));
  return filter.limit === undefined ? all : all.slice(0, filter.limit);
}

/** Every simple path, the shortest and then smallest kept: exponential, fine for a handful of nodes. */
function shortestPath(world: SocialWorld, from: Id, to: Id, min: number | undefined): Id[] | null {
  const known = new Set(world.characters.map((c) => c.id));
  if (!known.has(from) || !known.has(to)) return null;
  const walkable = world.relationships.filter((r) => (min === undefined ? r.strength > 0 : r.strength >= min));
  const next = (id: Id) => walkable.flatMap((r) => (r.fromId === id ? [r.toId] : r.toId === id ? [r.fromId] : []));
  let best: Id[] | null = null;
  const visit = (path: Id[]) => {
    const last = path[path.length - 1] as Id;
    if (last === to) {
      if (best === null || path.length < best.length || (path.length === best.length && comparePaths(path, best) < 0))
        best = [...path];
      return;
    }
    for (const n of next(last)) if (!path.includes(n)) visit([...path, n]);
  };
  visit([from]);
  return best;
}

function mutualFriends(world: SocialWorld, a: Id, b: Id, min: number): Id[] {
  const strength = (x: Id, y: Id) => world.relationships.find((r) => r.fromId === x && r.toId === y)?.strength;
  const friends = (x: Id, y: Id) => (strength(x, y) ?? -Infinity) >= min && (strength(y, x) ?? -Infinity) >= min;
  return world.characters
    .map((c) => c.id)
    .filter((c) => c !== a && c !== b && friends(a, c) && friends(b, c))
    .sort(byCodeUnit);
}

function comparePaths(x: readonly Id[], y: readonly Id[]): number {
  for (let i = 0; i < x.length; i++) {
    const c = byCodeUnit(x[i] as Id, y[i] as Id);
    if (c !== 0) return c;
  }
  return 0;
}

function byCodeUnit(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
