import type { EcosystemEvent, EventDraft } from '@ensemble/core';
import type { AppServices } from '../services.ts';
import type { AppStore } from '../store/app-store.ts';

/** What a write returns: its result and the events describing it. */
export interface WriteWithEvents<T> {
  result: T;
  events: EventDraft[];
}

/**
 * Runs `work` in one transaction together with appending its events (so state and log never disagree),
 * then publishes the stored events once committed.
 */
export async function commitWithEvents<T>(
  services: AppServices, work: (tx: AppStore) => Promise<WriteWithEvents<T>>,
): Promise<{ result: T; events: EcosystemEvent[] }> {
  const committed = await services.store.transaction(async (tx) => {
    const { result, events } = await work(tx);
    return { result, events: events.length > 0 ? await tx.appendEvents(events) : [] };
  });
  await publishCommitted(services, committed.events);
  return committed;
}

/**
 * Hands committed events to what follows a commit (the bus, the graph: `services.afterCommit`). A delivery
 * failure does not fail the request: the events are already in the table, and subscribers fill gaps from it.
 */
export async function publishCommitted(services: AppServices, events: readonly EcosystemEvent[]): Promise<void> {
  await services.afterCommit(events);
}
