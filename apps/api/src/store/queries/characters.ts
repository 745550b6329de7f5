/** Characters, their relationships and their memories. */
import { and, asc, desc, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Character, ExchangeReads, Id, Memory, MemoryKind, RecallAsk, Relationship } from '@ensemble/core';
import { parseVector } from './memory-embeddings.ts';
import type { SqlDb } from '../../db/database.ts';
import { characters, memories, relationships } from '../../db/schema.ts';
import { toCharacter, toMemory, toRelationship } from '../rows.ts';

export async function getCharacter(db: SqlDb, id: Id): Promise<Character | null> {
  const rows = await db.select().from(characters).where(eq(characters.id, id)).limit(1);
  return rows[0] ? toCharacter(rows[0]) : null;
}

/** Oldest first. */
export async function listCharacters(db: SqlDb, ecosystemId: Id): Promise<Character[]> {
  const rows = await db
    .select()
    .from(characters)
    .where(eq(characters.ecosystemId, ecosystemId))
    .orderBy(asc(characters.createdAt), asc(characters.id));
  return rows.map(toCharacter);
}

/** Inserts or replaces the character. */
export async function saveCharacter(db: SqlDb, c: Character): Promise<void> {
  const { id: _id, ...fields } = c;
  await db
    .insert(characters)
    .values({ ...c })
    .onConflictDoUpdate({ target: characters.id, set: fields });
}

/** Removes the character; foreign keys cascade to its relationships (both directions) and memories. */
export async function deleteCharacter(db: SqlDb, id: Id): Promise<boolean> {
  const rows = await db.delete(characters).where(eq(characters.id, id)).returning({ id: characters.id });
  return rows.length > 0;
}

export async function getRelationship(db: SqlDb, fromId: Id, toId: Id): Promise<Relationship | null> {
  const rows = await db
    .select()
    .from(relationships)
    .where(and(eq(relationships.fromId, fromId), eq(relationships.toId, toId)))
    .limit(1);
  return rows[0] ? toRelationship(rows[0]) : null;
}

export async function listRelationships(db: SqlDb, ecosystemId: Id): Promise<Relationship[]> {
  const rows = await db
    .select()
    .from(relationships)
    .where(eq(relationships.ecosystemId, ecosystemId))
    .orderBy(asc(relationships.fromId), asc(relationships.toId));
  return rows.map(toRelationship);
}

/** Relationships from or toward the character. */
export async function listRelationshipsOf(db: SqlDb, characterId: Id): Promise<Relationship[]> {
  const rows = await db
    .select()
    .from(relationships)
    .where(or(eq(relationships.fromId, characterId), eq(relationships.toId, characterId)))
    .orderBy(asc(relationships.fromId), asc(relationships.toId));
  return rows.map(toRelationship);
}

/** Inserts or replaces the from→to relationship. */
export async function saveRelationship(db: SqlDb, r: Relationship): Promise<void> {
  const { fromId: _from, toId: _to, ...fields } = r;
  await db
    .insert(relationships)
    .values({ ...r })
    .onConflictDoUpdate({ target: [relationships.fromId, relationships.toId], set: fields });
}

export async function addMemory(db: SqlDb, memory: Memory): Promise<void> {
  await db.insert(memories).values(memoryRow(memory));
}

/** A memory as a row; a vector it carries (a copy into a fork) is kept, so it is not embedded again. */
export function memoryRow({ embedding, ...memory }: Memory) {
  return { ...memory, embedding: embedding ? [...embedding] : null };
}

/** Every column of a memory but its vector: listings never need it (only recall scores by it). */
const { embedding: _vector, ...memoryColumns } = getTableColumns(memories);

/** Newest first; memories of the same millisecond in reverse insertion order; without their vectors. */
export async function listMemories(db: SqlDb, characterId: Id, limit: number): Promise<Memory[]> {
  const rows = await db
    .select(memoryColumns)
    .from(memories)
    .where(eq(memories.characterId, characterId))
    .orderBy(desc(memories.createdAt), desc(memories.ord))
    .limit(limit);
  return rows.map(toMemory);
}

// Batched forms: one statement each, so an exchange costs a handful of round trips.

