import { Redis } from 'ioredis';
import type { EcosystemEvent, Id } from '@ensemble/core';
import type { EventBus } from '../../realtime/event-bus.ts';

/** The pub/sub channel of an ecosystem's committed events (DESIGN.md §4). */
export function ecosystemChannel(ecosystemId: Id): string {
  return `ecosystem:${ecosystemId}:events`;
}

type Listener = (event: EcosystemEvent) => void;

/** One subscription: its listener and who to tell when events may have been dropped. */
interface Subscription {
  listener: Listener;
  onMissed: (() => void) | undefined;
}

/**
 * How long an ecosystem may stay quiet before its events table is checked for commits Redis never
 * delivered (a publish lost while Redis was unreachable, or a node that died between commit and publish;
 * otherwise only noticed at the next event).
 */
export const REDIS_IDLE_CHECK_MS = 1000;

export interface RedisEventBusOptions {
  /** Labels the two connections in Redis's CLIENT LIST (`<name>:pub`, `<name>:sub`). @default 'ensemble-bus' */
  name?: string;
  /**
   * Reads the newest committed seq of ecosystems (the events table). Given, the bus checks its quiet
   * ecosystems itself, in one query per interval however many subscribers they have, and tells their
   * subscribers when the table is ahead of what Redis delivered. Without it, each subscriber's stream
   * checks the table on its own when idle (`idleCheckMs`).
   */
  latestSeqs?: (ecosystemIds: readonly Id[]) => Promise<Map<Id, number>>;
  /** @default REDIS_IDLE_CHECK_MS */
  watchEveryMs?: number;
}

/**
 * Fans committed events out to every API node through Redis pub/sub.
 * One message per commit (a JSON array of that commit's events) keeps a commit's events together and
 * halves round trips. Local listeners are fed only from Redis, so every node sees one order.
 * Delivery is at-most-once: a subscriber that notices a seq gap fills it from the events table; after a
 * reconnect (Redis restarted, or dropped this node as a slow consumer) every subscriber is told to look.
 */
export class RedisEventBus implements EventBus {
  readonly idleCheckMs: number;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly subscriptions = new Map<Id, Set<Subscription>>();
  /** Newest seq Redis delivered per subscribed ecosystem, and when. */
  private readonly delivered = new Map<Id, { seq: number; at: number }>();
  private readonly latestSeqs: RedisEventBusOptions['latestSeqs'];
  private readonly watchEveryMs: number;
  private watchTimer: NodeJS.Timeout | null = null;
  private watching = false;
  private closed = false;
  private subscriberWasReady = false;

