/**
 * `ensemble db copy`: the whole store from one database to another (PGlite data dir ⇄ PostgreSQL), table by
 * table in keyset batches. Each batch and its progress commit together in the target, so a copy that is
 * interrupted resumes where it stopped when run again; rows already there are left alone (idempotent).
 * At the end every table's row count and checksum must match on both sides.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import type { SqlDb } from '../database.ts';
import { openDatabase, type Database } from '../../adapters/index.ts';
import { PROGRESS_TABLE, storeTables, type CopiedTable } from './catalog.ts';
import type { Progress } from './progress.ts';

/** Rows per batch unless told otherwise. */
const DEFAULT_BATCH_SIZE = 1000;

export interface CopyOptions {
  /** A PGlite data directory or a postgres:// URL. */
  from: string;
  /** A PGlite data directory or a postgres:// URL. */
  to: string;
  /** Replace whatever the target holds (it is emptied first). @default false */
  force?: boolean;
  /** @default DEFAULT_BATCH_SIZE */
  batchSize?: number;
  progress?: Progress;
}

export interface CopiedTableReport {
  name: string;
  rows: number;
  /** md5 over every row's jsonb text in key order, the same on both sides. */
  checksum: string;
}

export interface CopyReport {
  /** True when this run continued an interrupted copy. */
  resumed: boolean;
  tables: CopiedTableReport[];
}

/** Why a copy did not start or did not verify; the message says what to do. */
export class CopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyError';
  }
}

/** Copies the store at `from` into `to`, verifies it, and reports each table's rows and checksum. */
export async function copyStore(options: CopyOptions): Promise<CopyReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const source = await open(options.from, true);
  let target: Database | null = null;
  try {
    target = await open(options.to, false);
    await target.migrate();
    await sameSchema(source.db, target.db);
    await target.db.execute(
      sql.raw(`create table if not exists ${PROGRESS_TABLE} (
      table_name text primary key, source text not null, last_key jsonb, copied bigint not null default 0,
      done boolean not null default false)`),
    );
    const tables = await storeTables(target.db);
    const origin = describe(options.from);
    const progress = await rows<{
      table_name: string;
      source: string;
      last_key: string[] | null;
      copied: string;
      done: boolean;
    }>(target.db, sql.raw(`select table_name, source, last_key, copied::text as copied, done from ${PROGRESS_TABLE}`));
    const resumed = !options.force && progress.length > 0 && progress.every((p) => p.source === origin);
    if (!resumed) {
      const filled = [];
      for (const table of tables) if (await hasRows(target.db, table.name)) filled.push(table.name);
      if (filled.length > 0 && !options.force) {
        throw new CopyError(`The target already holds data (${filled.join(', ')}). Pass --force to replace it.`);
      }
      await target.db.execute(
        sql.raw(`truncate ${[...tables.map((t) => ident(t.name)), PROGRESS_TABLE].join(', ')} cascade`),
      );
    }
    const state = new Map(resumed ? progress.map((p) => [p.table_name, p]) : []);
    for (const table of tables) {
      const saved = state.get(table.name);
      if (saved?.done) continue;
      await copyTable(
        source.db,
        target.db,
        table,
        origin,
        batchSize,
        saved?.last_key ?? null,
        Number(saved?.copied ?? 0),
        options.progress,
      );
    }
    await moveIdentitiesPastCopiedRows(target.db);
    const report: CopiedTableReport[] = [];
    for (const table of tables) {
      const [a, b] = await Promise.all([fingerprint(source.db, table), fingerprint(target.db, table)]);
      if (a.rows !== b.rows || a.checksum !== b.checksum) {
        throw new CopyError(
          `${table.name} differs after the copy (source ${a.rows} rows, target ${b.rows}). ` +
            'Was the source written to during the copy? Stop the API on it and run the copy again with --force.',
        );
      }
      report.push({ name: table.name, ...a });
    }
    await target.db.execute(sql.raw(`drop table ${PROGRESS_TABLE}`));
    return { resumed, tables: report };
  } finally {
    await target?.close();
    await source.close();
  }
}

