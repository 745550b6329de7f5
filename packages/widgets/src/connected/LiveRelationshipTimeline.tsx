import { useState } from 'react';
import { useLiveCharacters } from '../data/use-live-characters.ts';
import { useRelationshipHistory } from '../data/use-relationship-history.ts';
import { RelationshipTimeline } from '../timeline/RelationshipTimeline.tsx';
import type { LiveWidgetProps } from './live-props.ts';

export interface LiveRelationshipTimelineProps extends LiveWidgetProps {
  /** The pair to start with; the reader can choose another. */
  fromId?: string | null;
  toId?: string | null;
  /** Called when the reader picks another pair. */
  onPairChange?: (fromId: string | null, toId: string | null) => void;
}

/** RelationshipTimeline with pair pickers, reading the pair's history and appending live changes. */
export function LiveRelationshipTimeline({
  client,
  ecosystemId,
  onPairChange,
  ...initial
}: LiveRelationshipTimelineProps) {
  const [pair, setPair] = useState({ fromId: initial.fromId ?? null, toId: initial.toId ?? null });
  const characters = useLiveCharacters(client, ecosystemId);
  const history = useRelationshipHistory(client, ecosystemId, pair.fromId, pair.toId);
  const nameOf = (id: string | null) => characters.value?.find((c) => c.id === id)?.name ?? '…';
  return (
    <RelationshipTimeline
      points={history.value ?? []}
      fromName={nameOf(pair.fromId)}
      toName={nameOf(pair.toId)}
      characters={characters.value ?? []}
      fromId={pair.fromId}
      toId={pair.toId}
      onPairChange={(fromId, toId) => {
        setPair({ fromId, toId });
        onPairChange?.(fromId, toId);
      }}
    />
  );
}