  constructor(url: string, options: RedisEventBusOptions = {}) {
    const name = options.name ?? 'ensemble-bus';
    this.latestSeqs = options.latestSeqs;
    this.watchEveryMs = options.watchEveryMs ?? REDIS_IDLE_CHECK_MS;
    this.idleCheckMs = this.latestSeqs === undefined ? this.watchEveryMs : 0;
    // Publishing fails fast while Redis is away (no offline queue): the events are in the table already
    // and a commit must not wait seconds on a reconnect. The subscriber keeps its queue so SUBSCRIBEs
    // issued meanwhile still happen.
    this.publisher = new Redis(url, {
      connectionName: `${name}:pub`,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      enableAutoPipelining: true,
    });
    this.subscriber = new Redis(url, { connectionName: `${name}:sub`, maxRetriesPerRequest: null });
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.deliver(channel.toString(), message),
    );
    this.subscriber.on('ready', () => this.onSubscriberReady());
    // Errors surface through reconnects; an unhandled 'error' event would crash the process.
    this.publisher.on('error', () => {});
    this.subscriber.on('error', () => {});
  }

  /** Resolves when both connections are ready (tests and readiness checks). */
  async ready(): Promise<void> {
    await Promise.all([whenReady(this.publisher), whenReady(this.subscriber)]);
    await Promise.all([this.publisher.ping(), this.subscriber.ping()]);
  }

  async publish(events: readonly EcosystemEvent[]): Promise<void> {
    const byEcosystem = new Map<Id, EcosystemEvent[]>();
    for (const event of events) {
      const list = byEcosystem.get(event.ecosystemId) ?? [];
      list.push(event);
      byEcosystem.set(event.ecosystemId, list);
    }
    await Promise.all(
      [...byEcosystem].map(([ecosystemId, list]) =>
        this.publisher.publish(ecosystemChannel(ecosystemId), JSON.stringify(list)),
      ),
    );
  }

  subscribe(ecosystemId: Id, listener: Listener, onMissed?: () => void): () => void {
    let set = this.subscriptions.get(ecosystemId);
    if (!set) {
      set = new Set();
      this.subscriptions.set(ecosystemId, set);
      void this.subscriber.subscribe(ecosystemChannel(ecosystemId)).catch(() => {});
    }
    const subscription: Subscription = { listener, onMissed };
    set.add(subscription);
    this.startWatching();
    return () => {
      const current = this.subscriptions.get(ecosystemId);
      if (!current?.delete(subscription) || current.size > 0) return;
      this.subscriptions.delete(ecosystemId);
      this.delivered.delete(ecosystemId);
      if (!this.closed) void this.subscriber.unsubscribe(ecosystemChannel(ecosystemId)).catch(() => {});
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.watchTimer) clearInterval(this.watchTimer);
    this.watchTimer = null;
    this.subscriptions.clear();
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }

  /**
   * After a reconnect, ioredis re-sends the SUBSCRIBEs before 'ready' reaches us; a PING queued behind
   * them answers once they are in effect. From then on nothing more is lost, so that is the moment to
   * tell every subscriber to read what it missed from the events table.
   */
  private onSubscriberReady(): void {
    if (!this.subscriberWasReady) {
      this.subscriberWasReady = true;
      return;
    }
    void this.subscriber
      .ping()
      .catch(() => {})
      .then(() => {
        for (const ecosystemId of this.subscriptions.keys()) this.tellMissed(ecosystemId);
      });
  }

  private tellMissed(ecosystemId: Id): void {
    for (const { onMissed } of [...(this.subscriptions.get(ecosystemId) ?? [])]) {
      try {
        onMissed?.();
      } catch {
        // one failing subscriber must not starve the others
      }
    }
  }

  private startWatching(): void {
    if (this.latestSeqs === undefined || this.watchTimer || this.closed) return;
    this.watchTimer = setInterval(() => void this.watchQuietEcosystems(), this.watchEveryMs);
    this.watchTimer.unref();
  }

  /**
   * For the ecosystems Redis has been quiet about for a while, compares the table's newest seq with the
   * newest delivered, and tells their subscribers when the table is ahead. The first look at an
   * ecosystem always tells them: what was committed between their subscribing and now is unknown.
   */
  private async watchQuietEcosystems(): Promise<void> {
    if (this.watching || this.latestSeqs === undefined) return;
    const now = Date.now();
    const quiet = [...this.subscriptions.keys()].filter(
      (id) => now - (this.delivered.get(id)?.at ?? 0) >= this.watchEveryMs,
    );
    if (quiet.length === 0) return;
    this.watching = true;
    try {
      const latest = await this.latestSeqs(quiet);
      for (const id of quiet) {
        const seq = latest.get(id);
        if (seq === undefined || !this.subscriptions.has(id)) continue;
        const seen = this.delivered.get(id);
        if (seen !== undefined && seq <= seen.seq) {
          seen.at = now;
          continue;
        }
        this.delivered.set(id, { seq, at: now });
        this.tellMissed(id);
      }
    } catch {
      // the database is away: the next interval tries again
    } finally {
      this.watching = false;
    }
  }

  private deliver(channel: string, message: Buffer): void {
    const ecosystemId = channel.slice('ecosystem:'.length, -':events'.length);
    const set = this.subscriptions.get(ecosystemId);
    if (!set || set.size === 0) return;
    let events: EcosystemEvent[];
    try {
      events = JSON.parse(message.toString()) as EcosystemEvent[];
    } catch {
      return; // not ours; a malformed message must not take the node down
    }
    const newest = events.reduce((max, e) => Math.max(max, e.seq), 0);
    const seen = this.delivered.get(ecosystemId);
    this.delivered.set(ecosystemId, { seq: Math.max(newest, seen?.seq ?? 0), at: Date.now() });
    for (const event of events) {
      for (const { listener } of set) {
        try {
          listener(event);
        } catch {
          // one failing subscriber must not starve the others
        }
      }
    }
  }
}

/** Resolves once the connection is ready (at once if it is). */
function whenReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onReady = () => {
      redis.off('end', onEnd);
      resolve();
    };
    const onEnd = () => {
      redis.off('ready', onReady);
      reject(new Error('Redis connection closed'));
    };
    redis.once('ready', onReady);
    redis.once('end', onEnd);
  });
}
