import type { EcosystemEvent, Id } from '@ensemble/core';
import type { EventBus } from '../realtime/event-bus.ts';
import type { Metrics } from './metrics.ts';

/**
 * An event bus that measures what passes through it: commit-to-publish (from `afterCommit` to the publish
 * resolving, via {@link MeteredEventBus.publishCommitted}), publish-to-send (from the bus handing a live event
 * to this node to its stream passing it on), events delivered, and how far behind subscribers are.
 */
export class MeteredEventBus implements EventBus {
  /** When each live event reached this node; weak, so events nobody streams are not kept. */
  readonly #arrived = new WeakMap<EcosystemEvent, number>();
  /** The newest seq this node has seen per ecosystem (to say how far behind a subscriber is). */
  readonly #newest = new Map<Id, number>();
  readonly idleCheckMs?: number;

  constructor(
    readonly inner: EventBus,
    private readonly metrics: Metrics,
  ) {
    if (inner.idleCheckMs !== undefined) this.idleCheckMs = inner.idleCheckMs;
  }

  publish(events: readonly EcosystemEvent[]): Promise<void> {
    return this.inner.publish(events);
  }

  /** Publishes events committed at `committedAt` (performance.now()) and records the commit-to-publish time. */
  async publishCommitted(events: readonly EcosystemEvent[], committedAt: number): Promise<void> {
    await this.inner.publish(events);
    this.metrics.commitToPublish.observe((performance.now() - committedAt) / 1000);
  }

  subscribe(ecosystemId: Id, listener: (event: EcosystemEvent) => void, onMissed?: () => void): () => void {
    this.metrics.eventSubscriptions.inc();
    let open = true;
    const unsubscribe = this.inner.subscribe(
      ecosystemId,
      (event) => {
        this.#arrived.set(event, performance.now());
        if (event.seq > (this.#newest.get(ecosystemId) ?? 0)) this.#newest.set(ecosystemId, event.seq);
        listener(event);
      },
      onMissed,
    );
    return () => {
      if (open) this.metrics.eventSubscriptions.dec();
      open = false;
      unsubscribe();
    };
  }

  passedOn(run: readonly EcosystemEvent[]): void {
    const last = run.at(-1);
    if (last === undefined) return;
    this.metrics.eventsDelivered.inc(run.length);
    const arrived = this.#arrived.get(last);
    if (arrived !== undefined) this.metrics.publishToSend.observe((performance.now() - arrived) / 1000);
    this.metrics.subscriberLag.observe(Math.max(0, (this.#newest.get(last.ecosystemId) ?? last.seq) - last.seq));
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** Counts committed events by type, and scenario turns and skips among them. */
export function countCommitted(metrics: Metrics, events: readonly EcosystemEvent[]): void {
  for (const event of events) {
    metrics.eventsCommitted.inc({ type: event.type });
    if (event.type !== 'scenario_turn') continue;
    metrics.scenarioTurns.inc();
    const skipped = event.data['skipped'];
    if (typeof skipped === 'string') metrics.scenarioSkips.inc({ reason: skipped.slice(0, 40) });
  }
}
