import type { EcosystemEvent, Id } from '@ensemble/core';
import type { EventBus } from './event-bus.ts';

type Listener = (event: EcosystemEvent) => void;

/**
 * The default EventBus: one process, synchronous fan-out to the listeners of each ecosystem.
 * A listener that throws is isolated so one broken subscriber cannot starve the others.
 */
export class InProcessEventBus implements EventBus {
  readonly #listeners = new Map<Id, Set<Listener>>();
  #closed = false;

  /** Delivers each event to the current listeners of its ecosystem, in the order given. */
  async publish(events: readonly EcosystemEvent[]): Promise<void> {
    if (this.#closed) return;
    for (const event of events) {
      const listeners = this.#listeners.get(event.ecosystemId);
      if (!listeners) continue;
      // Copy: a listener may unsubscribe (itself or another) while we iterate.
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          reportListenerError(error);
        }
      }
    }
  }

  /** Registers a listener for one ecosystem; the returned function removes it (idempotent). */
  subscribe(ecosystemId: Id, listener: Listener): () => void {
    if (this.#closed) return () => {};
    let listeners = this.#listeners.get(ecosystemId);
    if (!listeners) {
      listeners = new Set();
      this.#listeners.set(ecosystemId, listeners);
    }
    // Wrap so the same function subscribed twice counts twice and unsubscribes independently.
    const entry: Listener = (event) => listener(event);
    listeners.add(entry);
    return () => {
      const current = this.#listeners.get(ecosystemId);
      if (!current) return;
      current.delete(entry);
      if (current.size === 0) this.#listeners.delete(ecosystemId);
    };
  }

  /** Number of listeners of an ecosystem (observability and leak tests). */
  listenerCount(ecosystemId: Id): number {
    return this.#listeners.get(ecosystemId)?.size ?? 0;
  }

  /** Drops every listener; later publishes are no-ops. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#listeners.clear();
  }
}

function reportListenerError(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`event bus listener failed: ${message}\n`);
}
