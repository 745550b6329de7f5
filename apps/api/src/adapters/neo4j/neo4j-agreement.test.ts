import { createRandom, type Id } from '@ensemble/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askEverything } from '../../graph/graph-answers.ts';
import { loadWorld, randomSocialWorld } from '../../graph/random-social-world.ts';
import { InProcessSocialGraph } from '../in-process-graph/in-process-social-graph.ts';
import { Neo4jSocialGraph } from './neo4j-social-graph.ts';
import { neo4jTestUrl } from './neo4j-test-url.ts';

const url = neo4jTestUrl();

/** [seed, characters, chance that a given ordered pair is related]: sparse worlds have long paths, dense ones many ties. */
const WORLDS: readonly [number, number, number][] = [
  [1, 30, 0.06],
  [2, 30, 0.12],
  [3, 30, 0.3],
];
/** Pairs asked per world (every ordered pair would be ~1,000 queries per threshold). */
const PAIRS_PER_WORLD = 150;

describe.skipIf(url === null)('Neo4j and in-process graphs agree', { timeout: 120_000 }, () => {
  let neo4j: Neo4jSocialGraph;
  beforeAll(async () => {
    neo4j = await Neo4jSocialGraph.connect(url as string);
  });
  afterAll(async () => {
    await neo4j.close();
  });

  for (const [seed, nodes, density] of WORLDS) {
    it(`give identical answers to every query on random world ${seed} (${nodes} characters, density ${density})`, async () => {
      const world = randomSocialWorld(seed, nodes, density);
      const inProcess = new InProcessSocialGraph();
      await loadWorld(inProcess, world);
      await loadWorld(neo4j, world);
      const ids = world.characters.map((c) => c.id);
      const pairs = samplePairs(seed, [...ids, `${world.ecosystemId}-missing`]);

      const expected = await askEverything(inProcess, world.ecosystemId, ids, pairs);
      // The world must exercise the rules, or agreement would prove little.
      expect(Object.values(expected.shortestPaths).filter((p) => p !== null && p.length >= 3).length).toBeGreaterThan(
        0,
      );
      expect(await askEverything(neo4j, world.ecosystemId, ids, pairs)).toEqual(expected);
      await neo4j.clearEcosystem(world.ecosystemId);
    });
  }
});

/** A seeded sample of ordered pairs, including a few of a character with itself. */
function samplePairs(seed: number, ids: readonly Id[]): [Id, Id][] {
  const random = createRandom(seed + 1_000);
  const pick = () => ids[Math.floor(random.next() * ids.length)] as Id;
  return Array.from({ length: PAIRS_PER_WORLD }, (_, i) => {
    const a = pick();
    return [a, i % 25 === 0 ? a : pick()];
  });
}
