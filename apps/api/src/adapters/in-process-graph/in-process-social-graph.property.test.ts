import { RELATIONSHIP_LABELS, type Relationship } from '@ensemble/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askEverything } from '../../graph/graph-answers.ts';
import type { SocialWorld } from '../../graph/random-social-world.ts';
import { InProcessSocialGraph } from './in-process-social-graph.ts';
import { referenceAnswers } from './reference-answers.ts';

/** Small worlds with many ties and boundary values; later writes to the same pair replace earlier ones. */
const smallWorld = fc.integer({ min: 1, max: 7 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    active: fc.array(fc.boolean(), { minLength: nodes, maxLength: nodes }),
    writes: fc.array(
      fc.record({
        from: fc.nat(nodes - 1),
        to: fc.nat(nodes - 1),
        strength: fc.constantFrom(-1, -0.3, -0, 0, 0.1, 0.3, 0.5, 1),
        trust: fc.constantFrom(0, 0.5, 1),
        interactionCount: fc.constantFrom(0, 1, 3),
        label: fc.constantFrom(...RELATIONSHIP_LABELS),
      }),
      { maxLength: 30 },
    ),
  }),
);

describe('InProcessSocialGraph against a brute-force oracle', () => {
  it('answers every query as the contract defines it, on random small graphs', async () => {
    await fc.assert(
      fc.asyncProperty(smallWorld, async ({ nodes, active, writes }) => {
        const ecosystemId = 'eco';
        const characters = Array.from({ length: nodes }, (_, i) => ({
          id: `c${i}`,
          ecosystemId,
          name: `Character ${i}`,
          active: active[i] ?? true,
        }));
        const graph = new InProcessSocialGraph();
        for (const c of characters) await graph.upsertCharacter(c);
        const latest = new Map<string, Relationship>();
        for (const w of writes) {
          const r: Relationship = {
            ecosystemId,
            fromId: `c${w.from}`,
            toId: `c${w.to}`,
            strength: w.strength,
            trust: w.trust,
            interactionCount: w.interactionCount,
            lastInteractionAt: null,
            label: w.label,
          };
          await graph.upsertRelationship(r);
          if (r.fromId !== r.toId) latest.set(`${r.fromId}>${r.toId}`, r);
        }
        const world: SocialWorld = { ecosystemId, characters, relationships: [...latest.values()] };
        const ids = characters.map((c) => c.id);
        const everyone = [...ids, `${ecosystemId}-missing`];
        const pairs = everyone.flatMap((a) => everyone.map((b) => [a, b] as const));
        expect(await askEverything(graph, ecosystemId, ids, pairs)).toEqual(referenceAnswers(world, pairs));
      }),
      { numRuns: 150 },
    );
  });
});
