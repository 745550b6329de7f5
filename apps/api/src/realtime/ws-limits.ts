import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** The WebSocket limits of DESIGN.md §7. */
export interface WsLimitRules {
  /**
   * Open connections per principal (an account, or one widget token) on one node, over both WebSocket
   * endpoints. Counted per node: a count in Redis would outlive a crashed node's sockets.
   */
  maxConnectionsPerPrincipal: number;
  /**
   * Open connections on one node over every principal: a secret key can mint any number of widget tokens,
   * each its own principal, so only this bounds the sockets (and file descriptors) one node holds.
   */
  maxConnectionsPerNode: number;
  /** Messages one connection may send per window: stops one socket from flooding the server. */
  messagesPerConnection: number;
  /** Messages one principal may send per window over all its connections (all nodes when Redis is configured). */
  messagesPerPrincipal: number;
  windowSeconds: number;
}

/**
 * 32 connections: a person with a few tabs, each holding a tRPC socket and a plain stream, stays far
 * below it. 16,000 per node: room for the 10,000 viewers one 2-core node is sized for (DESIGN.md §8), under
 * a common open-file limit of 20,000. 60 messages per 10 s per connection: clients send almost nothing (subscribe, resume, ping),
 * so this only bites on a runaway loop. 300 per 10 s per principal across connections.
 */
export const DEFAULT_WS_LIMITS: WsLimitRules = {
  maxConnectionsPerPrincipal: 32,
  maxConnectionsPerNode: 16_000,
  messagesPerConnection: 60,
  messagesPerPrincipal: 300,
  windowSeconds: 10,
};

/** Connection slots and message rates for WebSocket endpoints. */
export class WsLimits {
  readonly rules: WsLimitRules;
  readonly #open = new Map<string, number>();
  #openOnNode = 0;
  readonly #perConnection: RateLimiterAbstract;
  readonly #perPrincipal: RateLimiterAbstract;

  /** Message counts go to Redis when a client is given (memory is the insurance if Redis is down). */
  constructor(redis: Redis | null = null, rules: Partial<WsLimitRules> = {}) {
    this.rules = { ...DEFAULT_WS_LIMITS, ...rules };
    const window = this.rules.windowSeconds;
    // A connection lives on one node, so its own count never needs to leave memory.
    this.#perConnection = new RateLimiterMemory({
      keyPrefix: 'ws:conn',
      points: this.rules.messagesPerConnection,
      duration: window,
    });
    const principal = { keyPrefix: 'ensemble:limit:ws:msg', points: this.rules.messagesPerPrincipal, duration: window };
    const memory = new RateLimiterMemory(principal);
    this.#perPrincipal =
      redis === null
        ? memory
        : new RateLimiterRedis({
            ...principal,
            storeClient: redis,
            rejectIfRedisNotReady: true,
            insuranceLimiter: memory,
          });
  }

  /**
   * Takes a connection slot for the principal: its release (idempotent), or why there is none — the
   * principal is at its cap, or the node is full.
   */
  acquireConnection(principal: string): { release: () => void } | { refused: 'principal' | 'node' } {
    const open = this.#open.get(principal) ?? 0;
    if (open >= this.rules.maxConnectionsPerPrincipal) return { refused: 'principal' };
    if (this.#openOnNode >= this.rules.maxConnectionsPerNode) return { refused: 'node' };
    this.#open.set(principal, open + 1);
    this.#openOnNode += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.#openOnNode -= 1;
        const left = (this.#open.get(principal) ?? 1) - 1;
        if (left <= 0) this.#open.delete(principal);
        else this.#open.set(principal, left);
      },
    };
  }

  /** Open connections of the principal on this node. */
  openConnections(principal: string): number {
    return this.#open.get(principal) ?? 0;
  }

  /** Open connections on this node, every principal's. */
  get openOnNode(): number {
    return this.#openOnNode;
  }

  /**
   * A socket's handshake message (tRPC's connectionParams, sent before anyone is known): counted for the
   * connection only. Charging it to the address would let a few hundred viewers behind one address (a
   * NAT, an office, a proxy) lock each other out of even signing in.
   */
  async allowHandshake(connectionId: string): Promise<boolean> {
    return consumed(this.#perConnection, connectionId);
  }

  /** Counts one message; false once the connection or the principal is over its rate. */
  async allowMessage(connectionId: string, principal: string): Promise<boolean> {
    return (await consumed(this.#perConnection, connectionId)) && (await consumed(this.#perPrincipal, principal));
  }
}

async function consumed(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    // The limiter itself failed (Redis and insurance both): let the message through rather than cut users off.
    console.error('[ws] rate limiter failed:', error);
    return true;
  }
}
