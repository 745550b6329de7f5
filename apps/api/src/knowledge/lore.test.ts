/**
 * Lore search on the real store (PGlite, or PostgreSQL with DATABASE_URL) with the real local model:
 * passages, search by text at once and by meaning once embedded, hybrid quality on the corpus, the same
 * results on both stores, and embedding never holding up writes.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalEmbedder } from '../adapters/embeddings/local-embedder.ts';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import { openMigratedPglite } from '../../testing/pglite-snapshot.ts';
import { openLocalEmbedder } from '../../testing/embeddings.ts';
import { loadLoreCorpus, loreHitRate } from '../../testing/lore-eval.ts';
import { LORE_QUERIES } from '../../testing/lore-corpus.ts';
import { searchPassagesByVector } from '../store/queries/passages.ts';
import { SqlStore } from '../store/sql-store.ts';
import { sampleCharacter, sampleDocument, T0 } from '../store/contract/fixtures.ts';
import type { Embedder } from './embedder.ts';
import { EmbeddingQueue } from './embedding-queue.ts';
import { Lore, type SearchMode } from './lore.ts';

let opened: TestStore;
let embedder: LocalEmbedder;
let lore: Lore;
let corpus: { ecosystemId: string; ownerId: string };

beforeAll(async () => {
  [opened, embedder] = await Promise.all([openTestStore(), openLocalEmbedder()]);
  lore = new Lore({ store: opened.store, embedder });
  corpus = await loadLoreCorpus(opened.store);
}, 120_000);

afterAll(async () => {
  await lore?.close();
  await embedder?.close();
  await opened?.close();
});

describe('lore search', () => {
  it('finds a document by text as soon as it is written, and by meaning once its vectors land', async () => {
    const { ecosystemId } = corpus;
    const before = await opened.store.passageStats(ecosystemId);
    expect(before.passages).toBeGreaterThanOrEqual(44);
    expect(before.embedded).toBe(0);

    const byText = await lore.search(ecosystemId, 'whale oil', { limit: 3, mode: 'text' });
    expect(byText.results[0]).toMatchObject({ title: 'The Lighthouse on Gull Point', textRank: 1, vectorRank: null });
    expect(byText.results[0]!.snippet).toContain('<mark>whale</mark> <mark>oil</mark>');
    expect((await lore.search(ecosystemId, 'whale oil', { limit: 3, mode: 'vector' })).results).toEqual([]);

    lore.documentsChanged();
    await lore.queue!.idle();
    expect(await opened.store.passageStats(ecosystemId)).toEqual({
      passages: before.passages,
      embedded: before.passages,
    });
    const byMeaning = await lore.search(ecosystemId, 'who keeps the beacon burning on the headland', {
      limit: 3,
      mode: 'vector',
    });
    expect(byMeaning.results[0]).toMatchObject({
      title: 'The Lighthouse on Gull Point',
      vectorRank: 1,
      textRank: null,
    });
    expect(byMeaning.results[0]!.score).toBeGreaterThan(0.3);
  });

  it('puts the expected passage in the top 3 for at least 90% of the corpus queries with hybrid, beating text and vector alone', async () => {
    const { ecosystemId } = corpus;
    lore.documentsChanged();
    await lore.queue!.idle();
    const rates = [];
    for (const mode of ['text', 'vector', 'hybrid'] as SearchMode[])
      rates.push(await loreHitRate(lore, ecosystemId, mode));
    for (const r of rates) {
      console.info(
        `[lore] ${opened.kind} top-3 hit rate ${r.mode.padEnd(6)} ${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.total})` +
          (r.misses.length ? `; missed: ${r.misses.map((m) => JSON.stringify(m.q)).join(', ')}` : ''),
      );
    }
    const [text, vector, hybrid] = rates.map((r) => r.rate) as [number, number, number];
    expect(LORE_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(hybrid).toBeGreaterThanOrEqual(0.9);
    expect(hybrid).toBeGreaterThan(text);
    expect(hybrid).toBeGreaterThan(vector);
  });

  it('keeps the vectors of unchanged passages when a document changes, and drops a deleted document from results', async () => {
    const { ecosystemId, ownerId } = corpus;
    await lore.queue!.idle();
    const keep =
      'The net menders sit on the harbour wall every morning and repair torn nets with tarred twine and bone needles, talking all the while.';
    const doc = sampleDocument(ecosystemId, ownerId, {
      title: 'Net menders',
      content: `${keep}\n\nOld text about gossip and pipe smoke that fills the long mornings on the wall, while the tide goes out and the gulls wait.`,
    });
    await opened.store.createDocument(doc);
    lore.documentsChanged();
    await lore.queue!.idle();
    const embedded = (await opened.store.passageStats(ecosystemId)).embedded;

    await opened.store.updateDocument(
      doc.id,
      {
        content: `${keep}\n\nNew text: they sing sea shanties about the kraken while they work the twine, and the children on the quay join every chorus.`,
      },
      T0 + 1,
    );
    // The changed passage waits for its vector; the unchanged one kept its own.
    expect((await opened.store.passageStats(ecosystemId)).embedded).toBe(embedded - 1);
    const found = await lore.search(ecosystemId, 'shanties kraken', { limit: 1, mode: 'text' });
    expect(found.results[0]).toMatchObject({ documentId: doc.id, ordinal: 1 });
    lore.documentsChanged();
    await lore.queue!.idle();
    expect((await opened.store.passageStats(ecosystemId)).embedded).toBe(embedded);

    expect(await opened.store.deleteDocument(doc.id)).toBe(true);
    const after = await lore.search(ecosystemId, 'net menders shanties kraken twine', { limit: 10, mode: 'hybrid' });
    expect(after.results.map((r) => r.documentId)).not.toContain(doc.id);
  });

  it('finds the same nearest passages through the HNSW index as by the exact scan', async () => {
    const { ecosystemId } = corpus;
    lore.documentsChanged();
    await lore.queue!.idle();
    for (const { q } of LORE_QUERIES.slice(0, 10)) {
      const [vector] = await embedder.embed([q]);
      const exact = await searchPassagesByVector(opened.store.db, ecosystemId, vector!, 3);
      const indexed = await searchPassagesByVector(opened.store.db, ecosystemId, vector!, 3, undefined, 0);
      expect(indexed.map((h) => [h.documentId, h.ordinal])).toEqual(exact.map((h) => [h.documentId, h.ordinal]));
    }
  });

  it('never mixes ecosystems', async () => {
    const other = await loadLoreCorpus(opened.store);
    const mine = await lore.search(corpus.ecosystemId, 'whale oil lighthouse', { limit: 50, mode: 'text' });
    const ids = new Set((await opened.store.listDocuments(corpus.ecosystemId)).map((d) => d.id));
    expect(mine.results.length).toBeGreaterThan(0);
    expect(mine.results.every((r) => ids.has(r.documentId))).toBe(true);
    await opened.store.deleteEcosystem(other.ecosystemId);
  });

  it('commits writes while a batch of passages is being embedded', async () => {
    const { ecosystemId, ownerId } = corpus;
    await lore.queue!.idle();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const held: Embedder = {
      model: 'held',
      dimensions: 384,
      embed: async (texts) => {
        calls++;
        await gate;
        return embedder.embed(texts);
      },
      ping: async () => {},
      close: async () => {},
    };
    const queue = new EmbeddingQueue({ store: opened.store, embedder: held, batchSize: 8 });
    const docs = Array.from({ length: 5 }, (_, i) =>
      sampleDocument(ecosystemId, ownerId, {
        title: `Tide table ${i}`,
        content: `High water at ${i} bells on the ${i}th day of the herring month, said the tide table, and the boats must wait for it.`,
      }),
    );
    for (const d of docs) await opened.store.createDocument(d);
    queue.notify();
    while (calls === 0) await new Promise((r) => setTimeout(r, 5));
    // The embedder holds its batch: documents, characters and a transaction still commit meanwhile.
    const started = performance.now();
    const late = sampleDocument(ecosystemId, ownerId, { title: 'Late', content: 'Written while the batch was held.' });
    await opened.store.createDocument(late);
    await opened.store.saveCharacter(sampleCharacter(ecosystemId, { name: `Orrin ${randomUUID().slice(0, 6)}` }));
    await opened.store.transaction(async (tx) => tx.updateDocument(late.id, { title: 'Later' }, T0 + 5));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await lore.search(ecosystemId, 'batch held', { limit: 1, mode: 'text' })).results[0]?.documentId).toBe(
      late.id,
    );
    release();
    await queue.idle();
    queue.notify();
    await queue.close();
    expect(queue.counts.embedded).toBeGreaterThanOrEqual(6);
    expect((await opened.store.passageStats(ecosystemId)).embedded).toBe(
      (await opened.store.passageStats(ecosystemId)).passages,
    );
  });
});

describe('the embedding queue', () => {
  it('retries after the embedder fails, and leaves a passage changed while it was embedded for its new text', async () => {
    const { ecosystemId, ownerId } = await loadLoreCorpus(opened.store);
    let failures = 1;
    const lines: string[] = [];
    const doc = sampleDocument(ecosystemId, ownerId, {
      title: 'Ferry',
      content:
        'The ferry crosses to the island twice a day when the weather allows, carrying mail, salt and the occasional goat.',
    });
    await opened.store.createDocument(doc);
    const flaky: Embedder = {
      model: 'flaky',
      dimensions: 384,
      embed: async (texts) => {
        if (failures-- > 0) throw new Error('connection refused');
        // While this batch is embedded, the document changes: its old vector must not be stored.
        if (texts.some((t) => t.includes('twice a day'))) {
          await opened.store.updateDocument(
            doc.id,
            { content: 'The ferry no longer runs since the storm took the pier.' },
            T0 + 9,
          );
        }
        return embedder.embed(texts);
      },
      ping: async () => {},
      close: async () => {},
    };
    const queue = new EmbeddingQueue({ store: opened.store, embedder: flaky, retryMs: 50, log: (l) => lines.push(l) });
    queue.notify();
    await queue.idle();
    expect(lines[0]).toMatch(/embedding failed, retrying in 50 ms: connection refused/);
    expect(queue.counts.failures).toBe(1);
    for (let i = 0; i < 200 && (await opened.store.passagesToEmbed(1)).length > 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      await queue.idle();
    }
    await queue.close();
    expect(await opened.store.passagesToEmbed(1)).toEqual([]);
    const found = await lore.search(ecosystemId, 'the ferry stopped after the pier was destroyed', {
      limit: 1,
      mode: 'vector',
    });
    expect(found.results[0]).toMatchObject({
      documentId: doc.id,
      text: 'The ferry no longer runs since the storm took the pier.',
    });
    expect(found.results[0]!.score).toBeGreaterThan(0.5);
    await opened.store.deleteEcosystem(ecosystemId);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('the same results on PGlite and PostgreSQL', () => {
  it('ranks every corpus query the same way on both stores, in every mode', async () => {
    const pglite = await openMigratedPglite();
    const other = new Lore({ store: new SqlStore(pglite.db), embedder });
    try {
      const [theirs, fresh] = await Promise.all([loadLoreCorpus(other.store), loadLoreCorpus(opened.store)]);
      other.documentsChanged();
      lore.documentsChanged();
      await Promise.all([other.queue!.idle(), lore.queue!.idle()]);
      const ours = fresh.ecosystemId;
      // Both corpora hold the same texts under other ids: compare by title and ordinal.
      const shape = (r: { results: { title: string; ordinal: number; snippet: string }[] }) =>
        r.results.map((x) => `${x.title}#${x.ordinal}: ${x.snippet}`);
      for (const mode of ['text', 'vector', 'hybrid'] as SearchMode[]) {
        for (const { q } of LORE_QUERIES) {
          const a = await lore.search(ours, q, { limit: 5, mode });
          const b = await other.search(theirs.ecosystemId, q, { limit: 5, mode });
          expect(shape(b), `${mode}: ${q}`).toEqual(shape(a));
        }
      }
    } finally {
      await other.close();
      await pglite.close();
    }
  }, 120_000);
});
