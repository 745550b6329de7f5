import { describe, expect, it } from 'vitest';
import { createTemplateDialogue } from '../dialogue/index.ts';
import { REFLECTION_IMPORTANCE_THRESHOLD } from '../memory/index.ts';
import type { DialogueRequest, RecallAsk } from '../ports/index.ts';
import { processInteraction } from './process.ts';
import { character, seed, snapshot, testDeps } from './test-support.ts';

const PRICKLY = { openness: 0.4, conscientiousness: 0.6, extraversion: 0.8, agreeableness: 0.1, neuroticism: 0.9 };

/** Mara picks `rounds` fights with Bram an hour apart (rested), in the in-memory store. */
async function quarrels(rounds: number, seedNumber = 1) {
  const requests: DialogueRequest[] = [];
  const asks: (readonly RecallAsk[])[] = [];
  const template = createTemplateDialogue();
  const { deps, store, clock } = testDeps({
    seed: seedNumber,
    dialogue: { generate: (r) => (requests.push(r), template.generate(r)) },
  });
  // Record what each exchange's transaction recalls.
  const transaction = store.transaction.bind(store);
  store.transaction = (work) =>
    transaction((tx) => {
      const recall = tx.recallMemories.bind(tx);
      tx.recallMemories = (a) => (asks.push(a), recall(a));
      return work(tx);
    });
  await seed(
    store,
    character('mara', 'Mara', { personality: PRICKLY }),
    character('bram', 'Bram', { personality: PRICKLY }),
  );
  for (let i = 0; i < rounds; i++) {
    const result = await processInteraction(deps, { initiatorId: 'mara', targetId: 'bram', type: 'conflict' });
    expect(result.success).toBe(true);
    clock.advance(3_600_000);
  }
  return { deps, store, clock, requests, asks };
}

describe('reflections after direct exchanges', () => {
  it('a run of important direct exchanges forms a reflection in the same save, with no extra read, and later exchanges retrieve it', async () => {
    const { deps, store, requests, asks } = await quarrels(20);
    const maras = await store.listMemories('mara', 1_000);
    const reflections = maras.filter((m) => m.kind === 'reflection');
    expect(reflections.length).toBeGreaterThan(0);
    const first = reflections.at(-1)!;
    expect(first).toMatchObject({ characterId: 'mara', aboutId: 'bram', kind: 'reflection' });
    expect(first.content).toMatch(/^I (distrust|am wary of) Bram since /);
    // It formed exactly when the importance since the last reflection reached the threshold, not before.
    const before = maras.filter((m) => m.createdAt <= first.createdAt && m.id !== first.id);
    const sum = before.reduce((s, m) => s + m.importance, 0);
    expect(sum).toBeGreaterThanOrEqual(REFLECTION_IMPORTANCE_THRESHOLD);
    const newest = before.filter((m) => m.createdAt === first.createdAt);
    expect(sum - newest.reduce((s, m) => s + m.importance, 0)).toBeLessThan(REFLECTION_IMPORTANCE_THRESHOLD);
    // Bram, on the receiving end, reflects too.
    expect((await store.listMemories('bram', 1_000)).some((m) => m.kind === 'reflection' && m.aboutId === 'mara')).toBe(
      true,
    );
    // One recall call per exchange (the memories since the last reflection ride along, without vectors).
    expect(asks).toHaveLength(20);
    expect(asks[0]!.map((a) => a.vectors)).toEqual([undefined, undefined, false, false]);

    // Later, Mara faces Bram again: the reflection is among what she recalls for her line.
    requests.length = 0;
    const result = await processInteraction(deps, { initiatorId: 'mara', targetId: 'bram', type: 'chat' });
    expect(result.success).toBe(true);
    const opening = requests.find((r) => r.speaker.id === 'mara')!;
    expect(opening.memories.map((m) => m.kind)).toContain('reflection');
  });

  it('a few exchanges form none, and the same exchanges always form the same reflections', async () => {
    const few = await quarrels(3);
    expect((await few.store.listMemories('mara', 100)).some((m) => m.kind === 'reflection')).toBe(false);
    const one = await quarrels(20, 7);
    const two = await quarrels(20, 7);
    expect(await snapshot(one.store)).toEqual(await snapshot(two.store));
  });
});
