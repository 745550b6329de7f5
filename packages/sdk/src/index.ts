export { createEnsembleClient } from './client.ts';
export type { EnsembleClient } from './client.ts';
export type { CardInput, EcosystemHandle } from './ecosystem-handle.ts';
export { EnsembleError, SDK_ERROR_CODES } from './errors.ts';
export type { EnsembleErrorCode } from './errors.ts';
export { isEventOfType } from './events.ts';
// The engine's vocabularies and limits, from their one definition (a small pure module, bundled).
export {
  asKnownEvent,
  ENGINE_ERROR_CODES,
  EVENT_TYPES,
  MOOD_OCTANTS,
  SCENARIO_LIMITS,
  SCENARIO_MOODS,
} from '@ensemble/core/vocabulary';
export type { EventSubscription, SubscribeOptions } from './live/event-subscription.ts';
export type { LineDelta } from './live/line-deltas.ts';
export type { StreamOptions } from './live/event-stream.ts';
export type { EnsembleAuth, EnsembleClientOptions, TokensListener } from './options.ts';
export type {
  AppRouter,
  AuthSession,
  Character,
  CharacterPatch,
  ConnectionStatus,
  CreateCharacterInput,
  CreateEcosystemInput,
  Dashboard,
  Ecosystem,
  EcosystemGraph,
  EcosystemPatch,
  EnsembleTRPCClient,
  InteractInput,
  InteractionResult,
  InterveneInput,
  InterventionResult,
  LoginInput,
  NamedRelationship,
  RegisterInput,
  RelationshipHistory,
  RelationshipHistoryOptions,
  RelationshipPair,
  RouterInputs,
  RouterOutputs,
  Scenario,
  StartScenarioInput,
  Tokens,
  Transcript,
  TranscriptOptions,
  User,
} from './types.ts';
export type {
  CharacterCreatedData,
  CharacterDeletedData,
  CharacterInteractionData,
  CharacterStateChangedData,
  CharacterUpdatedData,
  EcosystemEvent,
  EcosystemUpdatedData,
  EventDataByType,
  EventType,
  InteractionType,
  RelationshipChangedData,
  RelationshipLabel,
  ScenarioEndedData,
  ScenarioStartedData,
  ScenarioTurnData,
  TypedEcosystemEvent,
  UserInterventionData,
  ConversationLineData,
  ObjectiveData,
  Objective,
  ObjectiveState,
} from '@ensemble/core';
export type { KnownEcosystemEvent, MoodOctant, ScenarioMood } from '@ensemble/core';
