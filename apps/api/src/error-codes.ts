import type { EngineErrorCode } from '@ensemble/core';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

/**
 * Every `appCode` the API itself gives clients (in `{ error: { code } }`, tRPC's `data.appCode`, and the
 * plain stream's close reasons). The engine's codes come on top (ENGINE_ERROR_CODES), as does tRPC's own
 * code in lower case for failures tRPC reports itself. A new code is added here first, then thrown.
 */
export const API_ERROR_CODES = [
  // Input and conflicts
  'invalid_input',
  'conflict',
  'not_found',
  'different_ecosystems',
  'invalid_idempotency_key',
  'idempotency_in_progress',
  'idempotency_key_reused',
  'seq_out_of_range',
  'invalid_fork_change',
  'bundle_too_large',
  'bundle_malformed',
  'bundle_unsupported_version',
  // Resources
  'ecosystem_not_found',
  'character_not_found',
  'character_name_taken',
  'scenario_not_found',
  'document_not_found',
  'api_key_not_found',
  'too_many_api_keys',
  'embeddings_not_configured',
  'embeddings_unavailable',
  // Authentication and authorization
  'unauthenticated',
  'invalid_credentials',
  'email_taken',
  'token_expired',
  'token_invalid',
  'origin_not_allowed',
  'refresh_token_expired',
  'refresh_token_invalid',
  'refresh_token_reused',
  'session_required',
  'secret_key_required',
  'publishable_key_invalid',
  'insufficient_scope',
  'key_revoked',
  // Capacity and the server's state
  'rate_limited',
  'too_many_connections',
  'server_busy',
  'server_shutdown',
  'unknown_message',
  'internal_error',
] as const;

/** A code of the API's own list. */
export type ApiOwnErrorCode = (typeof API_ERROR_CODES)[number];

/** Every code a client can receive from this API. */
export type ApiErrorCode = ApiOwnErrorCode | EngineErrorCode | Lowercase<TRPC_ERROR_CODE_KEY>;
