import { isEventOfType } from '@ensemble/sdk';
import { useEffect, useRef, useState } from 'react';
import { useConnectionStatus, useEcosystemEvents } from '../data/use-ecosystem-events.ts';
import { useLiveGraph } from '../data/use-live-graph.ts';
import { RelationshipGraph, type RelationshipGraphProps } from '../graph/RelationshipGraph.tsx';
import type { LiveWidgetProps } from './live-props.ts';
import { LoadState } from './LoadState.tsx';

/** How long the speaker of an exchange glows, ms. */
const SPEAKER_GLOW_MS = 2500;

/**
 * RelationshipGraph fed by the API and kept current by live events; the speaker of each exchange glows.
 * Communities come from the API's `graph.communities` (offered as a colouring) and are re-read when the
 * set of ties changes.
 */
export function LiveRelationshipGraph({
  client,
  ecosystemId,
  ...rest
}: LiveWidgetProps & Omit<RelationshipGraphProps, 'graph'>) {
  const graph = useLiveGraph(client, ecosystemId);
  const status = useConnectionStatus(client);
  const [communities, setCommunities] = useState<Record<string, number> | null>(null);
  const wantCommunities = rest.communities === undefined;
  const [speakerId, setSpeakerId] = useState<string | null>(null);
  const glow = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEcosystemEvents(client, ecosystemId, {
    onEvent: (event) => {
      if (!isEventOfType(event, 'character_interaction')) return;
      setSpeakerId(event.data.participants[0]);
      if (glow.current !== null) clearTimeout(glow.current);
      glow.current = setTimeout(() => setSpeakerId(null), SPEAKER_GLOW_MS);
    },
  });
  useEffect(
    () => () => {
      if (glow.current !== null) clearTimeout(glow.current);
    },
    [],
  );
  const ties = graph.value?.edges.length ?? 0;

  useEffect(() => {
    if (!wantCommunities) return undefined;
    let current = true;
    client.trpc.graph.communities.query({ ecosystemId }).then(
      (found) => {
        if (current) setCommunities(found);
      },
      () => {
        if (current) setCommunities(null);
      },
    );
    return () => {
      current = false;
    };
  }, [client, ecosystemId, wantCommunities, ties]);

  if (graph.value === null) return <LoadState what="the relationship graph" error={graph.error} />;
  return (
    <RelationshipGraph
      graph={graph.value}
      status={status}
      speakerId={speakerId}
      {...(wantCommunities ? { communities } : {})}
      {...rest}
    />
  );
}
