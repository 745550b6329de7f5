/**
 * An API node's services in the test's own process, over a database the test opened: several over one
 * database stand for several nodes. No server, no Redis, no Neo4j; no per-user exchange limit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../src/adapters/index.ts';
import { loadConfig } from '../src/config.ts';
import { closeServices, createServices, type AppServices, type ServiceOverrides } from '../src/services.ts';
import type { AppStore } from '../src/store/app-store.ts';

/** Services over `database` and `store`; `close()` closes them and removes their data dir. */
export async function servicesOver(
  database: Database,
  store: AppStore,
  overrides: Omit<ServiceOverrides, 'database' | 'store'> = {},
): Promise<{ services: AppServices; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-node-'));
  const config = loadConfig(
    {},
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: null,
      redisUrl: null,
      neo4jUrl: null,
      interactionsPerMinute: 0,
    },
  );
  try {
    const services = await createServices(config, { log: () => {}, ...overrides, database, store });
    return {
      services,
      async close() {
        await closeServices(services);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
