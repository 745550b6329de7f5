export type * from './model.ts';
export { EMOTION_NAMES, INTERACTION_TYPES, RELATIONSHIP_LABELS, SCENARIO_MOODS, EVENT_TYPES } from './model.ts';
export type * from './ports/index.ts';
