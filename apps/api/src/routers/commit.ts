import type { EcosystemEvent, EventDraft } from '@ensemble/core';
import type { AppServices } from '../services.ts';
import type { AppStore } from '../store/app-store.ts';

/** What a write returns: its result and the events describing it. */
export interface WriteWithEvents<T> {
  result: T;
  events: EventDraft[];
}

/**
 * Runs `work` in one transaction together with appending its events (so state and log never disagree).
 * The store publishes the stored events itself once committed (`AppStore.onCommitted`).
 */
export async function commitWithEvents<T>(
  services: Pick<AppServices, 'store'>,
  work: (tx: AppStore) => Promise<WriteWithEvents<T>>,
): Promise<{ result: T; events: EcosystemEvent[] }> {
  return services.store.transaction(async (tx) => {
    const { result, events } = await work(tx);
    return { result, events: events.length > 0 ? await tx.appendEvents(events) : [] };
  });
}
