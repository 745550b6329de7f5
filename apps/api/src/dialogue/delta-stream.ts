import type { Id } from '@ensemble/core';
import type { LineDelta, LineDeltaHub } from './line-deltas.ts';

/** Most deltas held for a slow reader; older ones are dropped (the committed line follows anyway). */
const MAX_QUEUED_DELTAS = 256;

/** The ecosystem's deltas as an async iterable, until `signal` aborts. */
export async function* lineDeltas(
  hub: LineDeltaHub,
  ecosystemId: Id,
  signal: AbortSignal | undefined,
): AsyncGenerator<LineDelta> {
  const queue: LineDelta[] = [];
  let wake: (() => void) | null = null;
  const stop = hub.subscribe(ecosystemId, (delta) => {
    queue.push(delta);
    if (queue.length > MAX_QUEUED_DELTAS) queue.shift();
    wake?.();
  });
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (!signal?.aborted) {
      const next = queue.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    stop();
    signal?.removeEventListener('abort', onAbort);
  }
}
