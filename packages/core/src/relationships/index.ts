export { TYPE_VALENCE } from './valence.ts';
export { ACQUAINTED_AFTER_INTERACTIONS, RELATIONSHIP_THRESHOLDS, relationshipLabel } from './label.ts';
export { INITIAL_TRUST, newRelationship } from './relationship.ts';
export { RELATIONSHIP_DRIFT_HALF_LIFE_MS, driftRelationship } from './drift.ts';
export {
  COMPATIBILITY_INFLUENCE,
  EVIDENCE_WEIGHTS,
  STRENGTH_RATE,
  TRUST_GAIN_RATE,
  TRUST_LOSS_MULTIPLIER,
  updateRelationship,
} from './update.ts';
export type { RelationshipUpdateInput } from './update.ts';
