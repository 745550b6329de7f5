import type { EcosystemEvent } from '../model/views.ts';
import { categoryOf, charactersIn, type FeedCategory } from './event-subjects.ts';

/** Events shown by default in a feed. */
export const FEED_MAX_ITEMS = 50;

/** What the reader chose to see. */
export interface FeedFilter {
  category: FeedCategory | 'all';
  characterId: string | null;
}

/**
 * The events to show: newest first (by seq), each once, matching the filter, at most `maxItems`.
 * A played turn is left out of "all": its interaction already tells the same story in more words.
 */
export function feedItems(events: readonly EcosystemEvent[], filter: FeedFilter, maxItems: number): EcosystemEvent[] {
  const seen = new Set<number>();
  const shown: EcosystemEvent[] = [];
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  for (const event of newestFirst) {
    if (shown.length >= maxItems) break;
    if (seen.has(event.seq)) continue;
    seen.add(event.seq);
    if (!matches(event, filter)) continue;
    shown.push(event);
  }
  return shown;
}

function matches(event: EcosystemEvent, filter: FeedFilter): boolean {
  if (filter.category === 'all') {
    if (event.type === 'scenario_turn' && !(event.data as { skipped?: unknown }).skipped) return false;
  } else if (categoryOf(event.type) !== filter.category) {
    return false;
  }
  return filter.characterId === null || charactersIn(event).has(filter.characterId);
}
