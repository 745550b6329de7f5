/**
 * Entry of the one-script bundle (`ensemble-widgets.js`): registers <ensemble-graph>, <ensemble-feed>,
 * <ensemble-stats> and <ensemble-chat> as soon as it loads. Exposes the same API as `window.EnsembleWidgets`.
 */
import { defineEnsembleElements } from './elements.tsx';

defineEnsembleElements();

export { defineEnsembleElements, setClientFactory } from './index.ts';
