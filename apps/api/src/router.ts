import { authRouter } from './routers/auth.ts';
import { bundlesRouter } from './routers/bundles.ts';
import { cardsRouter } from './routers/cards.ts';
import { charactersRouter } from './routers/characters.ts';
import { documentsRouter } from './routers/documents.ts';
import { ecosystemsRouter } from './routers/ecosystems.ts';
import { eventsRouter } from './routers/events.ts';
import { graphRouter } from './routers/graph.ts';
import { healthRouter } from './routers/health.ts';
import { historyRouter } from './routers/history.ts';
import { interactionsRouter } from './routers/interactions.ts';
import { keysRouter, widgetTokensRouter } from './routers/keys.ts';
import { memoriesRouter } from './routers/memories.ts';
import { relationshipsRouter } from './routers/relationships.ts';
import { scenariosRouter } from './routers/scenarios.ts';
import { router } from './trpc.ts';

/** Every tRPC procedure of the API, one sub-router per domain. */
export const appRouter = router({
  auth: authRouter,
  ecosystems: ecosystemsRouter,
  characters: charactersRouter,
  memories: memoriesRouter,
  bundles: bundlesRouter,
  cards: cardsRouter,
  relationships: relationshipsRouter,
  interactions: interactionsRouter,
  scenarios: scenariosRouter,
  documents: documentsRouter,
  events: eventsRouter,
  history: historyRouter,
  graph: graphRouter,
  health: healthRouter,
  keys: keysRouter,
  widgetTokens: widgetTokensRouter,
});

/** The API's type, for typed clients (SDK, web app, tests). */
export type AppRouter = typeof appRouter;

export type { ApiErrorCode } from './error-codes.ts';
