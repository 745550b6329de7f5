/**
 * Embeds passages and memories off the request path: a write commits its passages (an exchange its
 * memories) with no vector and calls `notify()`; this queue then reads waiting ones from the store in
 * batches — passages first, then memories — embeds each batch in one embedder call, and stores the vectors
 * (a passage's only if it is unchanged since it was read; memories never change). The
 * store is the queue: passages left waiting by a crash or another node are picked up on the next
 * `notify()` (one is made at start). An embedder failure retries the batch after `retryMs`.
 */
import type { Embedder } from './embedder.ts';
import { passageEmbeddingText } from './passages.ts';
import type { MemoryEmbedding, MemoryText, PassageEmbedding, PassageText } from '../store/app-store.ts';

/** The store's part the queue uses. */
export interface EmbeddingWork {
  passagesToEmbed(limit: number): Promise<PassageText[]>;
  setPassageEmbeddings(embeddings: readonly PassageEmbedding[]): Promise<number>;
  memoriesToEmbed(limit: number): Promise<MemoryText[]>;
  setMemoryEmbeddings(embeddings: readonly MemoryEmbedding[]): Promise<number>;
}

export interface EmbeddingQueueOptions {
  store: EmbeddingWork;
  embedder: Embedder;
  /** Passages per embedder call. @default 32 */
  batchSize?: number;
  /** Wait before retrying after the embedder or the store failed. @default 5000 */
  retryMs?: number;
  log?: (line: string) => void;
}

export class EmbeddingQueue {
  readonly #store: EmbeddingWork;
  readonly #embedder: Embedder;
  readonly #batchSize: number;
  readonly #retryMs: number;
  readonly #log: (line: string) => void;
  #running: Promise<void> | null = null;
  #again = false;
  #closed = false;
  #retry: NodeJS.Timeout | null = null;
  #embedded = 0;
  #memories = 0;
  #failures = 0;

  constructor(options: EmbeddingQueueOptions) {
    this.#store = options.store;
    this.#embedder = options.embedder;
    this.#batchSize = options.batchSize ?? 32;
    this.#retryMs = options.retryMs ?? 5000;
    this.#log = options.log ?? (() => {});
  }

  /** Passages embedded and stored by this queue so far, memories likewise, and embedder or store failures. */
  get counts(): { embedded: number; memories: number; failures: number } {
    return { embedded: this.#embedded, memories: this.#memories, failures: this.#failures };
  }

  /** Something may be waiting: start draining now (never waits; calls while draining coalesce). */
  notify(): void {
    if (this.#closed) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#drain().finally(() => {
      this.#running = null;
      if (this.#again) {
        this.#again = false;
        this.notify();
      }
    });
  }

  /** Resolves once nothing is being embedded (for tests and shutdown); a pending retry does not count. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#retry) clearTimeout(this.#retry);
    await this.idle();
  }

  async #drain(): Promise<void> {
    while (!this.#closed) {
      let stored: number;
      try {
        const batch = await this.#store.passagesToEmbed(this.#batchSize);
        if (batch.length === 0) {
          const memories = await this.#store.memoriesToEmbed(this.#batchSize);
          if (memories.length === 0) return;
          const vectors = await this.#embedder.embed(memories.map((m) => m.content));
          this.#memories += await this.#store.setMemoryEmbeddings(
            memories.map((m, i) => ({ ...m, embedding: vectors[i]! })),
          );
          continue;
        }
        const vectors = await this.#embedder.embed(batch.map((p) => passageEmbeddingText(p.title, p.text)));
        stored = await this.#store.setPassageEmbeddings(batch.map((p, i) => ({ ...p, embedding: vectors[i]! })));
        this.#embedded += stored;
        // Every passage of the batch changed while it was embedded: the next read sees their new texts.
        if (stored === 0 && batch.length > 0) continue;
      } catch (error) {
        this.#failures++;
        this.#log(`embedding failed, retrying in ${this.#retryMs} ms: ${(error as Error).message}`);
        if (!this.#closed && !this.#retry) {
          this.#retry = setTimeout(() => {
            this.#retry = null;
            this.notify();
          }, this.#retryMs);
          this.#retry.unref();
        }
        return;
      }
    }
  }
}
