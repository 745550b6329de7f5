import { randomUUID } from 'node:crypto';
import {
  createRandom,
  RELATIONSHIP_LABELS,
  type GraphCharacter,
  type Id,
  type Random,
  type Relationship,
  type SocialGraph,
} from '@ensemble/core';

/** Characters and relationships of one ecosystem, for feeding graphs in tests. */
export interface SocialWorld {
  ecosystemId: Id;
  characters: GraphCharacter[];
  relationships: Relationship[];
}

/**
 * Values drawn from short lists with exact repeats, so ties (equal strengths, equal degrees, equally
 * short paths) and the boundaries of the rules (strength exactly 0 and 0.3) are common, not rare.
 */
const STRENGTHS = [-0.8, -0.3, 0, 0.1, 0.3, 0.3, 0.5, 0.8, 1] as const;
const TRUSTS = [0, 0.25, 0.5, 0.75, 1] as const;
const COUNTS = [0, 0, 1, 2, 7] as const;

/**
 * A random ecosystem from `seed`: `nodes` characters whose ids share a fresh prefix (so runs on a shared
 * Neo4j never collide, and id order is the order of the zero-padded index), each ordered pair related
 * with probability `density`.
 */
export function randomSocialWorld(seed: number, nodes: number, density: number): SocialWorld {
  const random = createRandom(seed);
  const prefix = randomUUID();
  const ecosystemId = `eco-${prefix}`;
  const characters: GraphCharacter[] = Array.from({ length: nodes }, (_, i) => ({
    id: `${prefix}-${String(i).padStart(3, '0')}`,
    ecosystemId,
    name: `Character ${i}`,
    active: random.next() < 0.8,
  }));
  const relationships: Relationship[] = [];
  for (const from of characters) {
    for (const to of characters) {
      if (from.id === to.id || random.next() >= density) continue;
      relationships.push({
        ecosystemId,
        fromId: from.id,
        toId: to.id,
        strength: pick(random, STRENGTHS),
        trust: pick(random, TRUSTS),
        interactionCount: pick(random, COUNTS),
        lastInteractionAt: random.next() < 0.5 ? null : 1_700_000_000_000 + Math.floor(random.next() * 1e9),
        label: pick(random, RELATIONSHIP_LABELS),
      });
    }
  }
  return { ecosystemId, characters, relationships };
}

/** Writes the world into the graph, characters first. */
export async function loadWorld(graph: SocialGraph, world: SocialWorld): Promise<void> {
  for (const c of world.characters) await graph.upsertCharacter(c);
  for (const r of world.relationships) await graph.upsertRelationship(r);
}

function pick<T>(random: Random, options: readonly T[]): T {
  return options[Math.floor(random.next() * options.length)] as T;
}
