/**
 * Memories by meaning, on the real store (PGlite, or PostgreSQL with DATABASE_URL) with the real local
 * model: the embedding queue gives memories vectors after they commit, and retrieval then scores a memory
 * by the cosine between it and the conversation, so talk of lanterns calls up "the festival lights".
 */
import {
  createRandom,
  createSentimentAnalyzer,
  createTemplateDialogue,
  processInteraction,
  recallAsk,
  retrieveMemories,
  type DialogueRequest,
  type EngineDeps,
  type Memory,
} from '@ensemble/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalEmbedder } from '../adapters/embeddings/local-embedder.ts';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import { openLocalEmbedder } from '../../testing/embeddings.ts';
import { sampleCharacter, sampleEcosystem, sampleMemory, sampleUser, T0 } from '../store/contract/fixtures.ts';
import { Lore } from './lore.ts';
import { QueryVectors } from './query-vectors.ts';

let opened: TestStore;
let embedder: LocalEmbedder;
let lore: Lore;

beforeAll(async () => {
  [opened, embedder] = await Promise.all([openTestStore(), openLocalEmbedder()]);
  lore = new Lore({ store: opened.store, embedder });
}, 120_000);

afterAll(async () => {
  await lore?.close();
  await embedder?.close();
  await opened?.close();
});

const HOUR = 3_600_000;
const EVERYDAY = [
  'I mended the torn nets on the harbour wall.',
  'I sold a basket of herring at the market for a good price.',
  'The winch on my boat broke again and I fixed it with wire.',
  'I argued with the cooper about the price of barrels.',
  'I scrubbed the deck and coiled the ropes before the rain.',
];
const FESTIVAL = 'I watched the festival lights glow over the water all night.';

/** Mara and Bram, and Mara's memories an hour apart, all equally important: the festival one third oldest. */
async function harbour() {
  const user = sampleUser();
  await opened.store.createUser(user);
  const eco = sampleEcosystem(user.id);
  await opened.store.createEcosystem(eco);
  const mara = sampleCharacter(eco.id, { name: 'Mara' });
  const bram = sampleCharacter(eco.id, { name: 'Bram' });
  await opened.store.saveCharacter(mara);
  await opened.store.saveCharacter(bram);
  const contents = [...EVERYDAY.slice(0, 2), FESTIVAL, ...EVERYDAY.slice(2)];
  const memories: Memory[] = contents.map((content, i) =>
    sampleMemory(eco.id, mara.id, null, { content, valence: 0.3, importance: 0.5, createdAt: T0 + i * HOUR }),
  );
  await opened.store.addMemories(memories);
  return { mara, bram, festival: memories[2]! };
}

describe('memories by meaning', () => {
  it('embeds memories after they commit, and a conversation about lanterns recalls the festival lights', async () => {
    const { mara, bram, festival } = await harbour();
    const [before = []] = await opened.store.recallMemories([recallAsk(mara.id, bram.id, true)]);
    expect(before.every((m) => m.embedding === undefined)).toBe(true);

    lore.memoriesChanged();
    await lore.queue!.idle();
    expect(lore.queue!.counts.memories).toBeGreaterThanOrEqual(6);
    const [recalled = []] = await opened.store.recallMemories([recallAsk(mara.id, bram.id, true)]);
    expect(recalled).toHaveLength(6);
    expect(recalled.every((m) => m.embedding?.length === 384)).toBe(true);

    const talk = 'The lanterns look beautiful this evening.';
    const now = T0 + 6 * HOUR;
    // By shared words nothing stands out (no memory says "lanterns"): the three newest win on recency.
    const byWords = retrieveMemories(recalled, { now, aboutId: bram.id, text: talk }, 3);
    expect(byWords.map((m) => m.id)).not.toContain(festival.id);
    const [vector] = await embedder.embed([talk]);
    const byMeaning = retrieveMemories(recalled, { now, aboutId: bram.id, text: talk, embedding: vector! }, 3);
    expect(byMeaning[0]!.id).toBe(festival.id);
  });

  it('an exchange retrieves by meaning through the engine, with the conversation embedded off the write path', async () => {
    const { mara, bram, festival } = await harbour();
    lore.memoriesChanged();
    await lore.queue!.idle();
    const meaning = new QueryVectors(embedder);
    const requests: DialogueRequest[] = [];
    const template = createTemplateDialogue();
    const deps: EngineDeps = {
      store: opened.store,
      clock: { now: () => T0 + 6 * HOUR },
      ids: { next: () => crypto.randomUUID() },
      sentiment: createSentimentAnalyzer(),
      dialogue: { generate: (r) => (requests.push(r), template.generate(r)) },
      random: createRandom(1),
      meaning,
    };
    const content = 'The lanterns look beautiful this evening.';
    // The line is new to the cache: the lookup answers null at once and queues it (never waits).
    expect(meaning.vectorOf(content)).toBeNull();
    await meaning.idle();
    expect(meaning.vectorOf(content)).not.toBeNull();
    const result = await processInteraction(deps, { initiatorId: bram.id, targetId: mara.id, type: 'chat', content });
    expect(result.success).toBe(true);
    const reply = requests.find((r) => r.speaker.id === mara.id)!;
    expect(reply.memories[0]!.id).toBe(festival.id);
    expect(meaning.counts).toEqual({ hits: 2, misses: 1 });
  });
});
