import type { GraphNeighbour, Id, NeighbourFilter, SocialGraph } from '@ensemble/core';

/** What a graph answers to a fixed battery of queries, comparable with toEqual across implementations. */
export interface GraphAnswers {
  neighbours: Record<string, GraphNeighbour[]>;
  shortestPaths: Record<string, Id[] | null>;
  mutualFriends: Record<string, Id[]>;
  mostConnected: Record<string, { id: Id; degree: number }[]>;
}

/** Neighbour filters that between them touch every option and bound. */
export const NEIGHBOUR_FILTERS: readonly NeighbourFilter[] = [
  {},
  { direction: 'out' },
  { direction: 'in', minStrength: 0.3 },
  { direction: 'both', maxStrength: 0, minTrust: 0.5 },
  { labels: ['friend', 'close friend'] },
  { labels: [] },
  { minStrength: 0, limit: 3 },
];

const PATH_MIN_STRENGTHS: readonly (number | undefined)[] = [undefined, 0.3, -1];
const FRIEND_MIN_STRENGTHS: readonly (number | undefined)[] = [undefined, 0.1];

/**
 * Asks the graph every query: neighbours of each character under each filter, and paths and mutual
 * friends for `pairs` (every ordered pair if omitted) under several thresholds, plus mostConnected
 * at a few limits. Missing ids are included on purpose ('missing' must answer the same everywhere).
 */
export async function askEverything(
  graph: SocialGraph,
  ecosystemId: Id,
  ids: readonly Id[],
  pairs?: readonly (readonly [Id, Id])[],
): Promise<GraphAnswers> {
  const answers: GraphAnswers = { neighbours: {}, shortestPaths: {}, mutualFriends: {}, mostConnected: {} };
  const everyone = [...ids, `${ecosystemId}-missing`];
  for (const id of everyone) {
    for (const [i, filter] of NEIGHBOUR_FILTERS.entries()) {
      answers.neighbours[`${id} #${i}`] = await graph.neighbours(id, filter);
    }
  }
  const askedPairs = pairs ?? everyone.flatMap((a) => everyone.map((b) => [a, b] as const));
  for (const [a, b] of askedPairs) {
    for (const min of PATH_MIN_STRENGTHS) {
      answers.shortestPaths[`${a} → ${b} ≥ ${min}`] = await graph.shortestPath(
        a,
        b,
        min === undefined ? {} : { minStrength: min },
      );
    }
    for (const min of FRIEND_MIN_STRENGTHS) {
      answers.mutualFriends[`${a} & ${b} ≥ ${min}`] = await graph.mutualFriends(
        a,
        b,
        min === undefined ? {} : { minStrength: min },
      );
    }
  }
  for (const limit of [1, 5, 1000]) {
    answers.mostConnected[String(limit)] = await graph.mostConnected(ecosystemId, limit);
  }
  return answers;
}
