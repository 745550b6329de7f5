export { applyEvent, emptyReplayState, replayEvents } from './replay.ts';
export type { ReplayCharacter, ReplayRelationship, ReplayState } from './replay.ts';
