import { openPgliteDatabase } from '../adapters/pglite/pglite-database.ts';
import { openPostgresDatabase } from '../adapters/postgres/postgres-database.ts';
import type { Database } from './database.ts';

export type { Database, SqlDb } from './database.ts';

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