/** `set` for a multi-row upsert: every column but the key takes the proposed row's value. */
function fromExcluded(table: PgTable, key: readonly string[]): Record<string, SQL> {
  const set: Record<string, SQL> = {};
  for (const [field, column] of Object.entries(getTableColumns(table))) {
    if (!key.includes(field)) set[field] = sql.raw(`excluded."${column.name}"`);
  }
  return set;
}
const CHARACTER_UPSERT_SET = fromExcluded(characters, ['id']);
const RELATIONSHIP_UPSERT_SET = fromExcluded(relationships, ['fromId', 'toId']);

/** Inserts or replaces characters, one statement (run it, or embed it with `.getSQL()`). Non-empty `list`. */
export function upsertCharacters(db: SqlDb, list: readonly Character[]) {
  return db
    .insert(characters)
    .values(list.map((c) => ({ ...c })))
    .onConflictDoUpdate({ target: characters.id, set: CHARACTER_UPSERT_SET });
}

/** Inserts or replaces relationships, one statement (run it, or embed it with `.getSQL()`). Non-empty `list`. */
export function upsertRelationships(db: SqlDb, list: readonly Relationship[]) {
  return db
    .insert(relationships)
    .values(list.map((r) => ({ ...r })))
    .onConflictDoUpdate({ target: [relationships.fromId, relationships.toId], set: RELATIONSHIP_UPSERT_SET });
}

export async function getCharacters(db: SqlDb, ids: readonly Id[]): Promise<Map<Id, Character>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(characters)
    .where(inArray(characters.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, toCharacter(r)]));
}

/**
 * Locks the characters' rows until the transaction ends (in id order, so two writers never wait on each
 * other in a cycle) and returns them as committed now: a read-modify-write of a character that runs after
 * this sees every change committed before it and cannot be overwritten by one committed after.
 */
export async function lockCharacters(db: SqlDb, ids: readonly Id[]): Promise<Map<Id, Character>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(characters)
    .where(inArray(characters.id, [...new Set(ids)]))
    .orderBy(characters.id)
    .for('no key update');
  return new Map(rows.map((r) => [r.id, toCharacter(r)]));
}

export async function saveCharacters(db: SqlDb, list: readonly Character[]): Promise<void> {
  if (list.length === 0) return;
  await upsertCharacters(db, list);
}

export async function getRelationshipPair(
  db: SqlDb,
  aId: Id,
  bId: Id,
): Promise<[Relationship | null, Relationship | null]> {
  const rows = await db
    .select()
    .from(relationships)
    .where(
      or(
        and(eq(relationships.fromId, aId), eq(relationships.toId, bId)),
        and(eq(relationships.fromId, bId), eq(relationships.toId, aId)),
      ),
    );
  const of = (from: Id, to: Id) => {
    const r = rows.find((row) => row.fromId === from && row.toId === to);
    return r ? toRelationship(r) : null;
  };
  return [of(aId, bId), of(bId, aId)];
}

export async function saveRelationships(db: SqlDb, list: readonly Relationship[]): Promise<void> {
  if (list.length === 0) return;
  await upsertRelationships(db, list);
}

/** Multi-row insert: `ord` is assigned in the order of the rows, so later ones count as newer. */
export async function addMemories(db: SqlDb, list: readonly Memory[]): Promise<void> {
  if (list.length === 0) return;
  await db.insert(memories).values(list.map(memoryRow));
}

interface RecalledRow {
  ask: number;
  id: string;
  ecosystem_id: string;
  character_id: string;
  about_id: string | null;
  content: string;
  valence: number;
  importance: number;
  created_at: number;
  kind: MemoryKind;
  embedding: string | null;
}

/**
 * Every ask in one statement: per ask, the character's newest `window` memories (the index
 * memories_character_idx walks them newest first), numbered within "about aboutId" and "the rest".
 */
export async function recallMemories(db: SqlDb, asks: readonly RecallAsk[]): Promise<Memory[][]> {
  if (asks.length === 0) return [];
  const result = await db.execute(sql`${recallQuery(asks)} order by ask, created_at desc, ord desc`);
  return toRecalled((result as unknown as { rows: RecalledRow[] }).rows, asks.length);
}

