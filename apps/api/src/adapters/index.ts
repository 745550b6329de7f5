/**
 * The composition root for infrastructure: picks an adapter per port from the configuration.
 * Port folders (db, graph, store) never import adapters; this module and services.ts do.
 */
import type { EmbeddingsConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Embedder } from '../knowledge/embedder.ts';
import { LocalEmbedder } from './embeddings/local-embedder.ts';
import { OpenAiEmbedder } from './embeddings/openai-embedder.ts';
import { InMemoryGraphProgress } from '../graph/graph-progress.ts';
import { LiveGraph, type LiveGraphStore } from '../graph/live-graph.ts';
import { InProcessSocialGraph } from './in-process-graph/in-process-social-graph.ts';
import { Neo4jSocialGraph } from './neo4j/neo4j-social-graph.ts';
import { openPgliteDatabase } from './pglite/pglite-database.ts';
import { openPostgresDatabase } from './postgres/postgres-database.ts';

export type { Database, SqlDb } from '../db/database.ts';

export interface OpenDatabaseOptions {
  /** postgres://… selects PostgreSQL; otherwise the embedded PGlite is used. */
  databaseUrl?: string | null;
  /** PGlite data directory (created if missing); null or undefined keeps the database in memory. */
  dataDir?: string | null;
}

/** Opens the configured database. Call `migrate()` before use. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgresDatabase({ url: options.databaseUrl });
  return openPgliteDatabase({ dataDir: options.dataDir ?? null });
}

/**
 * The graph this API node serves queries from, kept in step with the event log: on Neo4j when
 * `neo4jUrl` is set (shared by every node, pushed forward on each commit), else in process (caught up
 * when queried). Either way an ecosystem is built from the store on its first use.
 */
export async function createLiveGraph(options: {
  neo4jUrl: string | null;
  store: LiveGraphStore;
  log?: (line: string) => void;
}): Promise<LiveGraph> {
  const { neo4jUrl, store, log } = options;
  if (neo4jUrl === null) {
    return new LiveGraph({
      graph: new InProcessSocialGraph(),
      progress: new InMemoryGraphProgress(),
      store,
      shared: false,
      ...(log ? { log } : {}),
    });
  }
  const graph = await Neo4jSocialGraph.connect(neo4jUrl);
  return new LiveGraph({ graph, progress: graph.progress, store, shared: true, ...(log ? { log } : {}) });
}

/** The embedder the configuration names (loaded lazily, on its first use), or null when none is. */
export function createEmbedder(config: EmbeddingsConfig | null): Embedder | null {
  if (config === null) return null;
  if (config.kind === 'remote') {
    return new OpenAiEmbedder({ baseUrl: config.baseUrl, model: config.model, apiKey: config.apiKey });
  }
  return new LocalEmbedder({ modelDir: config.modelDir, allowRemote: config.allowRemote });
}
