export {
  defineEnsembleElements,
  ENSEMBLE_ELEMENTS,
  EnsembleChatElement,
  EnsembleFeedElement,
  EnsembleGraphElement,
  EnsembleStatsElement,
} from './elements.tsx';
export { EnsembleElement } from './ensemble-element.ts';
export type { ElementContext } from './ensemble-element.ts';
export { setClientFactory } from './client-factory.ts';
export type { ClientFactory } from './client-factory.ts';
