/**
 * Test support for the API and its clients (`@ensemble/api/testing`): a real server in a child process,
 * scratch stores on PGlite or PostgreSQL, and a multi-node cluster behind nginx. Never imported by `src`.
 */
export {
  errorOf,
  makeClient,
  rawCall,
  signUp,
  startApi,
  type ApiClient,
  type ClientOptions,
  type RunningApi,
  type StartApiOptions,
} from './harness.ts';
export {
  missingForCluster,
  nodeOfLease,
  startCluster,
  startNginx,
  startRedisServer,
  type Cluster,
  type RunningNginx,
  type RunningRedis,
} from './cluster.ts';
export { freePort } from './ports.ts';
export { createScratchDatabase, openTestStore, type TestStore } from './stores.ts';
export { openMigratedPglite } from './pglite-snapshot.ts';
export { openPgliteDatabase } from '../src/adapters/pglite/pglite-database.ts';
export { openPostgresDatabase } from '../src/adapters/postgres/postgres-database.ts';
export { SqlStore } from '../src/store/sql-store.ts';
export { startFakeLlm, type FakeBehaviour, type FakeLlmServer, type ReceivedRequest } from './fake-llm-server.ts';
export { ensureLocalModel, localModelDir, openLocalEmbedder } from './embeddings.ts';
export { LORE_DOCUMENTS, LORE_QUERIES, type LoreDocument, type LoreQuery } from './lore-corpus.ts';
export { loadLoreCorpus, loreHitRate, type HitRate } from './lore-eval.ts';
export { startFakeEmbeddings, type FakeEmbeddingsServer } from './fake-embeddings-server.ts';
export { Lore, type SearchMode } from '../src/knowledge/lore.ts';
export { QueryVectors } from '../src/knowledge/query-vectors.ts';
