import type { SocialGraph } from '@ensemble/core';
import { afterAll, beforeAll, describe } from 'vitest';
import { describePathsAndRankings } from './contract/paths-and-rankings.contract.ts';
import { describeSync } from './contract/sync.contract.ts';
import { describeWritesAndNeighbours } from './contract/writes-and-neighbours.contract.ts';

/**
 * The SocialGraph contract (packages/core/src/ports/graph.ts), run against every implementation so
 * they answer alike. One graph per suite; every test works in its own fresh ecosystem and ids, so
 * the suite can run against a shared Neo4j that holds other data.
 */
export function describeSocialGraphContract(name: string, make: () => Promise<SocialGraph>): void {
  // Generous: a shared Neo4j on a busy 2-core machine answers in milliseconds but warms up slowly.
  describe(`SocialGraph contract: ${name}`, { timeout: 60_000 }, () => {
    let graph: SocialGraph | null = null;
    const current = (): SocialGraph => {
      if (graph === null) throw new Error('the graph under test is not open');
      return graph;
    };
    beforeAll(async () => {
      graph = await make();
    });
    afterAll(async () => {
      await graph?.close();
    });

    describeWritesAndNeighbours(current);
    describePathsAndRankings(current);
    describeSync(current);
  });
}
