import { describe, expect, it } from 'vitest';
import { InProcessSocialGraph } from '../adapters/in-process-graph/in-process-social-graph.ts';
import { randomSocialWorld } from '../graph/random-social-world.ts';
import { degrees } from './current-state.ts';

describe('Observatory degrees', () => {
  it.each([
    [1, 0.1],
    [2, 0.3],
    [3, 0.6],
  ])(
    "agree with the social graph's mostConnected on random world %i (density %d), untouched pairs and all",
    async (seed, density) => {
      const world = randomSocialWorld(seed, 25, density);
      // The world mixes relationships that never saw an interaction (some strong) with ones that did.
      expect(world.relationships.some((r) => r.interactionCount === 0 && Math.abs(r.strength) > 0.1)).toBe(true);
      const graph = new InProcessSocialGraph();
      for (const c of world.characters) await graph.upsertCharacter(c);
      for (const r of world.relationships) await graph.upsertRelationship(r);
      const fromGraph = new Map((await graph.mostConnected(world.ecosystemId, 1000)).map((d) => [d.id, d.degree]));
      const observatory = degrees(world.relationships);
      for (const c of world.characters) expect(observatory.get(c.id) ?? 0, c.id).toBe(fromGraph.get(c.id));
    },
  );
});
