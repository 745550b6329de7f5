import { useEffect, useState } from 'react';
import { useConnectionStatus } from '../data/use-ecosystem-events.ts';
import { useLiveGraph } from '../data/use-live-graph.ts';
import { RelationshipGraph, type RelationshipGraphProps } from '../graph/RelationshipGraph.tsx';
import type { LiveWidgetProps } from './live-props.ts';
import { LoadState } from './LoadState.tsx';

/**
 * RelationshipGraph fed by the API and kept current by live events. With `colourBy="community"` the
 * communities come from the API's `graph.communities` and are re-read when the set of ties changes.
 */
export function LiveRelationshipGraph({
  client,
  ecosystemId,
  ...rest
}: LiveWidgetProps & Omit<RelationshipGraphProps, 'graph'>) {
  const graph = useLiveGraph(client, ecosystemId);
  const status = useConnectionStatus(client);
  const [communities, setCommunities] = useState<Record<string, number> | null>(null);
  const wantCommunities = rest.colourBy === 'community' && rest.communities === undefined;
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
    <RelationshipGraph graph={graph.value} status={status} {...(wantCommunities ? { communities } : {})} {...rest} />
  );
}
