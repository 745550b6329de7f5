/** Stores for tests: a scratch PostgreSQL database when DATABASE_URL is set, else an in-memory PGlite. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../src/db/database.ts';
import { openDatabase } from '../src/adapters/index.ts';
import { openMigratedPglite } from './pglite-snapshot.ts';
import { SqlStore } from '../src/store/sql-store.ts';

export interface TestStore {
  store: SqlStore;
  database: Database;
  kind: 'pglite' | 'postgres';
  /** Closes the connection and, on PostgreSQL, drops the scratch database. */
  close(): Promise<void>;
}

let announced = false;

/** Database URL with another database name. */
function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs one statement on the server's maintenance connection (CREATE/DROP DATABASE). */
async function onServer(baseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates an empty database `ensemble_t_<random>` on the server of `baseUrl`; `drop` removes it. */
export async function createScratchDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ensemble_t_${randomBytes(6).toString('hex')}`;
  await onServer(baseUrl, `CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(baseUrl, name),
    drop: () => onServer(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/**
 * A migrated, empty store. Opening costs seconds (PGlite) or a CREATE DATABASE (PostgreSQL), so open
 * one per test file in `beforeAll` (with a generous timeout) and isolate tests by fresh ids.
 */
export async function openTestStore(): Promise<TestStore> {
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    const scratch = await createScratchDatabase(baseUrl);
    let database: Database | null = null;
    try {
      database = await openDatabase({ databaseUrl: scratch.url });
      await database.migrate();
      const opened = database;
      return {
        store: SqlStore.over(opened),
        database: opened,
        kind: 'postgres',
        async close() {
          await opened.close();
          await scratch.drop();
        },
      };
    } catch (error) {
      await database?.close();
      await scratch.drop();
      throw error;
    }
  }
  if (!announced) {
    announced = true;
    console.info('DATABASE_URL not set: PostgreSQL contract run skipped, using PGlite');
  }
  const database = await openMigratedPglite();
  return { store: SqlStore.over(database), database, kind: 'pglite', close: () => database.close() };
}
