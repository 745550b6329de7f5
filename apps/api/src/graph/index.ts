import type { SocialGraph } from '@ensemble/core';
import { InProcessSocialGraph } from '../adapters/in-process-graph/in-process-social-graph.ts';
import { Neo4jSocialGraph } from '../adapters/neo4j/neo4j-social-graph.ts';

/**
 * The social graph for this process: on Neo4j when `neo4jUrl` is set (shared by every API node),
 * otherwise in process. Either way it starts empty for ecosystems it hasn't seen: rebuild each
 * ecosystem (rebuildGraph) before serving it, then feed it committed events (applyEventsToGraph).
 */
export async function createSocialGraph(config: { neo4jUrl: string | null }): Promise<SocialGraph> {
  return config.neo4jUrl === null ? new InProcessSocialGraph() : Neo4jSocialGraph.connect(config.neo4jUrl);
}

export { detectCommunities, COMMUNITY_SEED, type CommunityOptions } from './communities.ts';
export { FRIEND_MIN_STRENGTH } from './rules.ts';
export {
  applyEventsToGraph, rebuildGraph, type CharacterNameLookup, type GraphSource,
} from './sync.ts';
