import type { RestRoute } from '../route.ts';
import { authRoutes } from './auth.ts';
import { bundleRoutes } from './bundles.ts';
import { cardRoutes } from './cards.ts';
import { characterRoutes } from './characters.ts';
import { documentRoutes } from './documents.ts';
import { ecosystemRoutes } from './ecosystems.ts';
import { historyRoutes } from './history.ts';
import { keyRoutes } from './keys.ts';
import { memoryRoutes } from './memories.ts';
import { planRoutes } from './plan.ts';
import { scenarioRoutes } from './scenarios.ts';

/** Every REST operation, in the order the document lists them. */
export const REST_ROUTES: readonly RestRoute[] = [
  ...planRoutes,
  ...authRoutes,
  ...ecosystemRoutes,
  ...historyRoutes,
  ...bundleRoutes,
  ...characterRoutes,
  ...memoryRoutes,
  ...cardRoutes,
  ...scenarioRoutes,
  ...documentRoutes,
  ...keyRoutes,
];
