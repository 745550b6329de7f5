import type { EcosystemEvent } from '@ensemble/sdk';

/** Most recent events the app keeps in memory for the feed and the chat enrichment. */
export const KEPT_EVENTS = 200;
/** Events loaded from the log on opening an ecosystem, so the feed is not empty on arrival. */
export const BACKFILL_EVENTS = 60;
/**
 * The character list is reloaded at most this often while events stream in: a scenario turn brings
 * several events at once, and one reload covers them all.
 */
export const SNAPSHOT_REFRESH_MS = 1_200;

/** Event types after which the ecosystem or its character list (moods, energy) no longer match what is stored. */
const CHANGES_SNAPSHOT: ReadonlySet<string> = new Set([
  'character_state_changed',
  'character_created',
  'character_updated',
  'character_deleted',
  'ecosystem_updated',
]);

/** Whether an event calls for reloading the ecosystem and its characters. */
export function changesSnapshot(event: EcosystemEvent): boolean {
  return CHANGES_SNAPSHOT.has(event.type);
}

/** Adds newly arrived events to the kept ones: seq order, each seq once, the newest `limit` kept. */
export function keepEvents(
  kept: readonly EcosystemEvent[],
  arrived: readonly EcosystemEvent[],
  limit = KEPT_EVENTS,
): EcosystemEvent[] {
  const bySeq = new Map<number, EcosystemEvent>();
  for (const event of kept) bySeq.set(event.seq, event);
  for (const event of arrived) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(-limit);
}
