import { Redis } from 'ioredis';
import type { EcosystemEvent, Id } from '@ensemble/core';
import type { EventBus } from '../../realtime/event-bus.ts';

/** The pub/sub channel of an ecosystem's committed events (DESIGN.md §4). */
export function ecosystemChannel(ecosystemId: Id): string {
  return `ecosystem:${ecosystemId}:events`;
}

type Listener = (event: EcosystemEvent) => void;

/**
 * Fans committed events out to every API node through Redis pub/sub.
 * One message per commit (a JSON array of that commit's events) keeps a commit's events together and
 * halves round trips. Local listeners are fed only from Redis, so every node sees one order.
 * Delivery is at-most-once: a subscriber that notices a seq gap fills it from the events table.
 */
export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Map<Id, Set<Listener>>();
  private closed = false;

  constructor(url: string) {
    const options = { lazyConnect: false, maxRetriesPerRequest: 3, enableAutoPipelining: true };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, { ...options, maxRetriesPerRequest: null });
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.deliver(channel.toString(), message));
    // Errors surface through reconnects; an unhandled 'error' event would crash the process.
    this.publisher.on('error', () => {});
    this.subscriber.on('error', () => {});
  }

  /** Resolves when both connections are ready (tests and readiness checks). */
  async ready(): Promise<void> {
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
      [...byEcosystem].map(([ecosystemId, list]) => this.publisher.publish(ecosystemChannel(ecosystemId), JSON.stringify(list))),
    );
  }

  subscribe(ecosystemId: Id, listener: Listener): () => void {
    let set = this.listeners.get(ecosystemId);
    if (!set) {
      set = new Set();
      this.listeners.set(ecosystemId, set);
      void this.subscriber.subscribe(ecosystemChannel(ecosystemId)).catch(() => {});
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(ecosystemId);
      if (!current?.delete(listener) || current.size > 0) return;
      this.listeners.delete(ecosystemId);
      if (!this.closed) void this.subscriber.unsubscribe(ecosystemChannel(ecosystemId)).catch(() => {});
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }

  private deliver(channel: string, message: Buffer): void {
    const ecosystemId = channel.slice('ecosystem:'.length, -':events'.length);
    const set = this.listeners.get(ecosystemId);
    if (!set || set.size === 0) return;
    let events: EcosystemEvent[];
    try {
      events = JSON.parse(message.toString()) as EcosystemEvent[];
    } catch {
      return; // not ours; a malformed message must not take the node down
    }
    for (const event of events) {
      for (const listener of set) {
        try {
          listener(event);
        } catch {
          // one failing subscriber must not starve the others
        }
      }
    }
  }
}
