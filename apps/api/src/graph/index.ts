import type { SocialGraph } from '@ensemble/core';
import { InProcessSocialGraph } from '../adapters/in-process-graph/in-process-social-graph.ts';
import { Neo4jSocialGraph } from '../adapters/neo4j/neo4j-social-graph.ts';
import { InMemoryGraphProgress } from './graph-progress.ts';
import { LiveGraph, type LiveGraphStore } from './live-graph.ts';

/**
 * The social graph for this process: on Neo4j when `neo4jUrl` is set (shared by every API node),
 * otherwise in process. Either way it starts empty for ecosystems it hasn't seen: rebuild each
 * ecosystem (rebuildGraph) before serving it, then feed it committed events (applyEventsToGraph).
 */
export async function createSocialGraph(config: { neo4jUrl: string | null }): Promise<SocialGraph> {
  return config.neo4jUrl === null ? new InProcessSocialGraph() : Neo4jSocialGraph.connect(config.neo4jUrl);
}

/**
 * The graph this API node serves queries from, kept in step with the event log: on Neo4j when
 * `neo4jUrl` is set (shared by every node, pushed forward on each commit), else in process (caught up
 * when queried). Either way an ecosystem is built from the store on its first use.
 */
export async function createLiveGraph(options: {
  neo4jUrl: string | null; store: LiveGraphStore; log?: (line: string) => void;
}): Promise<LiveGraph> {
  const { neo4jUrl, store, log } = options;
  if (neo4jUrl === null) {
    return new LiveGraph({ graph: new InProcessSocialGraph(), progress: new InMemoryGraphProgress(), store, shared: false, ...(log ? { log } : {}) });
  }
  const graph = await Neo4jSocialGraph.connect(neo4jUrl);
  return new LiveGraph({ graph, progress: graph.progress, store, shared: true, ...(log ? { log } : {}) });
}

export { LiveGraph, type LiveGraphOptions, type LiveGraphStore } from './live-graph.ts';
export { InMemoryGraphProgress, type GraphProgress } from './graph-progress.ts';
export { detectCommunities, COMMUNITY_SEED, type CommunityOptions } from './communities.ts';
export { FRIEND_MIN_STRENGTH } from './rules.ts';
export {
  applyEventsToGraph, rebuildGraph, type CharacterNameLookup, type GraphSource,
} from './sync.ts';
