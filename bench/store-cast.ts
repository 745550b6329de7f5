/**
 * The in-process benches' world (no HTTP): an owner, one ecosystem and `count` rested characters written
 * straight into a store, the pairs they meet in (bench/cast.ts's freshPairs), and engine dependencies whose
 * clock runs a minute ahead per exchange, so characters rest between exchanges as they would in a scene
 * (without it they tire within a few rounds and the engine refuses them).
 */
import { randomUUID } from 'node:crypto';
import { createRandom, createSentimentAnalyzer, createTemplateDialogue, type EngineDeps } from '@ensemble/core';
import { sampleCharacter } from '@ensemble/core/testing';
import type { SqlStore } from '@ensemble/api/testing';
import { benchPersonality, freshPairs } from './cast.ts';

/** The ecosystem's id, its characters' ids, and `pairs` pairs of them never repeated. */
export async function seedStoreCast(store: SqlStore, count: number, pairs: number) {
  const now = Date.now();
  const ownerId = randomUUID();
  await store.createUser({
    id: ownerId,
    email: `bench-${ownerId}@example.test`,
    displayName: 'Bench',
    passwordHash: 'x',
    createdAt: now,
  });
  const ecosystemId = randomUUID();
  await store.createEcosystem({
    id: ecosystemId,
    ownerId,
    name: 'Bench',
    description: '',
    lastSeq: 0,
    createdAt: now,
    updatedAt: now,
  });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    ids.push(id);
    await store.saveCharacter(
      sampleCharacter(ecosystemId, {
        id,
        name: `Character ${i}`,
        personality: { ...benchPersonality(i), neuroticism: 0.2 },
        mood: { pleasure: 0.2, arousal: 0.1, dominance: 0 },
        lastEmotion: null,
        energy: 1,
        stateUpdatedAt: now,
        createdAt: now,
      }),
    );
  }
  return { ecosystemId, ids, pairs: freshPairs(ids, pairs) };
}

/** Engine dependencies over `store` (template dialogue, seed 42); `rest()` moves the clock a minute on. */
export function restedDeps(store: EngineDeps['store']): { deps: EngineDeps; rest: () => void } {
  let restedMs = 0;
  return {
    deps: {
      clock: { now: () => Date.now() + restedMs },
      ids: { next: () => randomUUID() },
      sentiment: createSentimentAnalyzer(),
      dialogue: createTemplateDialogue(),
      random: createRandom(42),
      store,
    },
    rest: () => {
      restedMs += 60_000;
    },
  };
}
