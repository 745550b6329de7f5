import { createTRPCClient, createWSClient, wsLink, type TRPCClient, type TRPCWebSocketClient } from '@trpc/client';
import { EnsembleError, SDK_ERROR_CODES } from '../errors.ts';
import type { AppRouter, ConnectionStatus } from '../types.ts';
import { backoffDelay } from './backoff.ts';

/** A quiet socket is pinged this often, and dropped (then reopened) if no pong comes within the wait. */
const KEEPALIVE_INTERVAL_MS = 15_000;
const KEEPALIVE_PONG_WAIT_MS = 5_000;
/** How long an idle socket (no subscriptions) stays open before closing, so a quick resubscribe reuses it. */
const IDLE_CLOSE_MS = 2_000;
/** A replaced socket is closed at the latest this long after its replacement opened. */
const RETIRE_DEADLINE_MS = 30_000;

export interface LiveConnectionOptions {
  wsUrl: string;
  WebSocket: unknown;
  /** The bearer token to open a socket with (called on every connect and reconnect). */
  token(): Promise<string | null>;
}

/** One WebSocket client and the token it authenticated with. Replaced as a whole when the token changes. */
export interface Socket {
  readonly trpc: TRPCClient<AppRouter>;
  /** Counts a subscription on this socket; the returned function releases it. */
  hold(): () => void;
}

class Generation implements Socket {
  readonly trpc: TRPCClient<AppRouter>;
  readonly ws: TRPCWebSocketClient;
  /** The token the socket last opened with; null until it has. */
  token: string | null = null;
  status: ConnectionStatus = 'idle';
  retired = false;
  #holds = 0;
  #everOpen = false;
  #onIdle: () => void;

  constructor(options: LiveConnectionOptions, onStatus: () => void, onIdle: () => void) {
    this.#onIdle = onIdle;
    this.ws = createWSClient({
      url: options.wsUrl,
      WebSocket: options.WebSocket as typeof globalThis.WebSocket,
      // A function, so every reconnect authenticates with the token valid at that moment.
      connectionParams: async () => {
        const token = await options.token();
        this.token = token;
        return token === null ? {} : { token };
      },
      retryDelayMs: backoffDelay,
      lazy: { enabled: true, closeMs: IDLE_CLOSE_MS },
      keepAlive: { enabled: true, intervalMs: KEEPALIVE_INTERVAL_MS, pongTimeoutMs: KEEPALIVE_PONG_WAIT_MS },
    });
    this.trpc = createTRPCClient<AppRouter>({ links: [wsLink<AppRouter>({ client: this.ws })] });
    this.ws.connectionState.subscribe({
      next: (state) => {
        if (state.state === 'pending') this.#everOpen = true;
        this.status =
          state.state === 'pending'
            ? 'open'
            : state.state === 'connecting'
              ? this.#everOpen
                ? 'reconnecting'
                : 'connecting'
              : 'idle';
        onStatus();
      },
    });
  }

  hold(): () => void {
    this.#holds += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#holds -= 1;
      if (this.#holds === 0) this.#onIdle();
    };
  }

  get held(): boolean {
    return this.#holds > 0;
  }

  close(): void {
    void this.ws.close().catch(() => undefined);
  }
}

/**
 * The client's live connection: one WebSocket shared by its subscriptions, opened on first use, reopened
 * with backoff when it drops. When the access token is refreshed it is replaced by a socket that
 * authenticates with the new token; subscriptions move over (make-before-break) and the old socket
 * closes once nothing is left on it.
 */
export class LiveConnection {
  readonly #options: LiveConnectionOptions;
  readonly #statusListeners = new Set<(status: ConnectionStatus) => void>();
  readonly #renewListeners = new Set<() => void>();
  #active: Generation | null = null;
  #previous: Generation | null = null;
  #status: ConnectionStatus = 'idle';
  #closed = false;

  constructor(options: LiveConnectionOptions) {
    this.#options = options;
  }

  get status(): ConnectionStatus {
    return this.#status;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** The socket new subscriptions start on. Throws an EnsembleError when there is no WebSocket to use. */
  socket(): Socket {
    if (this.#closed) throw new EnsembleError(SDK_ERROR_CODES.clientClosed, 'This Ensemble client was closed.', false);
    if (typeof this.#options.WebSocket !== 'function') {
      throw new EnsembleError(
        SDK_ERROR_CODES.websocketUnavailable,
        "No WebSocket implementation found. On Node 20, pass `WebSocket` from the 'ws' package to createEnsembleClient.",
        false,
      );
    }
    this.#active ??= this.#create();
    return this.#active;
  }

  onStatus(listener: (status: ConnectionStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  /** Calls `listener` when subscriptions should move to a new socket (see `renew`). */
  onRenew(listener: () => void): () => void {
    this.#renewListeners.add(listener);
    return () => this.#renewListeners.delete(listener);
  }

  /**
   * The token changed: a socket opened with an older token is replaced. Subscriptions on it are asked
   * to move; a socket nobody uses is simply closed, and the next subscription opens a fresh one.
   */
  tokenChanged(current: string | null): void {
    const active = this.#active;
    if (this.#closed || active === null || active.token === null || active.token === current) return;
    this.#retire(active);
    this.#active = null;
    if (!active.held) {
      this.#release(active);
      return;
    }
    this.#active = this.#create();
    this.#previous = active;
    for (const listener of this.#renewListeners) listener();
  }

  /** Closes every socket for good. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    // Subscriptions stop on 'closed' first, so closing the sockets below does not look like a drop to them.
    this.#setStatus('closed');
    for (const generation of [this.#active, this.#previous]) generation?.close();
    this.#active = null;
    this.#previous = null;
  }

  #create(): Generation {
    const generation: Generation = new Generation(
      this.#options,
      () => this.#refreshStatus(),
      () => {
        if (generation.retired) this.#release(generation);
      },
    );
    return generation;
  }

  #retire(generation: Generation): void {
    generation.retired = true;
    const deadline = setTimeout(() => this.#release(generation), RETIRE_DEADLINE_MS);
    (deadline as { unref?: () => void }).unref?.();
  }

  #release(generation: Generation): void {
    generation.close();
    if (this.#previous === generation) this.#previous = null;
    this.#refreshStatus();
  }

  #refreshStatus(): void {
    if (this.#closed) return;
    const active = this.#active?.status ?? 'idle';
    // While a replacement opens, the socket it replaces still serves: no blip for watchers.
    const handingOver = this.#previous !== null && this.#previous.status === 'open' && active !== 'open';
    this.#setStatus(handingOver ? 'open' : active);
  }

  #setStatus(status: ConnectionStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    for (const listener of this.#statusListeners) listener(status);
  }
}
