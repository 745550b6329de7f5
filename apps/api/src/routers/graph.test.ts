import type { Character, Relationship } from '@ensemble/core';
import { describe, expect, it } from 'vitest';
import { InProcessSocialGraph } from '../adapters/in-process-graph/in-process-social-graph.ts';
import { InMemoryGraphProgress } from '../graph/graph-progress.ts';
import { LiveGraph, type LiveGraphStore } from '../graph/live-graph.ts';
import type { AppServices } from '../services.ts';
import type { EcosystemRecord } from '../store/app-store.ts';
import { createCallerFactory, router } from '../trpc.ts';
import { graphRouter } from './graph.ts';

const T0 = 1_700_000_000_000;

function ecosystem(id: string, ownerId: string): EcosystemRecord {
  return { id, ownerId, name: id, description: '', lastSeq: 0, createdAt: T0, updatedAt: T0 };
}

function character(id: string, ecosystemId: string): Character {
  return {
    id,
    ecosystemId,
    name: `Name ${id}`,
    description: '',
    personality: { openness: 0.5, conscientiousness: 0.5, extraversion: 0.5, agreeableness: 0.5, neuroticism: 0.5 },
    mood: { pleasure: 0, arousal: 0, dominance: 0 },
    lastEmotion: null,
    energy: 1,
    active: true,
    stateUpdatedAt: T0,
    createdAt: T0,
  };
}

function rel(ecosystemId: string, fromId: string, toId: string, strength: number): Relationship {
  return {
    ecosystemId,
    fromId,
    toId,
    strength,
    trust: 0.5,
    interactionCount: 1,
    lastInteractionAt: T0,
    label: 'friend',
  };
}

/** Alice owns 'mine' (a, b, c, then x, y, z tied among themselves) and 'second' (s); Bob owns 'theirs' (t). */
async function setup() {
  const ecosystems = [ecosystem('mine', 'alice'), ecosystem('second', 'alice'), ecosystem('theirs', 'bob')];
  const characters = [
    ...['a', 'b', 'c', 'x', 'y', 'z'].map((id) => character(id, 'mine')),
    character('s', 'second'),
    character('t', 'theirs'),
  ];
  const relationships = [
    rel('mine', 'a', 'b', 0.8),
    rel('mine', 'b', 'a', 0.8),
    rel('mine', 'b', 'c', 0.6),
    rel('mine', 'c', 'b', 0.6),
    rel('mine', 'a', 'c', 0.7),
    rel('mine', 'c', 'a', 0.7),
    rel('mine', 'x', 'y', 0.9),
    rel('mine', 'y', 'z', 0.9),
    rel('mine', 'z', 'x', 0.9),
    rel('mine', 'c', 'x', -0.5),
  ];
  const store = {
    getEcosystem: async (id: string) => ecosystems.find((e) => e.id === id) ?? null,
    getCharacter: async (id: string) => characters.find((c) => c.id === id) ?? null,
    listCharacters: async (ecosystemId: string) => characters.filter((c) => c.ecosystemId === ecosystemId),
    listRelationships: async (ecosystemId: string) => relationships.filter((r) => r.ecosystemId === ecosystemId),
    listEvents: async () => [],
  };
  // Built from the store on first use, as the server's graph is.
  const graph = new LiveGraph({
    graph: new InProcessSocialGraph(),
    progress: new InMemoryGraphProgress(),
    store: store as unknown as LiveGraphStore,
    shared: false,
  });
  const services = { store, graph } as unknown as AppServices;
  const createCaller = createCallerFactory(router({ graph: graphRouter }));
  const as = (userId: string | null) =>
    createCaller({
      services,
      user: userId === null ? null : { id: userId, email: `${userId}@example.com`, displayName: userId },
      authFailure: null,
    }).graph;
  return { as };
}

describe('graphRouter', () => {
  it('neighbours answers from the graph with the filter given', async () => {
    const { as } = await setup();
    const seen = await as('alice').neighbours({ characterId: 'c', direction: 'out' });
    expect(seen.map((n) => [n.id, n.strength])).toEqual([
      ['a', 0.7],
      ['b', 0.6],
      ['x', -0.5],
    ]);
    const liked = await as('alice').neighbours({ characterId: 'c', direction: 'out', minStrength: 0, limit: 1 });
    expect(liked.map((n) => n.id)).toEqual(['a']);
  });

  it('shortestPath and mutualFriends answer within one ecosystem', async () => {
    const { as } = await setup();
    expect(await as('alice').shortestPath({ fromId: 'a', toId: 'c' })).toEqual({ path: ['a', 'c'] });
    expect(await as('alice').shortestPath({ fromId: 'a', toId: 'x' })).toEqual({ path: null });
    expect(await as('alice').shortestPath({ fromId: 'a', toId: 'x', minStrength: -1 })).toEqual({
      path: ['a', 'c', 'x'],
    });
    expect(await as('alice').mutualFriends({ aId: 'a', bId: 'b' })).toEqual(['c']);
  });

  it('mostConnected and communities describe the whole ecosystem', async () => {
    const { as } = await setup();
    expect(await as('alice').mostConnected({ ecosystemId: 'mine', limit: 3 })).toEqual([
      { id: 'c', degree: 3 },
      { id: 'x', degree: 3 },
      { id: 'a', degree: 2 },
    ]);
    expect(await as('alice').communities({ ecosystemId: 'mine' })).toEqual({ a: 0, b: 0, c: 0, x: 1, y: 1, z: 1 });
  });

  it("answers someone else's characters and ecosystems as not found", async () => {
    const { as } = await setup();
    await expect(as('bob').neighbours({ characterId: 'a' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      appCode: 'character_not_found',
    });
    await expect(as('bob').mostConnected({ ecosystemId: 'mine', limit: 5 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(as('alice').communities({ ecosystemId: 'theirs' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(as(null).mostConnected({ ecosystemId: 'mine', limit: 5 })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('refuses pairs from different ecosystems and out-of-range input', async () => {
    const { as } = await setup();
    await expect(as('alice').shortestPath({ fromId: 'a', toId: 's' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'different_ecosystems',
    });
    await expect(as('alice').mutualFriends({ aId: 's', bId: 'b' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'different_ecosystems',
    });
    await expect(as('bob').shortestPath({ fromId: 't', toId: 'a' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(as('alice').neighbours({ characterId: 'a', minStrength: 2 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(as('alice').mostConnected({ ecosystemId: 'mine', limit: 0 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
