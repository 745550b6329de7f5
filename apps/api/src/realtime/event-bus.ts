import type { EcosystemEvent, Id } from '@ensemble/core';

/**
 * Live delivery of committed events. In-process by default; Redis pub/sub across nodes.
 * Delivery may be lossy (a subscriber fills gaps from the events table); order per ecosystem is by seq.
 */
export interface EventBus {
  /** Called only after the transaction that appended the events has committed. */
  publish(events: readonly EcosystemEvent[]): Promise<void>;
  /** Listener receives events of one ecosystem; returns an unsubscribe function. */
  subscribe(ecosystemId: Id, listener: (event: EcosystemEvent) => void): () => void;
  close(): Promise<void>;
}
