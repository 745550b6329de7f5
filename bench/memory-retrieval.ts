/**
 * The extra cost per exchange of retrieving memories by meaning, on one store (PGlite; PostgreSQL with
 * DATABASE_URL) with the real local model. Two characters with 50 memories each (embedded by the queue);
 * exchanges Bram → Mara whose reply recalls Mara's memories, alternating between the engine without a
 * QueryMeaning (word overlap, the default) and with one (cosine; the line's vector from the cache, as a
 * conversation's topic is after its first line). Also: embedding one text, the cost a cache miss puts on
 * the background, not on the exchange.
 *
 *   npx tsx bench/memory-retrieval.ts            # PGlite; PostgreSQL with DATABASE_URL
 */
import { randomUUID } from 'node:crypto';
import {
  createRandom,
  createSentimentAnalyzer,
  createTemplateDialogue,
  createVirtualClock,
  processInteraction,
  type EngineDeps,
} from '@ensemble/core';
import { Lore, QueryVectors, openLocalEmbedder, openTestStore } from '@ensemble/api/testing';
import { describeLatency, percentile } from './stats.ts';

const EXCHANGES = Number(process.env.BENCH_EXCHANGES ?? 200);
const MEMORIES = 50;
const LINES = [
  'The lanterns look beautiful this evening.',
  'Did you hear the bell out past the Teeth last night?',
  'The herring came early this spring, the nets are full.',
  'Someone has been signalling from the cliff path again.',
  'Old Wen says a storm is coming, the swallows fly low.',
  'The customs house clock is four minutes slow, as always.',
  'Ysolde has a new ale, it tastes of seaweed.',
  'My winch broke again and I had to haul by hand.',
];
const SEEDS = [
  'watched the festival lights glow over the water',
  'mended the torn nets on the harbour wall',
  'sold herring at the market for a good price',
  'heard a bell toll under the sea before the storm',
  'saw two short flashes and one long from the cliff',
  'argued with the cooper about the price of barrels',
  'drank a dark ale at the Three Oars',
  'fixed the winch on the boat with wire',
];

const opened = await openTestStore();
const embedder = await openLocalEmbedder();
const lore = new Lore({ store: opened.store, embedder });
try {
  const store = opened.store;
  const ownerId = randomUUID();
  const ecosystemId = randomUUID();
  const at = 1_700_000_000_000;
  await store.createUser({
    id: ownerId,
    email: `${ownerId}@bench.test`,
    displayName: 'B',
    passwordHash: 'x',
    createdAt: at,
  });
  await store.createEcosystem({
    id: ecosystemId,
    ownerId,
    name: 'Saltmere',
    description: '',
    lastSeq: 0,
    createdAt: at,
    updatedAt: at,
  });
  const character = (name: string) => ({
    id: randomUUID(),
    ecosystemId,
    name,
    description: '',
    personality: { openness: 0.5, conscientiousness: 0.5, extraversion: 0.6, agreeableness: 0.6, neuroticism: 0.4 },
    mood: { pleasure: 0, arousal: 0, dominance: 0 },
    lastEmotion: null,
    energy: 1,
    active: true,
    stateUpdatedAt: at,
    createdAt: at,
  });
  const mara = character('Mara');
  const bram = character('Bram');
  await store.saveCharacter(mara);
  await store.saveCharacter(bram);
  for (const c of [mara, bram]) {
    await store.addMemories(
      Array.from({ length: MEMORIES }, (_, i) => ({
        id: randomUUID(),
        ecosystemId,
        characterId: c.id,
        aboutId: i % 3 === 0 ? (c === mara ? bram.id : mara.id) : null,
        content: `I ${SEEDS[i % SEEDS.length]} (day ${i}).`,
        valence: 0.2,
        importance: 0.3 + (i % 5) / 10,
        createdAt: at + i * 3_600_000,
        kind: 'observation' as const,
      })),
    );
  }
  lore.memoriesChanged();
  await lore.queue!.idle();
  const meaning = new QueryVectors(embedder);
  await meaning.prepare(LINES);

  const clock = createVirtualClock(at + MEMORIES * 3_600_000);
  const base: EngineDeps = {
    store,
    clock,
    ids: { next: () => randomUUID() },
    sentiment: createSentimentAnalyzer(),
    dialogue: createTemplateDialogue(),
    random: createRandom(1),
  };
  const timings = { words: [] as number[], meaning: [] as number[] };
  for (let i = 0; i < 2 * EXCHANGES + 20; i++) {
    const byMeaning = i % 2 === 1;
    const deps = byMeaning ? { ...base, meaning } : base;
    clock.advance(11_000); // past the pair cooldown
    // Rested again (untimed), so exchanges never stop for tiredness.
    for (const c of [mara, bram]) await store.saveCharacter({ ...(await store.getCharacter(c.id))!, energy: 1 });
    const t = performance.now();
    const result = await processInteraction(deps, {
      initiatorId: bram.id,
      targetId: mara.id,
      type: 'chat',
      content: LINES[i % LINES.length]!,
    });
    const ms = performance.now() - t;
    if (!result.success) throw new Error(`exchange refused: ${result.reason}`);
    if (i >= 20) (byMeaning ? timings.meaning : timings.words).push(ms);
    if (i % 50 === 0) {
      lore.memoriesChanged();
      await lore.queue!.idle();
    }
  }
  const embedOne: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await embedder.embed([`${LINES[i % LINES.length]} (${i})`]);
    embedOne.push(performance.now() - t);
  }
  const p50 = (s: number[]) => percentile(s, 50);
  console.log(`[memory] ${opened.kind} exchange, relevance by words:   ${describeLatency(timings.words)}`);
  console.log(`[memory] ${opened.kind} exchange, relevance by meaning: ${describeLatency(timings.meaning)}`);
  console.log(
    `[memory] ${opened.kind} extra per exchange by meaning: p50 ${(p50(timings.meaning) - p50(timings.words)).toFixed(2)} ms ` +
      `(ratio ${(p50(timings.meaning) / p50(timings.words)).toFixed(2)}x); query-vector cache ${JSON.stringify(meaning.counts)}`,
  );
  console.log(`[memory] embedding one text off the path (a cache miss): ${describeLatency(embedOne)}`);
} finally {
  await lore.close();
  await embedder.close();
  await opened.close();
}
