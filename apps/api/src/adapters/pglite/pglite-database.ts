import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Database } from '../../db/database.ts';
import { MIGRATIONS_FOLDER } from '../../db/migrations-folder.ts';

export interface PgliteOptions {
  /** Folder holding the database files, created if missing; null keeps everything in memory. */
  dataDir?: string | null;
  /** A `dumpDataDir` tarball to start from (in-memory only), e.g. an already migrated schema. */
  snapshot?: Blob | null;
}

/** The embedded database, with the PGlite client exposed for snapshots. */
export interface PgliteDatabase extends Database {
  kind: 'pglite';
  client: PGlite;
}

/** Opens PGlite (real Postgres in WASM) in memory or on a data directory that survives restarts. */
export async function openPgliteDatabase(options: PgliteOptions = {}): Promise<PgliteDatabase> {
  const dataDir = options.dataDir ?? undefined;
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create({
    // pgvector, bundled with PGlite: the migrations create the extension on both stores.
    extensions: { vector },
    ...(dataDir ? { dataDir } : {}),
    ...(options.snapshot ? { loadDataDir: options.snapshot } : {}),
  });
  const db = drizzle({ client });
  return {
    kind: 'pglite',
    db,
    client,
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}
