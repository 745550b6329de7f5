import type { EcosystemEvent } from '@ensemble/core';
import { EnsembleError } from '../errors.ts';
import type { ConnectionStatus } from '../types.ts';
import { backoffDelay } from './backoff.ts';
import type { LiveConnection } from './connection.ts';

/** Options of `events.subscribe`. */
export interface SubscribeOptions {
  /** Called once per event, in seq order, never twice for one seq. */
  onEvent: (event: EcosystemEvent) => void;
  /**
   * Resume after this seq (the last one you saw, e.g. a previous subscription's `lastSeq()`);
   * 0 replays the whole history. Omitted: only events from now on.
   */
  fromSeq?: number;
  /** Called once if the subscription ends for a reason retrying cannot fix (e.g. no access, signed out). */
  onError?: (error: EnsembleError) => void;
  /** Called on every status change of this subscription. */
  onStatus?: (status: ConnectionStatus) => void;
}

/** A running subscription. */
export interface EventSubscription {
  /** Stops delivery and releases the connection. */
  unsubscribe(): void;
  /** Seq of the last event delivered (or the starting point until one is); pass it as `fromSeq` to resume later. */
  lastSeq(): number;
}

/** What a subscription needs from the client. */
export interface SubscriptionContext {
  connection: LiveConnection;
  ecosystemId: string;
  /** The ecosystem's newest seq now: the starting point of "only new events". */
  currentSeq(): Promise<number>;
  /** Whether `renewAuth` can succeed at all. */
  canRenewAuth(): boolean;
  /** Gets a fresh access token (the connection then moves to a socket using it). */
  renewAuth(): Promise<void>;
}

/** One subscribe call to the server; a subscription makes a new one to resume, move or recover. */
interface Attempt {
  started: boolean;
  stop(): void;
}

/** Subscribes to an ecosystem's events; resumes, dedupes and orders them as `SubscribeOptions` promises. */
export function subscribeToEvents(context: SubscriptionContext, options: SubscribeOptions): EventSubscription {
  const subscription = new ResumableSubscription(context, options);
  void subscription.start();
  return { unsubscribe: () => subscription.stop(), lastSeq: () => subscription.lastSeq };
}

/**
 * Keeps one server subscription alive across dropped sockets, server restarts, token refreshes and
 * transient errors. The cursor is the seq of the last event delivered; every new attempt resumes from
 * it, and events at or below it are dropped, so overlap between attempts is harmless. An event that
 * skips a seq (never expected from the server) triggers a resubscribe from the cursor: the server
 * backfills from its log.
 */
class ResumableSubscription {
  readonly #context: SubscriptionContext;
  readonly #options: SubscribeOptions;
  readonly #offConnection: Array<() => void>;
  #last: number | null;
  #status: ConnectionStatus = 'idle';
  #current: Attempt | null = null;
  /** Attempts being replaced: still delivering until their successor has started. */
  readonly #draining = new Set<Attempt>();
  #failures = 0;
  #gaps = 0;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #stopped = false;
  /** Whether an attempt has started once: a drop before that is still "connecting", not "reconnecting". */
  #everOpen = false;

  constructor(context: SubscriptionContext, options: SubscribeOptions) {
    this.#context = context;
    this.#options = options;
    this.#last = options.fromSeq ?? null;
    this.#offConnection = [
      context.connection.onRenew(() => this.#move()),
      context.connection.onStatus((status) => {
        if (status === 'closed') this.stop();
      }),
    ];
  }

  get lastSeq(): number {
    return this.#last ?? 0;
  }

