/**
 * Test support for the engine and its adapters (`@ensemble/core/testing`): the EngineStore contract
 * suite every store runs, its fixtures, and fast-check arbitraries for personalities and moods.
 * Needs vitest and fast-check (peer dependencies); never imported by `src`.
 */
export { describeEngineStoreContract, type EngineStoreContractContext } from './engine-store.contract.ts';
export {
  freshId,
  sampleCharacter,
  sampleDraft,
  sampleInteraction,
  sampleMemory,
  sampleRelationship,
  sampleScenario,
} from './contract-fixtures.ts';
export { bigFiveArb, padArb, traitArb, uniformPersonality } from './arbitraries.ts';
export { CARD_FIXTURES, V2_FULL, V2_MINIMAL, V3_FULL, V3_MINIMAL } from './card-fixtures.ts';
export { DIALOGUE_QUALITY_SCENES, wordPairs } from './dialogue-scenes.ts';
