import type { InteractionType } from '../model.ts';

/**
 * How good an interaction of each type is in itself, in [-1,1], before what was said is considered
 * (DESIGN.md §3: greeting +, chat +, collaboration ++, conflict −−). Collaboration and conflict are
 * mirror images so that the same magnitude of evidence can be compared in both directions.
 * Used by relationship updates and by emotional appraisal.
 */
export const TYPE_VALENCE: Readonly<Record<InteractionType, number>> = {
  greeting: 0.3,
  chat: 0.4,
  collaboration: 0.8,
  conflict: -0.8,
};
