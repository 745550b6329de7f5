import { sql } from 'drizzle-orm';
import type { SqlDb } from '../database.ts';

/** A table of the store as the copy sees it. */
export interface CopiedTable {
  name: string;
  /** Primary-key columns, in key order: batches are read in this order (keyset pagination). */
  key: string[];
  /** Columns written by the copy, in table order: every column but generated ones (the target computes those). */
  columns: string[];
}

/** The progress table the copy keeps in the target, so an interrupted copy resumes where it stopped. */
export const PROGRESS_TABLE = 'ensemble_copy_progress';

async function rows<T>(db: SqlDb, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * Every table of the public schema (but drizzle's journal and the copy's own progress), parents before the
 * tables whose foreign keys point at them, each with its primary key. Read from the catalog, so tables that
 * later migrations add are copied without a change here.
 */
export async function storeTables(db: SqlDb): Promise<CopiedTable[]> {
  const keys = await rows<{ table_name: string; column_name: string }>(
    db,
    sql`
    select c.relname as table_name, a.attname as column_name
    from pg_index i
    join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace
    cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
    where i.indisprimary and n.nspname = 'public' and c.relkind = 'r'
    order by c.relname, k.ord`,
  );
  const references = await rows<{ child: string; parent: string }>(
    db,
    sql`
    select c.relname as child, p.relname as parent
    from pg_constraint f
    join pg_class c on c.oid = f.conrelid
    join pg_class p on p.oid = f.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where f.contype = 'f' and n.nspname = 'public' and c.oid <> p.oid`,
  );
  const written = await rows<{ table_name: string; column_name: string }>(
    db,
    sql`
    select c.relname as table_name, a.attname as column_name
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    order by c.relname, a.attnum`,
  );
  const columnsOf = new Map<string, string[]>();
  for (const { table_name, column_name } of written) {
    columnsOf.set(table_name, [...(columnsOf.get(table_name) ?? []), column_name]);
  }
  const byName = new Map<string, string[]>();
  for (const { table_name, column_name } of keys) {
    if (table_name === PROGRESS_TABLE) continue;
    byName.set(table_name, [...(byName.get(table_name) ?? []), column_name]);
  }
  const parents = new Map<string, Set<string>>();
  for (const { child, parent } of references) parents.set(child, (parents.get(child) ?? new Set()).add(parent));
  const ordered: CopiedTable[] = [];
  const placed = new Set<string>();
  const place = (name: string, path: Set<string>) => {
    if (placed.has(name) || path.has(name) || !byName.has(name)) return;
    path.add(name);
    for (const parent of [...(parents.get(name) ?? [])].sort()) place(parent, path);
    placed.add(name);
    ordered.push({ name, key: byName.get(name)!, columns: columnsOf.get(name) ?? [] });
  };
  for (const name of [...byName.keys()].sort()) place(name, new Set());
  return ordered;
}