async function copyTable(
  source: SqlDb,
  target: SqlDb,
  table: CopiedTable,
  origin: string,
  batchSize: number,
  lastKey: string[] | null,
  copiedBefore: number,
  progress: Progress | undefined,
): Promise<void> {
  const [{ total }] = (await rows<{ total: string }>(
    source,
    sql.raw(`select count(*)::text as total from ${ident(table.name)}`),
  )) as [{ total: string }];
  const keyList = sql.raw(table.key.map(ident).join(', '));
  const keyText = sql.raw(`array[${table.key.map((k) => `t.${ident(k)}::text`).join(', ')}]`);
  let last = lastKey;
  let copied = copiedBefore;
  for (;;) {
    const after: SQL =
      last === null
        ? sql``
        : sql`where (${keyList}) > (${sql.join(
            last.map((v) => sql`${v}`),
            sql`, `,
          )})`;
    const batch = await rows<{ row: string; key: string[] }>(
      source,
      sql`
      select to_jsonb(t)::text as row, ${keyText} as key from ${sql.raw(ident(table.name))} t ${after}
      order by ${keyList} limit ${batchSize}`,
    );
    const end = batch.at(-1);
    const done = batch.length < batchSize;
    await target.transaction(async (tx) => {
      if (batch.length > 0) {
        // Identity columns keep the source's values (their sequences are moved past them at the end).
        // Generated columns (a passage's tsvector) are left out: the target computes them.
        const columns = sql.raw(table.columns.map(ident).join(', '));
        await tx.execute(sql`insert into ${sql.raw(ident(table.name))} (${columns}) overriding system value
          select ${columns} from json_populate_recordset(null::${sql.raw(ident(table.name))}, ${`[${batch.map((b) => b.row).join(',')}]`}::json)
          on conflict do nothing`);
      }
      const key = end === undefined ? last : end.key;
      await tx.execute(sql`insert into ${sql.raw(PROGRESS_TABLE)} (table_name, source, last_key, copied, done)
        values (${table.name}, ${origin}, ${key === null ? null : JSON.stringify(key)}::jsonb, ${copied + batch.length}, ${done})
        on conflict (table_name) do update set last_key = excluded.last_key, copied = excluded.copied, done = excluded.done`);
    });
    copied += batch.length;
    if (end !== undefined) last = end.key;
    progress?.update(table.name, copied, Number(total));
    if (done) break;
  }
  progress?.done(table.name, copied);
}

async function fingerprint(db: SqlDb, table: CopiedTable): Promise<{ rows: number; checksum: string }> {
  const keyList = table.key.map(ident).join(', ');
  const [result] = await rows<{ n: string; sum: string | null }>(
    db,
    sql.raw(`
    select count(*)::text as n, md5(string_agg(to_jsonb(t)::text, E'\\n' order by ${keyList})) as sum
    from ${ident(table.name)} t`),
  );
  return { rows: Number(result?.n ?? 0), checksum: result?.sum ?? '' };
}

/** The source must be at this version's schema: copying between versions would drop or misplace columns. */
async function sameSchema(source: SqlDb, target: SqlDb): Promise<void> {
  const latest = async (db: SqlDb) => {
    try {
      const [row] = await rows<{ at: string | null }>(
        db,
        sql.raw('select max(created_at)::text as at from drizzle.__drizzle_migrations'),
      );
      return row?.at ?? null;
    } catch {
      return null;
    }
  };
  const [a, b] = await Promise.all([latest(source), latest(target)]);
  if (a === null) throw new CopyError('The source holds no Ensemble store (no migrations applied).');
  if (a !== b)
    throw new CopyError('The source store is at another schema version: run "ensemble migrate" against it first.');
}

/** Sets every identity column's sequence past the largest copied value, so new rows never collide. */
async function moveIdentitiesPastCopiedRows(db: SqlDb): Promise<void> {
  const identities = await rows<{ table_name: string; column_name: string }>(
    db,
    sql.raw(`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and is_identity = 'YES'`),
  );
  for (const { table_name, column_name } of identities) {
    const column = ident(column_name);
    await db.execute(sql`select setval(pg_get_serial_sequence(${ident(table_name)}, ${column_name}),
      coalesce((select max(${sql.raw(column)}) from ${sql.raw(ident(table_name))}), 0) + 1, false)`);
  }
}

async function hasRows(db: SqlDb, table: string): Promise<boolean> {
  return (await rows(db, sql.raw(`select 1 from ${ident(table)} limit 1`))).length > 0;
}

async function rows<T>(db: SqlDb, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function isUrl(where: string): boolean {
  return /^postgres(ql)?:\/\//i.test(where);
}

function open(where: string, mustExist: boolean): Promise<Database> {
  if (isUrl(where)) return openDatabase({ databaseUrl: where });
  if (mustExist && !existsSync(join(resolve(where), 'PG_VERSION'))) {
    throw new CopyError(`${resolve(where)} is not a data directory of the embedded store (no PG_VERSION in it).`);
  }
  return openDatabase({ dataDir: resolve(where) });
}

/** Where a store is, without its password: what the progress table remembers the source by. */
export function describe(where: string): string {
  if (!isUrl(where)) return resolve(where);
  const url = new URL(where);
  url.password = '';
  return url.toString();
}
