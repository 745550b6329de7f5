import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleUser } from '../store/contract/fixtures.ts';
import { SqlStore } from '../store/sql-store.ts';
import { createScratchDatabase } from '../../testing/stores.ts';
import type { Database } from '../db/database.ts';
import * as schema from '../db/schema.ts';
import { MIGRATIONS_FOLDER } from '../db/migrations-folder.ts';
import { openDatabase } from './index.ts';

/** Every table the drizzle schema declares: a migration set that forgot one fails here. */
const SCHEMA_TABLES = Object.values(schema).filter((value) => is(value, PgTable)).length;
const journal = JSON.parse(await readFile(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
  entries: unknown[];
};

/** Rows in drizzle's migration ledger, and the number of tables in the public schema. */
async function schemaState(database: Database): Promise<{ applied: number; tables: number }> {
  const rows = async (query: ReturnType<typeof sql>) =>
    ((await database.db.execute(query)) as unknown as { rows: { n: number | string }[] }).rows;
  const [applied] = await rows(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  const [tables] = await rows(
    sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
  );
  return { applied: Number(applied?.n), tables: Number(tables?.n) };
}

describe('PGlite on a data directory', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('creates the folder, keeps data across close and reopen, and a second migrate changes nothing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ensemble-pglite-'));
    dirs.push(root);
    const dataDir = join(root, 'nested', 'data');
    const user = sampleUser();

    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    await first.migrate();
    const migrated = await schemaState(first);
    expect(migrated.applied).toBe(journal.entries.length);
    expect(migrated.tables).toBe(SCHEMA_TABLES);
    await new SqlStore(first.db).createUser(user);
    await first.migrate();
    expect(await schemaState(first)).toEqual(migrated);
    await first.close();

    const reopened = await openDatabase({ dataDir });
    await reopened.migrate();
    expect(await schemaState(reopened)).toEqual(migrated);
    expect(await new SqlStore(reopened.db).getUserById(user.id)).toEqual(user);
    await reopened.close();
  });
});

const databaseUrl = process.env.DATABASE_URL;

describe.skipIf(!databaseUrl)('PostgreSQL migrations (run when DATABASE_URL is set)', () => {
  it('nodes migrating the same database at once both succeed and apply each migration once', async () => {
    const scratch = await createScratchDatabase(databaseUrl!);
    const nodes = await Promise.all([
      openDatabase({ databaseUrl: scratch.url }),
      openDatabase({ databaseUrl: scratch.url }),
    ]);
    try {
      expect(nodes.map((n) => n.kind)).toEqual(['postgres', 'postgres']);
      await Promise.all(nodes.map((n) => n.migrate()));
      await nodes[0]!.migrate();
      expect(await schemaState(nodes[1]!)).toEqual({ applied: journal.entries.length, tables: SCHEMA_TABLES });
    } finally {
      await Promise.all(nodes.map((n) => n.close()));
      await scratch.drop();
    }
  });
});
