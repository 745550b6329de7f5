/** Event subscribers for cross-process tests and benchmarks: what each received, and the events table to compare with. */
import type { EcosystemEvent } from '@ensemble/core';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { WebSocket } from 'ws';
import type { AppRouter } from '../src/router.ts';
import type { ApiClient } from '../testing/harness.ts';

/** One live subscriber to an ecosystem's events over the tRPC WebSocket. */
export interface EventWatcher {
  /** Seqs in the order received (duplicates and gaps kept, so a test can see them). */
  seqs: number[];
  events: EcosystemEvent[];
  /** Times the socket was opened (1 + reconnects). */
  opens: number;
  /** Resolves once the server accepted the first subscription. */
  started: Promise<void>;
  error: unknown;
  close(): void;
}

/**
 * Subscribes to `events.onEvent` at `url` (an API node or nginx in front of several) from `lastEventId`
 * ('0': the whole history). The client reconnects on its own, resuming from the last event it saw.
 */
export function watchEvents(url: string, token: string, ecosystemId: string, lastEventId = '0'): EventWatcher {
  const watcher: EventWatcher = {
    seqs: [],
    events: [],
    opens: 0,
    started: Promise.resolve(),
    error: null,
    close: () => {},
  };
  const ws = createWSClient({
    url: `${url.replace(/^http/, 'ws')}/trpc`,
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    connectionParams: { token },
    retryDelayMs: (attempt) => Math.min(50 * 2 ** attempt, 1000),
    onOpen: () => {
      watcher.opens += 1;
    },
  });
  const trpc = createTRPCClient<AppRouter>({ links: [wsLink<AppRouter>({ client: ws })] });
  let onStarted!: () => void;
  watcher.started = new Promise<void>((resolve) => {
    onStarted = resolve;
  });
  const subscription = trpc.events.onEvent.subscribe(
    { ecosystemId, lastEventId },
    {
      onStarted: () => onStarted(),
      onData: (tracked) => {
        const event = tracked.data as unknown as EcosystemEvent;
        watcher.seqs.push(event.seq);
        watcher.events.push(event);
      },
      onError: (error) => {
        watcher.error = error;
        onStarted();
      },
    },
  );
  watcher.close = () => {
    subscription.unsubscribe();
    void ws.close();
  };
  return watcher;
}

/** Every stored event of the ecosystem, oldest first (the events table, read through the API). */
export async function storedEvents(client: ApiClient, ecosystemId: string): Promise<EcosystemEvent[]> {
  const all: EcosystemEvent[] = [];
  let afterSeq = 0;
  for (;;) {
    const page = await client.events.list.query({ ecosystemId, afterSeq, limit: 500 });
    all.push(...(page.events as unknown as EcosystemEvent[]));
    if (page.nextAfterSeq === null) return all;
    afterSeq = page.nextAfterSeq;
  }
}

/** Waits until `predicate` holds, polling; throws with `describe()` after `ms`. */
export async function eventually(
  predicate: () => boolean | Promise<boolean>,
  ms: number,
  describe: () => string,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${describe()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Seqs 1..n. */
export function seqRange(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
