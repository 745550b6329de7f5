export { LiveGraph, type LiveGraphOptions, type LiveGraphStore } from './live-graph.ts';
export { InMemoryGraphProgress, type GraphProgress } from './graph-progress.ts';
export { detectCommunities, COMMUNITY_SEED, type CommunityOptions } from './communities.ts';
export { FRIEND_MIN_STRENGTH } from './rules.ts';
export { applyEventsToGraph, rebuildGraph, type CharacterNameLookup, type GraphSource } from './sync.ts';
