import { useMemo } from 'react';
import { useConnectionStatus } from '../data/use-ecosystem-events.ts';
import { namesOf, useLiveCharacters } from '../data/use-live-characters.ts';
import { useLiveFeed } from '../data/use-live-feed.ts';
import { ActivityFeed, type ActivityFeedProps } from '../feed/ActivityFeed.tsx';
import type { LiveWidgetProps } from './live-props.ts';
import { LoadState } from './LoadState.tsx';

/** ActivityFeed showing the ecosystem's recent events, then live ones as they happen. */
export function LiveActivityFeed({
  client,
  ecosystemId,
  backlog,
  ...rest
}: LiveWidgetProps & { backlog?: number } & Omit<ActivityFeedProps, 'events' | 'names'>) {
  const feed = useLiveFeed(client, ecosystemId, backlog);
  const characters = useLiveCharacters(client, ecosystemId);
  const status = useConnectionStatus(client);
  const names = useMemo(() => namesOf(characters.value), [characters.value]);
  if (feed.value === null) return <LoadState what="activity" error={feed.error} />;
  return <ActivityFeed events={feed.value} names={names} status={status} {...rest} />;
}
