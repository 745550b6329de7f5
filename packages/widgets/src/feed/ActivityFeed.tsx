import type { ConnectionStatus } from '@ensemble/sdk';
import { useId, useMemo, useState } from 'react';
import { ConnectionBadge } from '../connected/ConnectionBadge.tsx';
import type { EcosystemEvent } from '../model/views.ts';
import { relativeTime } from '../time/relative-time.ts';
import { useNow } from '../time/use-now.ts';
import { describeEvent, type NameOf } from './describe-event.ts';
import { categoryOf, FEED_CATEGORIES, type FeedCategory } from './event-subjects.ts';
import { feedGroups, quietSentence, type FeedGroup } from './feed-groups.ts';
import { FEED_MAX_ITEMS, feedItems, type FeedFilter } from './feed-items.ts';

/** Display names by character id. */
export type CharacterNames = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

export interface ActivityFeedProps {
  /** Events in any order; shown newest first, each seq once. */
  events: readonly EcosystemEvent[];
  /** Names of the characters the events mention (ids without a name show as "someone"). */
  names?: CharacterNames;
  /** Most events shown. @default 50 */
  maxItems?: number;
  /** "Now" for relative times; the feed keeps its own clock when omitted. */
  now?: number;
  /** Show the type and character filters. @default true */
  showFilters?: boolean;
  /** Filter to start with. */
  defaultFilter?: Partial<FeedFilter>;
  /** Heading. @default 'Activity' */
  title?: string;
  /** Live connection state, shown in the header when given. */
  status?: ConnectionStatus | undefined;
}

/**
 * Live activity as plain sentences ("Mara greeted Theo; trust +0.02"), newest first, filterable: each
 * exchange is one entry with the feelings and relationships it moved under it, and quiet turns in a row
 * are one line.
 */
export function ActivityFeed(props: ActivityFeedProps) {
  const { events, names, maxItems = FEED_MAX_ITEMS, showFilters = true, title = 'Activity' } = props;
  const [filter, setFilter] = useState<FeedFilter>({
    category: props.defaultFilter?.category ?? 'all',
    characterId: props.defaultFilter?.characterId ?? null,
  });
  const clock = useNow(props.now);
  const nameOf = useMemo(() => nameLookup(names), [names]);
  const items = useMemo(() => feedItems(events, filter, maxItems), [events, filter, maxItems]);
  const groups = useMemo(() => feedGroups(items), [items]);
  // A client clock behind the server's would make every time read "just now": the newest event is never
  // in the future.
  const newest = items[0] === undefined ? Number.NaN : Date.parse(items[0].timestamp);
  const now = props.now ?? (Number.isNaN(newest) ? clock : Math.max(clock, newest));
  const characters = useMemo(() => sortedNames(names), [names]);
  const ids = { type: useId(), character: useId(), heading: useId() };

  return (
    <section className="ens-widget ens-feed" aria-labelledby={ids.heading}>
      <header className="ens-widget-header">
        <h2 className="ens-widget-title" id={ids.heading}>
          {title}
        </h2>
        {props.status && <ConnectionBadge status={props.status} />}
        {showFilters && (
          <div className="ens-feed-filters">
            <label className="ens-field ens-field--inline" htmlFor={ids.type}>
              <span>Show</span>
              <select
                id={ids.type}
                className="ens-select"
                value={filter.category}
                onChange={(e) => setFilter({ ...filter, category: e.target.value as FeedFilter['category'] })}
              >
                <option value="all">All activity</option>
                {Object.entries(FEED_CATEGORIES).map(([key, { label }]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label className="ens-field ens-field--inline" htmlFor={ids.character}>
              <span>Character</span>
              <select
                id={ids.character}
                className="ens-select"
                value={filter.characterId ?? ''}
                onChange={(e) => setFilter({ ...filter, characterId: e.target.value || null })}
              >
                <option value="">Everyone</option>
                {characters.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
      </header>
      {items.length === 0 ? (
        <p className="ens-empty">
          {events.length === 0 ? 'No activity yet. Events appear here as they happen.' : 'Nothing matches this filter.'}
        </p>
      ) : (
        <ol className="ens-feed-list" aria-label={`${title}, newest first`}>
          {groups.map((group) => (
            <FeedEntry key={group.newestSeq} group={group} nameOf={nameOf} now={now} />
          ))}
        </ol>
      )}
    </section>
  );
}

/** Sub-lines shown under a moment before the rest fold away. */
const SHOWN_CAUSES = 2;

function FeedEntry({ group, nameOf, now }: { group: FeedGroup; nameOf: NameOf; now: number }) {
  const lead = group.kind === 'moment' ? group.head : group.turns[0]!;
  const category: FeedCategory = categoryOf(lead.type);
  const detail = group.kind === 'moment' ? detailOf(group.head) : null;
  const causes = group.kind === 'moment' ? group.rest.map((e) => describeEvent(e, nameOf)) : [];
  return (
    <li
      className={`ens-feed-item ens-feed-item--${category}${group.kind === 'quiet' ? ' ens-feed-item--quiet' : ''}`}
      data-seq={group.newestSeq}
      data-type={lead.type}
      data-events={group.kind === 'moment' ? group.rest.length + 1 : group.turns.length}
    >
      <span className="ens-feed-dot" aria-hidden="true" />
      <div className="ens-feed-body">
        <p className="ens-feed-sentence">
          {group.kind === 'moment' ? describeEvent(group.head, nameOf) : quietSentence(group.turns)}
        </p>
        {detail && <p className="ens-feed-detail">{detail}</p>}
        {causes.length > 0 && (
          <ul className="ens-feed-causes">
            {causes.slice(0, SHOWN_CAUSES).map((text, i) => (
              <li key={i}>{text}</li>
            ))}
            {causes.length > SHOWN_CAUSES && (
              <li>
                <details>
                  <summary>{causes.length - SHOWN_CAUSES} more</summary>
                  <ul>
                    {causes.slice(SHOWN_CAUSES).map((text, i) => (
                      <li key={i}>{text}</li>
                    ))}
                  </ul>
                </details>
              </li>
            )}
          </ul>
        )}
      </div>
      <time className="ens-feed-time" dateTime={lead.timestamp} title={new Date(lead.timestamp).toLocaleString()}>
        {relativeTime(lead.timestamp, now)}
      </time>
    </li>
  );
}

/** The words spoken, when an event has any. */
function detailOf(event: EcosystemEvent): string | null {
  const d = event.data as { content?: unknown; message?: unknown };
  const said =
    event.type === 'character_interaction' ? d.content : event.type === 'user_intervention' ? d.message : null;
  return typeof said === 'string' && said.trim() ? `“${said.trim()}”` : null;
}

/** A name resolver over a record or map; unknown ids read "someone". */
export function nameLookup(names: CharacterNames | undefined): NameOf {
  if (names === undefined) return () => 'someone';
  if (names instanceof Map) return (id) => names.get(id) ?? 'someone';
  const record = names as Readonly<Record<string, string>>;
  return (id) => (Object.hasOwn(record, id) ? (record[id] ?? 'someone') : 'someone');
}

function sortedNames(names: CharacterNames | undefined): Array<[string, string]> {
  if (names === undefined) return [];
  const entries = names instanceof Map ? [...names.entries()] : Object.entries(names as Record<string, string>);
  return entries.sort((a, b) => a[1].localeCompare(b[1]));
}