  async start(): Promise<void> {
    if (this.#stopped) return;
    this.#setStatus(this.#failures === 0 ? 'connecting' : 'reconnecting');
    if (this.#last === null) {
      try {
        // Without a cursor, a drop before the first event would resume at "now" and miss what happened meanwhile.
        this.#last = await this.#context.currentSeq();
      } catch (error) {
        const failure = EnsembleError.from(error);
        if (failure.retryable) return this.#retryLater(() => void this.start());
        // Not readable this way (e.g. a scoped token): the server's own "from now" is the next best start.
      }
    }
    if (!this.#stopped) this.#open();
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#retryTimer !== null) clearTimeout(this.#retryTimer);
    this.#stopAll();
    for (const off of this.#offConnection) off();
    this.#setStatus('closed');
  }

  #open(): void {
    let socket;
    try {
      socket = this.#context.connection.socket();
    } catch (error) {
      return this.#fail(EnsembleError.from(error));
    }
    const release = socket.hold();
    const attempt: Attempt = { started: false, stop: release };
    this.#current = attempt;
    const lastEventId = this.#last === null ? undefined : String(this.#last);
    // One message per run of consecutive events (an exchange's five, a page of history), tracked by its
    // last seq: with many viewers the server's per-message work is paid per run, not per event.
    const server = socket.trpc.events.onEventRuns.subscribe(
      { ecosystemId: this.#context.ecosystemId, lastEventId },
      {
        onStarted: () => this.#started(attempt),
        onData: (tracked) => {
          for (const event of tracked.data) this.#receive(attempt, event);
        },
        onError: (error) => this.#failed(attempt, error),
        onComplete: () => this.#completed(attempt),
        onConnectionStateChange: (state) => {
          if (attempt === this.#current && state.state === 'connecting' && state.error !== null && this.#everOpen) {
            this.#setStatus('reconnecting');
          }
        },
      },
    );
    attempt.stop = () => {
      server.unsubscribe();
      release();
    };
  }

  #started(attempt: Attempt): void {
    if (attempt !== this.#current) return;
    attempt.started = true;
    this.#everOpen = true;
    this.#failures = 0;
    const draining = [...this.#draining];
    this.#draining.clear();
    for (const previous of draining) previous.stop();
    this.#setStatus('open');
  }

  #receive(attempt: Attempt, event: EcosystemEvent): void {
    if (this.#stopped || (attempt !== this.#current && !this.#draining.has(attempt))) return;
    const last = this.#last;
    if (last !== null && event.seq <= last) return;
    if (last !== null && event.seq !== last + 1) return this.#resync();
    this.#last = event.seq;
    this.#gaps = 0;
    try {
      this.#options.onEvent(event);
    } catch (error) {
      // The app's handler failed: surface it like any uncaught error, but keep delivering.
      setTimeout(() => {
        throw error;
      });
    }
  }

  /** An event skipped a seq: start over from the cursor, with backoff if it keeps happening. */
  #resync(): void {
    if (this.#retryTimer !== null || (this.#current !== null && !this.#current.started)) return;
    this.#stopAll();
    const delay = backoffDelay(this.#gaps);
    this.#gaps += 1;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      if (!this.#stopped) this.#open();
    }, delay);
  }

  /** The connection was replaced (new token): resubscribe there, keep the old attempt until the new one starts. */
  #move(): void {
    if (this.#stopped || this.#current === null) return;
    const current = this.#detachCurrent()!;
    if (current.started) this.#draining.add(current);
    else current.stop();
    this.#open();
  }

  #failed(attempt: Attempt, error: unknown): void {
    if (this.#stopped) return;
    if (this.#draining.delete(attempt)) return attempt.stop();
    if (attempt !== this.#current) return;
    this.#detachCurrent()?.stop();
    const failure = EnsembleError.from(error);
    if (failure.code === 'token_expired' && this.#context.canRenewAuth()) {
      this.#setStatus('reconnecting');
      this.#context.renewAuth().then(
        () => {
          if (!this.#stopped && this.#current === null) this.#open();
        },
        (renewError: unknown) => this.#fail(EnsembleError.from(renewError)),
      );
      return;
    }
    if (failure.retryable) return this.#retryLater(() => this.#open());
    this.#fail(failure);
  }

  /** The server ended the stream (e.g. it is shutting down): come back after a pause. */
  #completed(attempt: Attempt): void {
    if (this.#stopped || attempt !== this.#current) return;
    this.#detachCurrent()?.stop();
    this.#retryLater(() => this.#open());
  }

  #retryLater(again: () => void): void {
    this.#setStatus('reconnecting');
    this.#failures += 1;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      if (!this.#stopped) again();
    }, backoffDelay(this.#failures));
  }

  #fail(failure: EnsembleError): void {
    if (this.#stopped) return;
    this.stop();
    if (this.#options.onError !== undefined) this.#options.onError(failure);
    else console.error(`[ensemble] live events for ecosystem ${this.#context.ecosystemId} stopped: ${failure.message}`);
  }

  #stopAll(): void {
    this.#detachCurrent()?.stop();
    const draining = [...this.#draining];
    this.#draining.clear();
    for (const previous of draining) previous.stop();
  }

  /**
   * Forgets the current attempt before it is stopped: stopping makes tRPC report the attempt complete,
   * which must not read as the server ending the stream.
   */
  #detachCurrent(): Attempt | null {
    const current = this.#current;
    this.#current = null;
    return current;
  }

  #setStatus(status: ConnectionStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#options.onStatus?.(status);
  }
}
