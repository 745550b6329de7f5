export type {
  CharacterCreatedData,
  CharacterDeletedData,
  CharacterInteractionData,
  CharacterSnapshotData,
  CharacterStateChangedData,
  CharacterUpdatedData,
  ConversationCloseReason,
  ConversationClosingData,
  ConversationData,
  ConversationLineData,
  EcosystemUpdatedData,
  EventDataByType,
  ObjectiveData,
  PersonalityDriftedData,
  RelationshipChangeData,
  RelationshipChangedData,
  ScenarioEndedData,
  ScenarioPausedData,
  ScenarioResumedData,
  ScenarioStartedData,
  ScenarioTurnData,
  StateChangeCause,
  UserInterventionData,
} from './event-data.ts';
export { asKnownEvent, isEventOfType, isoTimestamp } from './typed.ts';
export type { KnownEcosystemEvent, TypedEcosystemEvent, TypedEventDraft } from './typed.ts';
export {
  characterInteractionEvent,
  characterStateChangedEvent,
  relationshipChangeData,
  relationshipChangedEvent,
} from './interaction-events.ts';
export type { CharacterInteractionEventInput } from './interaction-events.ts';
export {
  characterCreatedEvent,
  characterDeletedEvent,
  characterSnapshot,
  characterUpdatedEvent,
  ecosystemUpdatedEvent,
  personalityDriftedEvent,
} from './character-events.ts';
export {
  scenarioEndedEvent,
  scenarioPausedEvent,
  scenarioResumedEvent,
  scenarioStartedEvent,
  scenarioTurnEvent,
  userInterventionEvent,
  objectiveEvent,
  objectiveData,
  conversationData,
  conversationFromData,
} from './scenario-events.ts';
export type { TurnSummary, UserInterventionEventInput } from './scenario-events.ts';