/** What each ask recalls (see RecallAsk), one row per memory with the ask's index, in no particular order. */
function recallQuery(asks: readonly RecallAsk[]): SQL {
  const values = sql.join(
    asks.map(
      (a, i) =>
        sql`(${i}::int, ${a.characterId}::text, ${a.aboutId}::text, ${Math.max(0, Math.floor(a.window))}::int, ${Math.max(0, Math.floor(a.about))}::int, ${Math.max(0, Math.floor(a.others))}::int, ${a.vectors !== false}::boolean, ${a.sinceReflection ?? null}::float8)`,
    ),
    sql`, `,
  );
  return sql`
    select x.i as ask, m.id, m.ecosystem_id, m.character_id, m.about_id, m.content, m.valence, m.importance,
           m.created_at::float8 as created_at, m.ord, m.kind,
           case when x.vectors then m.embedding::text end as embedding
    from (values ${values}) as x(i, character_id, about_id, win, about_n, others_n, vectors, since_refl)
    cross join lateral (
      select s.*, row_number() over (
        partition by coalesce(s.about_id = x.about_id, false) order by s.created_at desc, s.ord desc) as k,
        sum(s.importance) over () as since_sum
      from (select r.*, count(*) filter (where r.kind = 'reflection') over (order by r.created_at desc, r.ord desc) as seen
            from (select * from memories where character_id = x.character_id
                  order by created_at desc, ord desc limit x.win) r) s
      where x.since_refl is null or s.seen = 0
    ) m
    where m.k <= case when coalesce(m.about_id = x.about_id, false) then x.about_n else x.others_n end
      and (x.since_refl is null or m.since_sum >= x.since_refl)`;
}

/** Recalled rows, already newest first within each ask, as one list per ask. */
function toRecalled(rows: readonly RecalledRow[], asks: number): Memory[][] {
  const recalled: Memory[][] = Array.from({ length: asks }, () => []);
  for (const r of rows) {
    recalled[Number(r.ask)]!.push({
      id: r.id,
      ecosystemId: r.ecosystem_id,
      characterId: r.character_id,
      aboutId: r.about_id,
      content: r.content,
      valence: Number(r.valence),
      importance: Number(r.importance),
      createdAt: Number(r.created_at),
      kind: r.kind,
      ...(r.embedding === null ? {} : { embedding: parseVector(r.embedding) }),
    });
  }
  return recalled;
}

/** A row of `table` as `to_jsonb` gives it (column names, JSON values), read as drizzle's select reads it. */
function fromJson<T extends PgTable>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}

/** A jsonb value as the driver hands it: parsed already (PGlite, postgres.js), or as text. */
function parsed<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/**
 * An exchange's reads in one statement (EngineStore.loadExchange): both characters (locked until the
 * transaction ends, in id order, when `lock`), both directions of their relationship and, with `recall`,
 * the memories each ask recalls. One round trip instead of three.
 */
export async function loadExchange(
  db: SqlDb,
  aId: Id,
  bId: Id,
  recall: readonly RecallAsk[] | null,
  lock: boolean,
): Promise<ExchangeReads> {
  const asks = recall ?? [];
  const result = await db.execute(sql`
    with c as (select * from characters where id in (${aId}, ${bId}) order by id ${lock ? sql`for no key update` : sql``}),
         r as (select * from relationships
               where (from_id = ${aId} and to_id = ${bId}) or (from_id = ${bId} and to_id = ${aId}))
         ${asks.length > 0 ? sql`, m as (${recallQuery(asks)})` : sql``}
    select (select coalesce(jsonb_agg(to_jsonb(c)), '[]'::jsonb) from c) as characters,
           (select coalesce(jsonb_agg(to_jsonb(r)), '[]'::jsonb) from r) as relationships,
           ${
             asks.length > 0
               ? sql`(select coalesce(jsonb_agg(to_jsonb(m) order by m.ask, m.created_at desc, m.ord desc), '[]'::jsonb) from m)`
               : sql`'[]'::jsonb`
           } as memories`);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0]!;
  const chars = parsed<Record<string, unknown>[]>(row['characters']).map((j) => toCharacter(fromJson(characters, j)));
  const rels = parsed<Record<string, unknown>[]>(row['relationships']).map((j) =>
    toRelationship(fromJson(relationships, j)),
  );
  const of = (from: Id, to: Id) => rels.find((r) => r.fromId === from && r.toId === to) ?? null;
  return {
    characters: new Map(chars.map((c) => [c.id, c])),
    pair: [of(aId, bId), of(bId, aId)],
    memories: toRecalled(parsed<RecalledRow[]>(row['memories']), asks.length),
  };
}
