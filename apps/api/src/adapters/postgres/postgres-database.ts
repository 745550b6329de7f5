import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Database } from '../../db/database.ts';
import { MIGRATIONS_FOLDER } from '../../db/migrations-folder.ts';
import { namingClient, StatementNames } from './named-statements.ts';

/** Advisory-lock key held while migrating, so API nodes starting together migrate one at a time. */
const MIGRATION_LOCK_KEY = 0x656e_7365; // "ense"

export interface PostgresOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** Pool size. @default 10 */
  maxConnections?: number;
  /** Run repeated statements as named prepared statements, at most 256 a node (see StatementNames). @default true */
  preparedStatements?: boolean;
}

/** Connects a node-postgres pool to a PostgreSQL server. */
export async function openPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    ...(options.preparedStatements === false ? {} : { Client: namingClient(new StatementNames()) }),
  });
  // An idle client dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error(`PostgreSQL pool: ${error.message}`));
  const db = drizzle({ client: pool });
  try {
    await pool.query('SELECT 1'); // fail at startup, not on the first request, when the server is unreachable
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    kind: 'postgres',
    db,
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
