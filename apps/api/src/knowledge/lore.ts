/**
 * Lore search over an ecosystem's document passages: by text (ts_rank, snippets by ts_headline), by
 * meaning (cosine distance of embeddings), or both fused by reciprocal rank (hybrid, the default).
 */
import type { Id } from '@ensemble/core';
import type { AppStore, PassageHit, PassageKey } from '../store/app-store.ts';
import type { Embedder } from './embedder.ts';
import { EmbeddingQueue } from './embedding-queue.ts';
import { reciprocalRankFusion } from './fusion.ts';

export const SEARCH_MODES = ['hybrid', 'text', 'vector'] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];

/** Candidates each ranking contributes to the fusion. */
const CANDIDATES = 50;
/** Share of the query's terms a passage must hold for its text rank to count in hybrid search. */
export const MIN_TEXT_COVERAGE = 0.6;

/** Search by meaning only, and the embedder failed. */
export class EmbedderUnavailable extends Error {
  constructor(cause: unknown) {
    super(`embedder failed: ${(cause as Error).message}`, { cause });
    this.name = 'EmbedderUnavailable';
  }
}

export interface LoreResult {
  documentId: Id;
  title: string;
  /** The passage's place in its document (0-based). */
  ordinal: number;
  text: string;
  /** Plain text with `<mark>…</mark>` around the query's words (not HTML-escaped). */
  snippet: string;
  /** The ranking's score: fused RRF score (hybrid), ts_rank (text), cosine similarity (vector). */
  score: number;
  /** 1-based rank by text and by meaning among the candidates; null where that ranking did not find it. */
  textRank: number | null;
  vectorRank: number | null;
}

export interface LoreSearchResult {
  /** The ranking actually used: hybrid falls back to text when no embedder is configured or it fails. */
  mode: SearchMode;
  results: LoreResult[];
}

export interface LoreOptions {
  store: AppStore;
  embedder: Embedder | null;
  log?: (line: string) => void;
  /** Passages per embedder call. @default 32 */
  batchSize?: number;
}

export class Lore {
  readonly store: AppStore;
  readonly embedder: Embedder | null;
  /** Null without an embedder: documents are then searchable by text only. */
  readonly queue: EmbeddingQueue | null;
  readonly #log: (line: string) => void;
  #generation = 0;

  constructor(options: LoreOptions) {
    this.store = options.store;
    this.embedder = options.embedder;
    this.#log = options.log ?? (() => {});
    this.queue = options.embedder
      ? new EmbeddingQueue({
          store: options.store,
          embedder: options.embedder,
          log: this.#log,
          ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        })
      : null;
  }

  /** Bumped by every documentsChanged() on this node, so caches of search results know to refresh. */
  get generation(): number {
    return this.#generation;
  }

  /** A document's passages were written (after the commit): embed them when the queue gets to them. */
  documentsChanged(): void {
    this.#generation++;
    this.queue?.notify();
  }

  /** Memories were written (after the commit): the same queue embeds them, after any waiting passages. */
  memoriesChanged(): void {
    this.queue?.notify();
  }

  /**
   * What `characterId` knows of the ecosystem's lore that bears on `query`: the best passages (hybrid) of
   * documents known to every character or to that one — never another's secret.
   */
  async knownBy(ecosystemId: Id, characterId: Id, query: string, limit = 2): Promise<string[]> {
    if (query.trim() === '') return [];
    const { results } = await this.search(ecosystemId, query, { limit, mode: 'hybrid', knower: characterId });
    return results.map((r) => `${r.title}: ${r.text}`);
  }

  /** Whether the ecosystem has any lore (passages of its documents) to search. */
  async hasLore(ecosystemId: Id): Promise<boolean> {
    return (await this.store.passageStats(ecosystemId)).passages > 0;
  }

  async search(
    ecosystemId: Id,
    query: string,
    options: { limit: number; mode: SearchMode; knower?: Id },
  ): Promise<LoreSearchResult> {
    const { limit } = options;
    let mode = options.mode;
    const candidates = Math.max(CANDIDATES, limit);
    let vectorHits: PassageHit[] = [];
    if (mode !== 'text') {
      if (!this.embedder) mode = 'text';
      else {
        try {
          const [vector] = await this.embedder.embed([query]);
          vectorHits = await this.store.searchPassagesByVector(ecosystemId, vector!, candidates, options.knower);
        } catch (error) {
          if (mode === 'vector') throw new EmbedderUnavailable(error);
          this.#log(`lore search by meaning failed, using text only: ${(error as Error).message}`);
          mode = 'text';
        }
      }
    }
    const textHits =
      mode === 'vector' ? [] : await this.store.searchPassagesByText(ecosystemId, query, candidates, options.knower);
    const key = (h: PassageKey) => `${h.documentId}\u0000${h.ordinal}`;
    const ranked =
      mode === 'hybrid'
        ? reciprocalRankFusion(
            // A passage sharing one word of a longer question (only "keep" of "who keeps the beacon
            // burning on the headland") is noise that would push down the passages found by meaning:
            // text votes only for passages holding more than half of the query's terms.
            [textHits.filter((h) => (h.coverage ?? 1) >= MIN_TEXT_COVERAGE), vectorHits],
            key,
          ).map((f) => ({
            hit: f.item,
            score: f.score,
            textRank: f.ranks[0] ?? null,
            vectorRank: f.ranks[1] ?? null,
          }))
        : (mode === 'text' ? textHits : vectorHits).map((hit, i) => ({
            hit,
            score: hit.score,
            textRank: mode === 'text' ? i + 1 : null,
            vectorRank: mode === 'vector' ? i + 1 : null,
          }));
    const top = ranked.slice(0, limit);
    const views = new Map(
      (
        await this.store.getPassageViews(
          top.map((r) => r.hit),
          query,
        )
      ).map((v) => [key(v), v]),
    );
    const results: LoreResult[] = [];
    for (const r of top) {
      const view = views.get(key(r.hit));
      if (!view) continue; // deleted between the ranking and the read
      results.push({
        documentId: view.documentId,
        title: view.title,
        ordinal: view.ordinal,
        text: view.text,
        snippet: view.snippet,
        score: r.score,
        textRank: r.textRank,
        vectorRank: r.vectorRank,
      });
    }
    return { mode, results };
  }

  async close(): Promise<void> {
    await this.queue?.close();
  }
}
