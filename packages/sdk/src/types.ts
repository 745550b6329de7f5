/**
 * Types of the API as the SDK exposes them, derived from the API's router through a type-only import,
 * so the SDK's JavaScript carries no server code and every change to the API shows up here at compile time.
 */
import type { AppRouter } from '@ensemble/api/router';
import type { TRPCClient } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type { AppRouter };
/** Inputs of every procedure, by router and procedure name (e.g. `RouterInputs['characters']['create']`). */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Outputs of every procedure, by router and procedure name. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
/** The fully typed tRPC client, for anything the convenience methods do not cover. */
export type EnsembleTRPCClient = TRPCClient<AppRouter>;

/**
 * The state of the live connection.
 * - `idle`: nothing has needed it yet
 * - `connecting`: opening for the first time
 * - `open`: connected; subscriptions receive events
 * - `reconnecting`: the connection dropped; retrying with backoff, then resuming where it stopped
 * - `closed`: closed for good (by `close()`/`unsubscribe()`, or after an error that retrying cannot fix)
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

/** What a successful register, login or refresh returns: the user and a fresh pair of tokens. */
export type AuthSession = RouterOutputs['auth']['login'];
/** The signed-in user. */
export type User = RouterOutputs['auth']['me'];
/** Tokens the SDK holds; passed to `onTokens` after every sign-in and refresh so an app can persist them. */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export type Ecosystem = RouterOutputs['ecosystems']['get'];
export type Dashboard = RouterOutputs['ecosystems']['dashboard'];
export type EcosystemGraph = RouterOutputs['ecosystems']['graph'];
export type Character = RouterOutputs['characters']['create'];
export type InteractionResult = RouterOutputs['interactions']['create'];
export type NamedRelationship = RouterOutputs['relationships']['byCharacter'][number];
export type RelationshipPair = RouterOutputs['relationships']['between'];
export type RelationshipHistory = RouterOutputs['relationships']['history'];
export type Scenario = RouterOutputs['scenarios']['get'];
export type InterventionResult = RouterOutputs['scenarios']['intervene'];
export type Transcript = RouterOutputs['scenarios']['transcript'];

export type RegisterInput = RouterInputs['auth']['register'];
export type LoginInput = RouterInputs['auth']['login'];
export type CreateEcosystemInput = RouterInputs['ecosystems']['create'];
export type EcosystemPatch = Omit<RouterInputs['ecosystems']['update'], 'id'>;
export type CreateCharacterInput = Omit<RouterInputs['characters']['create'], 'ecosystemId'>;
export type CharacterPatch = Omit<RouterInputs['characters']['update'], 'id'>;
export type InteractInput = RouterInputs['interactions']['create'];
export type RelationshipHistoryOptions = Omit<RouterInputs['relationships']['history'], 'fromId' | 'toId'>;
export type StartScenarioInput = Omit<RouterInputs['scenarios']['create'], 'ecosystemId'>;
export type InterveneInput = Omit<RouterInputs['scenarios']['intervene'], 'scenarioId'>;
export type TranscriptOptions = Omit<RouterInputs['scenarios']['transcript'], 'id'>;
