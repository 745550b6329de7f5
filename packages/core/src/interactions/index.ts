export { PAIR_COOLDOWN_MS, checkFeasibility } from './feasibility.ts';
export type { Feasibility, FeasibilityReason } from './feasibility.ts';
export {
  DIALOGUE_MEMORY_LIMIT,
  INTERACTION_CONTENT_MAX_CHARS,
  MEMORY_CANDIDATES,
  MEMORY_SHORTLIST,
  MEMORY_SHORTLIST_BY_MEANING,
  loadSettled,
  meaningOf,
  processInteraction,
  linesToWrite,
  recallAsk,
  reflectionAsk,
  shortlist,
} from './process.ts';
export type { InteractionRequest, InteractionResult } from './process.ts';
export { afterExchange } from './feelings.ts';
export { lastLineOf, receivedExchangeMemory, startedExchangeMemory, userExchangeMemory } from './exchange-memory.ts';
