import type { EcosystemEvent, Id } from '@ensemble/core';

/**
 * Live delivery of committed events. In-process by default; Redis pub/sub across nodes.
 * Delivery may be lossy (a subscriber fills gaps from the events table); order per ecosystem is by seq.
 */
export interface EventBus {
  /** Called only after the transaction that appended the events has committed. */
  publish(events: readonly EcosystemEvent[]): Promise<void>;
  /**
   * Listener receives events of one ecosystem; returns an unsubscribe function. `onMissed` is called when
   * the bus knows it may have dropped events (e.g. it reconnected to Redis): the subscriber should look
   * in the events table.
   */
  subscribe(ecosystemId: Id, listener: (event: EcosystemEvent) => void, onMissed?: () => void): () => void;
  close(): Promise<void>;
  /**
   * How long a subscriber may wait without news before it checks the events table for events this bus
   * dropped without knowing (a lost publish). Absent or 0: the bus never drops silently.
   */
  readonly idleCheckMs?: number;
  /** Told of each run of events a stream has passed on to its consumer (metrics); optional. */
  passedOn?(run: readonly EcosystemEvent[]): void;
}
