import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Database } from '../../db/database.ts';
import { MIGRATIONS_FOLDER } from '../../db/migrations-folder.ts';
import { preparedClient } from './prepared-client.ts';

export interface PgliteOptions {
  /** Folder holding the database files, created if missing; null keeps everything in memory. */
  dataDir?: string | null;
  /** A `dumpDataDir` tarball to start from (in-memory only), e.g. an already migrated schema. */
  snapshot?: Blob | null;
  /** Run the store's statements as named prepared statements (see preparedClient). @default true */
  preparedStatements?: boolean;
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
  const statementsRun = countStatements(client);
  // The store's statements run as named prepared statements (see preparedClient); migrations run on the
  // plain client, and the statements prepared before a schema change are forgotten after it.
  const prepared = options.preparedStatements === false ? null : preparedClient(client);
  const db = drizzle({ client: prepared?.client ?? client });
  return {
    kind: 'pglite',
    db,
    client,
    statementsRun,
    async migrate() {
      await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
      await prepared?.forget();
    },
    close: () => client.close(),
  };
}

/**
 * Protocol messages that run nothing by themselves: Parse, Bind, Describe, Sync, Flush and Close only
 * prepare a statement or end one. Every statement that runs is an Execute or a simple Query.
 */
const PREPARING = new Set(['P', 'B', 'D', 'S', 'H', 'C'].map((c) => c.charCodeAt(0)));
/** The simple Query a transaction opens with (PGlite's `transaction`): it changes nothing either. */
const BEGIN = Buffer.from('Q\0\0\0\x0aBEGIN\0', 'latin1');

/**
 * Counts the statements PGlite runs (Database.statementsRun): every message handed to its backend goes
 * through `execProtocolRawSync`, and each one that may run something (anything but the preparing messages
 * and a bare BEGIN: an Execute, a Query, a function call, a copy, a startup packet, or bytes not understood)
 * adds one, before it runs. A statement run through the extended protocol therefore adds exactly one.
 */
function countStatements(client: PGlite): () => number {
  let count = 0;
  const run = client.execProtocolRawSync.bind(client);
  client.execProtocolRawSync = (message: Uint8Array): Uint8Array => {
    count += statementsIn(message);
    return run(message);
  };
  return () => count;
}

/** The messages of `bytes` that may run something (see countStatements); malformed bytes count as one. */
export function statementsIn(bytes: Uint8Array): number {
  let n = 0;
  let at = 0;
  while (at < bytes.length) {
    if (at + 5 > bytes.length) return n + 1;
    const length = ((bytes[at + 1]! << 24) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 8) | bytes[at + 4]!) >>> 0;
    const end = at + 1 + length;
    if (length < 4 || end > bytes.length) return n + 1;
    const type = bytes[at]!;
    if (!PREPARING.has(type) && !(end - at === BEGIN.length && BEGIN.equals(bytes.subarray(at, end)))) n += 1;
    at = end;
  }
  return n;
}
