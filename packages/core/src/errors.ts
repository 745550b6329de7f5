/**
 * Every code the engine raises, one list: the API passes them to clients as `appCode`, and the SDK's
 * `EnsembleErrorCode` includes them, so a client can switch on them with the compiler's help.
 */
export const ENGINE_ERROR_CODES = [
  'card_bad_base64',
  'card_image_too_large',
  'card_malformed',
  'card_png_malformed',
  'card_png_no_card',
  'card_too_large',
  'card_unsupported_spec',
  'content_too_long',
  'duplicate_participants',
  'empty_choice',
  'invalid_cast',
  'invalid_interaction_type',
  'invalid_intervention',
  'invalid_personality',
  'invalid_scenario',
  'no_available_participant',
  'not_a_participant',
  'participant_inactive',
  'participant_not_found',
  'scenario_ended',
  'scenario_not_found',
  'too_few_participants',
] as const;
export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

/**
 * The engine's one error type. `code` is snake_case and stable (the API, SDK and UI switch on it);
 * `message` is plain English a user can read.
 */
export class EngineError extends Error {
  readonly code: EngineErrorCode;

  constructor(code: EngineErrorCode, message: string) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
  }
}
