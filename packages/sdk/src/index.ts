export { EnsembleError } from './errors.ts';
export type { EnsembleErrorCode } from './errors.ts';
export type { EcosystemEvent, EventType, InteractionType, RelationshipLabel } from '@ensemble/core';
