import type { EcosystemEvent } from '@ensemble/core';
import { EnsembleError } from '../errors.ts';
import type { ConnectionStatus } from '../types.ts';
import { backoffDelay } from './backoff.ts';
import {
  subscribeToEvents,
  type EventSubscription,
  type SubscribeOptions,
  type SubscriptionContext,
} from './event-subscription.ts';

/** A page of stored events (the API's `events.list`). */
export interface EventPage {
  events: EcosystemEvent[];
  nextAfterSeq: number | null;
}

/** What the shared stream needs: a subscription context, and reading stored events to catch a listener up. */
export interface SharedEventsContext extends SubscriptionContext {
  listEvents(afterSeq: number, limit: number): Promise<EventPage>;
}

/** Largest page read while catching a listener up (the API's maximum). */
const CATCH_UP_PAGE = 500;

interface Listener {
  options: SubscribeOptions;
  /** Seq of the last event this listener was given; null: "from now", takes whatever comes next. */
  last: number | null;
  /** Events from the shared stream held while the listener reads what it missed from the store. */
  held: EcosystemEvent[] | null;
  failures: number;
  retry: ReturnType<typeof setTimeout> | null;
  status: ConnectionStatus;
  stopped: boolean;
}

/**
 * One server subscription to an ecosystem shared by every listener of it on one client (a page's graph,
 * feed, stats and timeline all listen to the same ecosystem). Each listener keeps its own resume
 * position: one that starts behind the shared stream reads the events it missed from the store
 * (`events.list`), then follows the shared stream; each gets every event once, in seq order.
 */
export class SharedEvents {
  readonly #context: SharedEventsContext;
  readonly #onIdle: () => void;
  readonly #listeners = new Set<Listener>();
  #upstream: EventSubscription | null = null;
  #status: ConnectionStatus = 'idle';
  /** Seq of the newest event the shared stream delivered (or where it started); null while unknown. */
  #cursor: number | null = null;

  /** `onIdle` is called when the last listener leaves (and the server subscription is closed). */
  constructor(context: SharedEventsContext, onIdle: () => void) {
    this.#context = context;
    this.#onIdle = onIdle;
  }

  /** Listeners currently sharing the stream. */
  get size(): number {
    return this.#listeners.size;
  }

  subscribe(options: SubscribeOptions): EventSubscription {
    const listener: Listener = {
      options,
      last: options.fromSeq ?? null,
      held: null,
      failures: 0,
      retry: null,
      status: 'idle',
      stopped: false,
    };
    this.#listeners.add(listener);
    if (this.#upstream === null) {
      this.#cursor = options.fromSeq ?? null;
      this.#upstream = subscribeToEvents(this.#context, {
        ...(options.fromSeq === undefined ? {} : { fromSeq: options.fromSeq }),
        onEvent: (event) => this.#receive(event),
        onError: (error) => this.#failAll(error),
        onStatus: (status) => this.#statusChanged(status),
      });
    } else {
      if (this.#status !== 'idle') this.#tell(listener, this.#status);
      if (listener.last !== null && this.#cursor !== null && listener.last < this.#cursor) {
        void this.#catchUp(listener);
      }
    }
    return {
      unsubscribe: () => this.#remove(listener),
      lastSeq: () => listener.last ?? this.#cursor ?? this.#upstream?.lastSeq() ?? 0,
    };
  }

  #receive(event: EcosystemEvent): void {
    this.#cursor = event.seq;
    for (const listener of [...this.#listeners]) this.#offer(listener, event);
  }

  /** One event for one listener: delivered, dropped as already seen, or held while the gap before it is read. */
  #offer(listener: Listener, event: EcosystemEvent): void {
    if (listener.stopped) return;
    if (listener.held !== null) {
      listener.held.push(event);
      return;
    }
    if (listener.last !== null && event.seq <= listener.last) return;
    if (listener.last !== null && event.seq !== listener.last + 1) {
      listener.held = [event];
      void this.#catchUp(listener);
      return;
    }
    this.#deliver(listener, event);
  }

  #deliver(listener: Listener, event: EcosystemEvent): void {
    listener.last = event.seq;
    try {
      listener.options.onEvent(event);
    } catch (error) {
      // The app's handler failed: surface it like any uncaught error, but keep delivering.
      setTimeout(() => {
        throw error;
      });
    }
  }

  /** Reads what the listener missed from the store, up to the shared stream, then hands it what was held. */
  async #catchUp(listener: Listener): Promise<void> {
    listener.held ??= [];
    const target = () => Math.max(this.#cursor ?? 0, (listener.held?.[0]?.seq ?? 1) - 1);
    try {
      while (!listener.stopped && listener.last !== null && listener.last < target()) {
        const page = await this.#context.listEvents(listener.last, CATCH_UP_PAGE);
        if (listener.stopped) return;
        for (const event of page.events) {
          if (listener.last !== null && event.seq <= listener.last) continue;
          this.#deliver(listener, event);
        }
        if (page.events.length === 0 || page.nextAfterSeq === null) break;
      }
    } catch (error) {
      const failure = EnsembleError.from(error);
      if (listener.stopped) return;
      if (failure.retryable) {
        listener.failures += 1;
        listener.retry = setTimeout(() => {
          listener.retry = null;
          void this.#catchUp(listener);
        }, backoffDelay(listener.failures));
        return;
      }
      this.#remove(listener);
      this.#report(listener, failure);
      return;
    }
    listener.failures = 0;
    const held = listener.held ?? [];
    listener.held = null;
    for (const event of held) this.#offer(listener, event);
  }

  #statusChanged(status: ConnectionStatus): void {
    if (status === 'closed' && this.#upstream !== null) {
      // The stream stopped: with an error (reported right after, through onError) or because the client
      // was closed (no error follows). Listeners still here after that stop too.
      const upstream = this.#upstream;
      for (const listener of this.#listeners) this.#tell(listener, 'closed');
      queueMicrotask(() => {
        if (this.#upstream !== upstream) return;
        const listeners = [...this.#listeners];
        this.#close();
        for (const listener of listeners) this.#stopListener(listener);
      });
      return;
    }
    this.#status = status;
    for (const listener of this.#listeners) this.#tell(listener, status);
  }

  #tell(listener: Listener, status: ConnectionStatus): void {
    if (listener.status === status) return;
    listener.status = status;
    listener.options.onStatus?.(status);
  }

  #failAll(error: EnsembleError): void {
    const listeners = [...this.#listeners];
    this.#close();
    for (const listener of listeners) {
      this.#stopListener(listener);
      this.#report(listener, error);
    }
  }

  #report(listener: Listener, error: EnsembleError): void {
    if (listener.options.onError !== undefined) listener.options.onError(error);
    else console.error(`[ensemble] live events for ecosystem ${this.#context.ecosystemId} stopped: ${error.message}`);
  }

  #stopListener(listener: Listener): void {
    listener.stopped = true;
    if (listener.retry !== null) clearTimeout(listener.retry);
    listener.retry = null;
    listener.held = null;
    this.#tell(listener, 'closed');
  }

  #remove(listener: Listener): void {
    if (!this.#listeners.delete(listener)) return;
    this.#stopListener(listener);
    if (this.#listeners.size === 0) this.#close();
  }

  #close(): void {
    const upstream = this.#upstream;
    this.#upstream = null;
    this.#listeners.clear();
    this.#cursor = null;
    this.#status = 'idle';
    this.#onIdle();
    upstream?.unsubscribe();
  }
}
