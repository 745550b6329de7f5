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
import { lineContext } from '../dialogue/line-context.ts';
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
    // An ask that does not need the vectors (a direct exchange's reflection check) reads none.
    const [light = []] = await opened.store.recallMemories([{ ...recallAsk(mara.id, bram.id, true), vectors: false }]);
    expect(light.map((m) => m.id)).toEqual(recalled.map((m) => m.id));
    expect(light.every((m) => m.embedding === undefined)).toBe(true);

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

  it('a scenario turn in a language-model ecosystem prompts with the memories that match by meaning, by words without vectors', async () => {
    const { mara, bram, festival } = await harbour();
    lore.memoriesChanged();
    await lore.queue!.idle();
    // A scenario line as the conversation engine hands it to the language model: no relationship and no
    // memories of its own, so the LLM path recalls them itself (dialogue/line-context.ts).
    const incoming = 'Will they hang the lanterns along the harbour tonight?';
    const request: DialogueRequest = {
      speaker: mara,
      listener: bram,
      listenerName: bram.name,
      mode: 'reply',
      interactionType: 'chat',
      incoming,
      relationship: null,
      memories: [],
      scenario: { title: 'Evening on the quay', setting: 'the quay', mood: 'calm', objectives: [] },
      previousLine: null,
      random: createRandom(1),
    };
    const now = T0 + 6 * HOUR;
    const byWords = await lineContext(request, opened.store, now, null, []);
    // By words, only the newest two memories about others are read at all: the festival is not among them.
    expect(byWords.memories?.length).toBeGreaterThan(0);
    expect(byWords.memories).not.toContain(festival.content);

    const meaning = new QueryVectors(embedder);
    await meaning.prepare([incoming]);
    const byMeaning = await lineContext(request, opened.store, now, null, [], meaning);
    expect(byMeaning.memories?.[0]).toBe(festival.content);
    expect(meaning.counts.hits).toBe(1);

    // A line not embedded yet: the lookup never waits, and this line falls back to words.
    const fresh = new QueryVectors(embedder);
    const fallback = await lineContext(request, opened.store, now, null, [], fresh);
    expect(fallback.memories).not.toContain(festival.content);
    expect(fresh.counts.misses).toBe(1);
    await fresh.idle();
  });
});
