import type { EcosystemEvent, EngineStore, Id } from '@ensemble/core';
import type { EventBus } from './event-bus.ts';

/** Options of {@link streamEvents}. */
export interface StreamEventsOptions {
  /** Where committed events are read back from (backfill and gap fill). */
  store: Pick<EngineStore, 'listEvents'>;
  bus: EventBus;
  ecosystemId: Id;
  /** Deliver events with seq > afterSeq (0 = from the beginning). */
  afterSeq: number;
  /** Ends the stream (and its bus subscription) when aborted. */
  signal?: AbortSignal;
  /** Events read from the store per query. @default 500 */
  pageSize?: number;
  /**
   * Live events held for a slow consumer; beyond this the buffer is dropped and the stream
   * re-reads from the store instead, so memory stays bounded whatever the consumer's pace.
   * @default 1000
   */
  maxBuffered?: number;
  /**
   * When idle this long, look in the store for events the bus never delivered (a lossy bus that
   * dropped the newest event would otherwise hold it back until the next one). 0 disables. While
   * nothing turns up the wait doubles, up to IDLE_BACKOFF_MAX times this, so idle streams cost little.
   * @default the bus's `idleCheckMs`, else 0
   */
  idleCheckMs?: number;
}

const DEFAULT_PAGE_SIZE = 500;
const DEFAULT_MAX_BUFFERED = 1000;
/** How often a gap that the store cannot fill yet is retried before giving up on it. */
const GAP_FILL_ATTEMPTS = 5;
const GAP_FILL_RETRY_MS = 20;
/** An idle stream's store checks back off to at most this multiple of `idleCheckMs`. */
const IDLE_BACKOFF_MAX = 16;

/**
 * Every committed event of an ecosystem after `afterSeq`, then live ones, each seq exactly once and
 * in ascending order. Subscribes to the bus before reading the store so nothing committed during the
 * backfill can slip between the two; a live event past the expected seq means the bus lost some,
 * and those are read from the store before it is delivered.
 */
export async function* streamEvents(options: StreamEventsOptions): AsyncGenerator<EcosystemEvent> {
  for await (const batch of streamEventBatches(options)) yield* batch;
}

/**
 * streamEvents in runs: each item is one or more consecutive events (a store page, or every live event
 * that arrived together, such as the five of one exchange). A consumer that sends to a socket can write a
 * run in one go; with 1,000 subscribers that saves thousands of generator round trips per exchange.
 */
export async function* streamEventBatches(options: StreamEventsOptions): AsyncGenerator<EcosystemEvent[]> {
  const { store, bus, ecosystemId, signal } = options;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const maxBuffered = options.maxBuffered ?? DEFAULT_MAX_BUFFERED;
  const idleCheckMs = options.idleCheckMs ?? bus.idleCheckMs ?? 0;
  let idleWait = idleCheckMs;
  if (signal?.aborted) return;

  let expected = Math.max(0, Math.floor(options.afterSeq)) + 1;
  const pending = new LiveBuffer(maxBuffered);
  let wake: (() => void) | null = null;
  const notify = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };

  /** Set when the bus says it may have dropped events: the store is read before waiting again. */
  let missed = false;
  const unsubscribe = bus.subscribe(
    ecosystemId,
    (event) => {
      if (event.seq < expected) return;
      pending.push(event);
      notify();
    },
    () => {
      missed = true;
      notify();
    },
  );
  signal?.addEventListener('abort', notify);

  /** Reads from the store until `expected` passes `upTo` or the store has nothing newer, a page at a time. */
  async function* readStore(upTo: number): AsyncGenerator<EcosystemEvent[]> {
    while (expected <= upTo && !signal?.aborted) {
      const page = await store.listEvents(ecosystemId, expected - 1, pageSize);
      const run: EcosystemEvent[] = [];
      for (const event of page) {
        if (event.seq !== expected) {
          if (event.seq < expected) continue;
          // The store itself has a hole (should not happen: seq is gap-free); skip to keep order.
          expected = event.seq;
        }
        run.push(event);
        expected = event.seq + 1;
      }
      if (run.length > 0) {
        yield run;
        bus.passedOn?.(run);
      }
      if (page.length < pageSize) return;
    }
  }

  try {
    yield* readStore(Number.POSITIVE_INFINITY);
    while (!signal?.aborted) {
      if (pending.overflowed) {
        pending.reset();
        yield* readStore(Number.POSITIVE_INFINITY);
        continue;
      }
      if (missed) {
        missed = false;
        yield* readStore(Number.POSITIVE_INFINITY);
        continue;
      }
      const event = pending.shift();
      if (!event) {
        const timedOut = await waitForWake(idleWait, (resume) => {
          wake = resume;
        });
        wake = null;
        if (timedOut) {
          const before = expected;
          yield* readStore(Number.POSITIVE_INFINITY);
          idleWait = expected === before ? Math.min(idleWait * 2, idleCheckMs * IDLE_BACKOFF_MAX) : idleCheckMs;
        }
        continue;
      }
      idleWait = idleCheckMs;
      if (event.seq < expected) continue;
      if (event.seq > expected) {
        for (let attempt = 0; attempt < GAP_FILL_ATTEMPTS && expected < event.seq; attempt += 1) {
          if (attempt > 0) await delay(GAP_FILL_RETRY_MS);
          yield* readStore(event.seq);
          if (signal?.aborted) return;
        }
        if (event.seq < expected) continue;
      }
      // This event, and every live one queued right behind it in order, go out as one run.
      const run = [event];
      expected = event.seq + 1;
      for (let next = pending.peek(); next !== undefined && next.seq <= expected; next = pending.peek()) {
        pending.shift();
        if (next.seq === expected) {
          run.push(next);
          expected += 1;
        }
      }
      yield run;
      bus.passedOn?.(run);
    }
  } finally {
    unsubscribe();
    signal?.removeEventListener('abort', notify);
  }
}

/** Resolves when woken (false) or, if `timeoutMs` > 0, after that long (true). */
function waitForWake(timeoutMs: number, register: (resume: () => void) => void): Promise<boolean> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    register(() => {
      if (timer) clearTimeout(timer);
      resolve(false);
    });
    if (timeoutMs > 0) timer = setTimeout(() => resolve(true), timeoutMs);
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A FIFO of live events with a hard cap; past the cap it empties itself and remembers that it did. */
class LiveBuffer {
  #items: EcosystemEvent[] = [];
  #head = 0;
  overflowed = false;

  constructor(private readonly capacity: number) {}

  push(event: EcosystemEvent): void {
    if (this.#items.length - this.#head >= this.capacity) {
      this.reset();
      this.overflowed = true;
      return;
    }
    this.#items.push(event);
  }

  peek(): EcosystemEvent | undefined {
    return this.#items[this.#head];
  }

  shift(): EcosystemEvent | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const event = this.#items[this.#head];
    this.#head += 1;
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return event;
  }

  reset(): void {
    this.#items = [];
    this.#head = 0;
    this.overflowed = false;
  }
}
