/**
 * The engine's vocabularies and limits without the engine (`@ensemble/core/vocabulary`): constants the
 * SDK and widgets share with the API, small enough for the SDK to bundle. One definition each, here.
 */
export { ENGINE_ERROR_CODES } from './errors.ts';
export { asKnownEvent } from './events/typed.ts';
export { EVENT_TYPES, MOOD_OCTANTS, RELATIONSHIP_LABELS, SCENARIO_MOODS } from './model.ts';
export { SCENARIO_LIMITS } from './scenarios/validation.ts';
