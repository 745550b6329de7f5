import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** A drizzle handle (database or open transaction) that works the same on PGlite and on PostgreSQL. */
export type SqlDb = PgDatabase<PgQueryResultHKT>;

/** An open connection to the store's database, embedded (PGlite) or a PostgreSQL server. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: SqlDb;
  /**
   * Statements run so far that could change what a read returns, where this process sees every statement
   * (PGlite: one connection, owned by this process); absent where other connections write unseen
   * (PostgreSQL). Two equal readings prove that nothing was written in between.
   */
  statementsRun?: () => number;
  /** Applies pending migrations from apps/api/drizzle; a no-op when the schema is current. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}
