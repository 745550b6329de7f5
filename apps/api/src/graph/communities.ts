import { createRandom, type Id, type Relationship } from '@ensemble/core';
import { UndirectedGraph } from 'graphology';
import louvainExports from 'graphology-communities-louvain';
import { compareIds } from './rules.ts';

// The package is CommonJS (`module.exports = louvain`) with an ES-style default in its typings, so under
// NodeNext the default import is typed as the module while at run time it is the function itself.
const louvain = louvainExports as unknown as typeof louvainExports.default;

/** Seed of Louvain's tie-breaking randomness, fixed so a graph's colours don't change between calls. */
export const COMMUNITY_SEED = 20_240_601;

/** Options for detectCommunities. */
export interface CommunityOptions {
  /** Seed for Louvain's node visiting order. @default COMMUNITY_SEED */
  seed?: number;
  /** Louvain resolution: above 1 favours more, smaller communities. @default 1 */
  resolution?: number;
}

/**
 * Louvain communities of an ecosystem, for colouring its graph: characters tied by liking (positive
 * strength, either direction; a pair's weight is the sum of both directions' positive strengths)
 * fall together. Every character gets a community, isolated ones their own. Deterministic: nodes
 * enter in id order, Louvain's randomness is seeded, and communities are numbered 0, 1, ... in the
 * order of their smallest member id.
 */
export function detectCommunities(
  characterIds: readonly Id[],
  relationships: readonly Relationship[],
  options: CommunityOptions = {},
): Record<Id, number> {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  const ids = [...new Set(characterIds)].sort(compareIds);
  for (const id of ids) graph.addNode(id);
  const liking = [...relationships]
    .filter((r) => r.strength > 0 && r.fromId !== r.toId && graph.hasNode(r.fromId) && graph.hasNode(r.toId))
    .sort((a, b) => compareIds(a.fromId, b.fromId) || compareIds(a.toId, b.toId));
  for (const r of liking) {
    const [a, b] = compareIds(r.fromId, r.toId) < 0 ? [r.fromId, r.toId] : [r.toId, r.fromId];
    graph.updateEdge(a, b, (attrs) => ({ weight: (attrs.weight ?? 0) + r.strength }));
  }

  const random = createRandom(options.seed ?? COMMUNITY_SEED);
  const raw =
    graph.size === 0
      ? Object.fromEntries(ids.map((id, i) => [id, i]))
      : louvain(graph, { getEdgeWeight: 'weight', rng: () => random.next(), resolution: options.resolution ?? 1 });

  const renumbered = new Map<number, number>();
  const result: Record<Id, number> = {};
  for (const id of ids) {
    const community = raw[id] ?? -1;
    if (!renumbered.has(community)) renumbered.set(community, renumbered.size);
    result[id] = renumbered.get(community) as number;
  }
  return result;
}
