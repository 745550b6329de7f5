import { randomUUID } from 'node:crypto';
import {
  characterCreatedEvent,
  characterDeletedEvent,
  relationshipChangedEvent,
  type Character,
  type Id,
  type Relationship,
} from '@ensemble/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InProcessSocialGraph } from '../adapters/in-process-graph/in-process-social-graph.ts';
import { neo4jTestUrl } from '../adapters/neo4j/neo4j-test-url.ts';
import { Neo4jSocialGraph } from '../adapters/neo4j/neo4j-social-graph.ts';
import type { AppStore } from '../store/app-store.ts';
import { sampleCharacter, seedEcosystem, T0 } from '../store/contract/fixtures.ts';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import { askEverything } from './graph-answers.ts';
import { InMemoryGraphProgress } from './graph-progress.ts';
import { LiveGraph } from './live-graph.ts';
import { rebuildGraph } from './sync.ts';

let opened: TestStore;
const store = (): AppStore => opened.store;
beforeAll(async () => {
  opened = await openTestStore();
}, 60_000);
afterAll(async () => {
  await opened?.close();
});

async function commitCharacter(c: Character): Promise<void> {
  await store().transaction(async (tx) => {
    await tx.saveCharacter(c);
    await tx.appendEvents([characterCreatedEvent(c, T0)]);
  });
}

async function commitRelationship(r: Relationship, at = T0): Promise<void> {
  await store().transaction(async (tx) => {
    await tx.saveRelationship(r);
    await tx.appendEvents([
      relationshipChangedEvent(
        r,
        {
          fromId: r.fromId,
          toId: r.toId,
          strengthDelta: 0,
          trustDelta: 0,
          newStrength: r.strength,
          newTrust: r.trust,
          label: r.label,
        },
        randomUUID(),
        at,
      ),
    ]);
  });
}

/** A small ecosystem: five characters, all stored and logged. */
async function seedWorld(): Promise<{ ecosystemId: Id; ids: Id[] }> {
  const { ecosystem } = await seedEcosystem(store());
  const ids: Id[] = [];
  for (const name of ['Ada', 'Bo', 'Cy', 'Di', 'Ed']) {
    const c = sampleCharacter(ecosystem.id, { name });
    await commitCharacter(c);
    ids.push(c.id);
  }
  return { ecosystemId: ecosystem.id, ids };
}

function rel(ecosystemId: Id, fromId: Id, toId: Id, strength: number, count = 1): Relationship {
  return {
    ecosystemId,
    fromId,
    toId,
    strength,
    trust: 0.4,
    interactionCount: count,
    lastInteractionAt: T0,
    label: strength >= 0.3 ? 'friend' : strength < 0 ? 'rival' : 'acquaintance',
  };
}

/** What a graph rebuilt from the store right now answers: the truth the live graph must match. */
async function truth(ecosystemId: Id, ids: Id[]) {
  const reference = new InProcessSocialGraph();
  await rebuildGraph(reference, store(), ecosystemId);
  return askEverything(reference, ecosystemId, ids, [
    [ids[0]!, ids[2]!],
    [ids[1]!, ids[3]!],
  ]);
}

const answersOf = async (graph: LiveGraph, ecosystemId: Id, ids: Id[]) =>
  askEverything(await graph.forEcosystem(ecosystemId), ecosystemId, ids, [
    [ids[0]!, ids[2]!],
    [ids[1]!, ids[3]!],
  ]);

describe('LiveGraph in process', () => {
  const make = () =>
    new LiveGraph({
      graph: new InProcessSocialGraph(),
      progress: new InMemoryGraphProgress(),
      store: store(),
      shared: false,
    });

  it('builds an ecosystem from the store on first use, then follows what is committed afterwards', async () => {
    const { ecosystemId, ids } = await seedWorld();
    const [a, b, c] = ids as [Id, Id, Id];
    await commitRelationship(rel(ecosystemId, a, b, 0.5));
    const graph = make();
    expect(await answersOf(graph, ecosystemId, ids)).toEqual(await truth(ecosystemId, ids));
    expect((await (await graph.forEcosystem(ecosystemId)).neighbours(a)).map((n) => n.id)).toEqual([b]);

    // Committed by "another node": nothing tells this graph, yet its next query sees it.
    await commitRelationship(rel(ecosystemId, a, b, -0.2, 2));
    await commitRelationship(rel(ecosystemId, b, c, 0.6));
    await store().transaction(async (tx) => {
      await tx.deleteCharacter(ids[4]!);
      await tx.appendEvents([characterDeletedEvent({ id: ids[4]!, ecosystemId, name: 'Ed' } as Character, T0)]);
    });
    expect(await answersOf(graph, ecosystemId, ids)).toEqual(await truth(ecosystemId, ids));
    await graph.close();
  });

  it('forgets a deleted ecosystem and rebuilds one on demand', async () => {
    const { ecosystemId, ids } = await seedWorld();
    await commitRelationship(rel(ecosystemId, ids[0]!, ids[1]!, 0.5));
    const graph = make();
    await graph.forEcosystem(ecosystemId);
    await graph.graph.clearEcosystem(ecosystemId); // lost behind its back
    expect(await graph.graph.neighbours(ids[0]!)).toEqual([]);
    await graph.rebuild(ecosystemId);
    expect(await answersOf(graph, ecosystemId, ids)).toEqual(await truth(ecosystemId, ids));
    await graph.forget(ecosystemId);
    expect(await graph.graph.mostConnected(ecosystemId, 10)).toEqual([]);
    await graph.close();
  });
});

const neo4jUrl = neo4jTestUrl();

describe.skipIf(neo4jUrl === null)('LiveGraph on a shared Neo4j (two nodes)', { timeout: 60_000 }, () => {
  it('two nodes pushing commits into one graph concurrently leave it equal to a rebuild from the store', async () => {
    const { ecosystemId, ids } = await seedWorld();
    const connect = async () => {
      const neo = await Neo4jSocialGraph.connect(neo4jUrl!);
      return new LiveGraph({ graph: neo, progress: neo.progress, store: store(), shared: true });
    };
    const nodeA = await connect();
    const nodeB = await connect();
    try {
      await nodeA.forEcosystem(ecosystemId);
      // Many changes to the same few relationships, each announced on alternating nodes: without one
      // writer at a time in seq order, an older value could land last.
      for (let i = 0; i < 40; i += 1) {
        const from = ids[i % 3]!;
        const to = ids[(i + 1) % 3]!;
        const strength = Math.round(Math.sin(i) * 0.9 * 100) / 100;
        await commitRelationship(rel(ecosystemId, from, to, strength, i + 1));
        const [event] = await store().listEvents(
          ecosystemId,
          (await store().getEcosystem(ecosystemId))!.lastSeq - 1,
          1,
        );
        (i % 2 === 0 ? nodeA : nodeB).committed([event!]);
      }
      await Promise.all([nodeA.settled(), nodeB.settled()]);
      const expected = await truth(ecosystemId, ids);
      expect(await answersOf(nodeA, ecosystemId, ids)).toEqual(expected);
      expect(await answersOf(nodeB, ecosystemId, ids)).toEqual(expected);

      // A third node starting later finds the graph already built: it follows on, it does not rebuild.
      const progressBefore = await (nodeA.graph as Neo4jSocialGraph).progress.read(ecosystemId);
      expect(progressBefore).toBe((await store().getEcosystem(ecosystemId))!.lastSeq);
      await nodeA.forget(ecosystemId);
      expect(await nodeB.graph.mostConnected(ecosystemId, 10)).toEqual([]);
    } finally {
      await nodeA.close();
      await nodeB.close();
    }
  });
});
