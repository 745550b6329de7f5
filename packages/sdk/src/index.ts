export { createEnsembleClient } from './client.ts';
export type { EnsembleClient } from './client.ts';
export type { EcosystemHandle } from './ecosystem-handle.ts';
export { EnsembleError, SDK_ERROR_CODES } from './errors.ts';
export type { EnsembleErrorCode } from './errors.ts';
export { isEventOfType } from './events.ts';
export type { EventSubscription, SubscribeOptions } from './live/event-subscription.ts';
export type { StreamOptions } from './live/event-stream.ts';
export type { EnsembleAuth, EnsembleClientOptions, TokensListener } from './options.ts';
export type {
  AppRouter, AuthSession, Character, CharacterPatch, ConnectionStatus, CreateCharacterInput, CreateEcosystemInput,
  Dashboard, Ecosystem, EcosystemGraph, EcosystemPatch, EnsembleTRPCClient, InteractInput, InteractionResult,
  InterveneInput, InterventionResult, LoginInput, NamedRelationship, RegisterInput, RelationshipHistory,
  RelationshipHistoryOptions, RelationshipPair, RouterInputs, RouterOutputs, Scenario, StartScenarioInput, Tokens,
  Transcript, TranscriptOptions, User,
} from './types.ts';
export type {
  CharacterCreatedData, CharacterDeletedData, CharacterInteractionData, CharacterStateChangedData,
  CharacterUpdatedData, EcosystemEvent, EcosystemUpdatedData, EventDataByType, EventType, InteractionType,
  RelationshipChangedData, RelationshipLabel, ScenarioEndedData, ScenarioStartedData, ScenarioTurnData,
  TypedEcosystemEvent, UserInterventionData, ConversationLineData, ObjectiveData, Objective, ObjectiveState,
} from '@ensemble/core';
