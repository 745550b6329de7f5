/**
 * Lore search on one store (PGlite; PostgreSQL with DATABASE_URL), with the real local model:
 *  1. Indexing: the corpus documents written (passages split, tsvector generated) and embedded by the queue
 *     on one core — documents and passages per second.
 *  2. Search latency over 10,000 passages in one ecosystem, p50/p99 per mode (hybrid and vector include
 *     embedding the query). The 10,000 passages are corpus sentences recombined; their vectors are real
 *     passage vectors with a little noise (embedding 10,000 passages would take minutes on this machine).
 *
 *   npx tsx bench/lore-search.ts            # PGlite; PostgreSQL with DATABASE_URL
 */
import { randomUUID } from 'node:crypto';
import {
  LORE_DOCUMENTS,
  LORE_QUERIES,
  Lore,
  loadLoreCorpus,
  openLocalEmbedder,
  openTestStore,
  type SearchMode,
} from '@ensemble/api/testing';
import { describeLatency } from './stats.ts';

const PASSAGES = Number(process.env.BENCH_PASSAGES ?? 10_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 100);

const opened = await openTestStore();
const embedder = await openLocalEmbedder();
const lore = new Lore({ store: opened.store, embedder });
try {
  // 1. Indexing the corpus.
  let start = performance.now();
  const corpus = await loadLoreCorpus(opened.store);
  const written = performance.now() - start;
  start = performance.now();
  lore.documentsChanged();
  await lore.queue!.idle();
  const embedded = performance.now() - start;
  const stats = await opened.store.passageStats(corpus.ecosystemId);
  console.log(
    `[lore] ${opened.kind} indexing: ${LORE_DOCUMENTS.length} documents (${stats.passages} passages) written in ${written.toFixed(0)} ms ` +
      `(${((LORE_DOCUMENTS.length / written) * 1000).toFixed(0)} documents/s), embedded in ${embedded.toFixed(0)} ms ` +
      `(${((stats.passages / embedded) * 1000).toFixed(1)} passages/s, ${((LORE_DOCUMENTS.length / embedded) * 1000).toFixed(1)} documents/s)`,
  );

  // 2. A big ecosystem: PASSAGES passages, vectors from the corpus's with noise.
  const base = await embedder.embed(LORE_DOCUMENTS.flatMap((d) => d.content.split('\n\n')));
  const sentences = LORE_DOCUMENTS.flatMap((d) => d.content.split(/(?<=\.)\s+/));
  const big = await loadLoreCorpus(opened.store);
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const perDoc = 5;
  start = performance.now();
  for (let d = 0; d < Math.ceil(PASSAGES / perDoc) - LORE_DOCUMENTS.length; d++) {
    const paragraphs = Array.from({ length: perDoc }, () =>
      Array.from({ length: 3 }, () => sentences[Math.floor(random() * sentences.length)]).join(' '),
    );
    await opened.store.createDocument({
      id: randomUUID(),
      ecosystemId: big.ecosystemId,
      ownerId: big.ownerId,
      title: `Chronicle ${d}`,
      content: paragraphs.join('\n\n'),
      createdAt: d,
      updatedAt: d,
    });
  }
  const bulkWritten = performance.now() - start;
  for (;;) {
    const batch = await opened.store.passagesToEmbed(500);
    if (batch.length === 0) break;
    await opened.store.setPassageEmbeddings(
      batch.map((p) => {
        const v = base[Math.floor(random() * base.length)]!.map((x) => x + (random() - 0.5) * 0.02);
        const norm = Math.hypot(...v);
        return { ...p, embedding: v.map((x) => x / norm) };
      }),
    );
  }
  const bigStats = await opened.store.passageStats(big.ecosystemId);
  console.log(
    `[lore] ${opened.kind} ${bigStats.passages} passages (${bigStats.embedded} with vectors) written in ${(bulkWritten / 1000).toFixed(1)} s ` +
      `(${((bigStats.passages / bulkWritten) * 1000).toFixed(0)} passages/s without embedding)`,
  );
  for (const mode of ['text', 'vector', 'hybrid'] as SearchMode[]) {
    const latencies: number[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const { q } = LORE_QUERIES[i % LORE_QUERIES.length]!;
      const t = performance.now();
      await lore.search(big.ecosystemId, q, { limit: 10, mode });
      latencies.push(performance.now() - t);
    }
    console.log(
      `[lore] ${opened.kind} search ${mode.padEnd(6)} over ${bigStats.passages} passages: ${describeLatency(latencies)}`,
    );
  }
  const embedOnly: number[] = [];
  for (let i = 0; i < SEARCHES; i++) {
    const t = performance.now();
    await embedder.embed([LORE_QUERIES[i % LORE_QUERIES.length]!.q]);
    embedOnly.push(performance.now() - t);
  }
  console.log(`[lore] embedding one query (local model): ${describeLatency(embedOnly)}`);
} finally {
  await lore.close();
  await embedder.close();
  await opened.close();
}
