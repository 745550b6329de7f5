/**
 * The engine's QueryMeaning: vectors of what is being talked about, for retrieving memories by meaning.
 * A turn asks synchronously, inside its transaction, so it must never wait for the embedder: a text seen
 * for the first time answers null (that exchange falls back to word overlap) and is embedded in the
 * background, batched; its vector then serves every later exchange with that text — a scenario's own
 * text is the same turn after turn, so a conversation pays for one embedding, not one per line.
 */
import type { QueryMeaning } from '@ensemble/core';
import type { Embedder } from './embedder.ts';

/** Texts whose vectors are kept (least recently used dropped first). */
export const QUERY_VECTORS_CACHED = 1000;
/** Longest text embedded as a query; longer ones are cut (the model reads 256 tokens at most). */
const QUERY_MAX_CHARS = 1000;
/** Texts per embedder call. */
const BATCH = 32;

export class QueryVectors implements QueryMeaning {
  readonly #embedder: Embedder;
  readonly #log: (line: string) => void;
  readonly #cache = new Map<string, readonly number[]>();
  readonly #waiting = new Set<string>();
  #flushing: Promise<void> | null = null;
  #hits = 0;
  #misses = 0;

  constructor(embedder: Embedder, log: (line: string) => void = () => {}) {
    this.#embedder = embedder;
    this.#log = log;
  }

  /** Lookups answered from the cache, and those that were not (and queued the text). */
  get counts(): { hits: number; misses: number } {
    return { hits: this.#hits, misses: this.#misses };
  }

  vectorOf(text: string): readonly number[] | null {
    const key = keyOf(text);
    if (key === '') return null;
    const vector = this.#cache.get(key);
    if (vector) {
      this.#hits++;
      this.#cache.delete(key); // most recently used last
      this.#cache.set(key, vector);
      return vector;
    }
    this.#misses++;
    this.#waiting.add(key);
    this.#kick();
    return null;
  }

  /** Embeds the texts not cached yet and waits for them (outside any transaction: before a turn, in tests). */
  async prepare(texts: readonly string[]): Promise<void> {
    for (const text of texts) {
      const key = keyOf(text);
      if (key !== '' && !this.#cache.has(key)) this.#waiting.add(key);
    }
    this.#kick();
    await this.idle();
  }

  /** Resolves when nothing is waiting to be embedded. */
  async idle(): Promise<void> {
    while (this.#flushing) await this.#flushing;
  }

  /** Starts embedding what waits, on the next turn of the event loop (never inside the caller's turn). */
  #kick(): void {
    if (this.#waiting.size === 0) return;
    this.#flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.#flush());
  }

  async #flush(): Promise<void> {
    try {
      while (this.#waiting.size > 0) {
        const batch = [...this.#waiting].slice(0, BATCH);
        for (const key of batch) this.#waiting.delete(key);
        try {
          const vectors = await this.#embedder.embed(batch);
          batch.forEach((key, i) => this.#remember(key, vectors[i]!));
        } catch (error) {
          // Those texts are asked again next time they come up; until then, word overlap.
          this.#log(`embedding conversation texts failed: ${(error as Error).message}`);
          return;
        }
      }
    } finally {
      this.#flushing = null;
    }
  }

  #remember(key: string, vector: readonly number[]): void {
    if (this.#cache.size >= QUERY_VECTORS_CACHED) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(key, vector);
  }
}

function keyOf(text: string): string {
  return text.trim().replace(/\s+/g, ' ').slice(0, QUERY_MAX_CHARS);
}
