export { applyEvent, emptyReplayState, replayEvents, REPLAY_STATE_VERSION } from './replay.ts';
export type { ReplayCharacter, ReplayRelationship, ReplayScenario, ReplayState } from './replay.ts';
