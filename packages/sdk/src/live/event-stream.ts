import type { EcosystemEvent } from '@ensemble/core';
import type { EnsembleError } from '../errors.ts';
import type { EventSubscription, SubscribeOptions } from './event-subscription.ts';

/** Options of `events.stream`. */
export interface StreamOptions {
  /** As in `subscribe`: resume after this seq; 0 replays the whole history; omitted: only new events. */
  fromSeq?: number;
  /** Ends the iteration (without an error) when aborted. */
  signal?: AbortSignal;
}

/**
 * The async-iterator form of a subscription: `for await (const event of stream)`. Subscribes when
 * iteration starts and unsubscribes when it ends (break, return, abort); throws the EnsembleError that
 * ended the subscription. Events arriving faster than the loop consumes them are buffered.
 */
export function eventStream(
  subscribe: (options: SubscribeOptions) => EventSubscription,
  options: StreamOptions = {},
): AsyncIterable<EcosystemEvent> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<EcosystemEvent> {
      const buffered: EcosystemEvent[] = [];
      let failure: EnsembleError | null = null;
      let done = false;
      let wake: (() => void) | null = null;
      const notify = () => {
        wake?.();
        wake = null;
      };
      const finish = () => {
        done = true;
        subscription.unsubscribe();
        options.signal?.removeEventListener('abort', finish);
        notify();
      };
      const subscription = subscribe({
        ...(options.fromSeq === undefined ? {} : { fromSeq: options.fromSeq }),
        onEvent: (event) => {
          buffered.push(event);
          notify();
        },
        onError: (error) => {
          failure = error;
          notify();
        },
      });
      if (options.signal?.aborted) finish();
      else options.signal?.addEventListener('abort', finish, { once: true });

      return {
        async next(): Promise<IteratorResult<EcosystemEvent>> {
          for (;;) {
            if (done) return { value: undefined, done: true };
            const event = buffered.shift();
            if (event !== undefined) return { value: event, done: false };
            if (failure !== null) {
              const error: EnsembleError = failure;
              finish();
              throw error;
            }
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
          }
        },
        async return(): Promise<IteratorResult<EcosystemEvent>> {
          finish();
          buffered.length = 0;
          return { value: undefined, done: true };
        },
      };
    },
  };
}
