import type { EcosystemHandle, EnsembleClient } from '@ensemble/sdk';
import { FEED_MAX_ITEMS } from '../feed/feed-items.ts';
import type { EcosystemEvent } from '../model/views.ts';
import { currentSeq } from './client.ts';
import { useLiveSnapshot, type LiveValue, type Snapshot } from './use-live-snapshot.ts';

/** Events kept in memory at least: more than a feed shows, so a filter still finds earlier matches. */
export const FEED_KEPT_EVENTS = 200;

/** `events` with `event` added (once per seq), the newest `limit` kept. */
export function keepRecent(
  events: readonly EcosystemEvent[],
  event: EcosystemEvent,
  limit: number,
): readonly EcosystemEvent[] {
  if (events.some((e) => e.seq === event.seq)) return events;
  const kept = [...events, event];
  return kept.length > limit ? kept.slice(kept.length - limit) : kept;
}

/**
 * The ecosystem's recent events: the last `backlog` replayed (a subscription from the newest seq minus
 * `backlog`), then live ones as they happen.
 */
export function useLiveFeed(
  client: EnsembleClient,
  ecosystemId: string,
  backlog: number = FEED_MAX_ITEMS,
): LiveValue<readonly EcosystemEvent[]> {
  const limit = Math.max(backlog, FEED_KEPT_EVENTS);
  const { value, error } = useLiveSnapshot(client, ecosystemId, {
    load: async (handle: EcosystemHandle, c: EnsembleClient): Promise<Snapshot<readonly EcosystemEvent[]>> => {
      const lastSeq = await currentSeq(c, handle.id);
      return { value: [], lastSeq: Math.max(0, lastSeq - backlog) };
    },
    apply: (events, event) => keepRecent(events, event, limit),
    key: String(backlog),
  });
  return { value, error };
}
