/** Characters, their relationships and their memories. */
import { and, asc, desc, eq, or } from 'drizzle-orm';
import type { Character, Id, Memory, Relationship } from '@ensemble/core';
import type { SqlDb } from '../../db/database.ts';
import { characters, memories, relationships } from '../../db/schema.ts';
import { toCharacter, toMemory, toRelationship } from '../rows.ts';

export async function getCharacter(db: SqlDb, id: Id): Promise<Character | null> {
  const rows = await db.select().from(characters).where(eq(characters.id, id)).limit(1);
  return rows[0] ? toCharacter(rows[0]) : null;
}

/** Oldest first. */
export async function listCharacters(db: SqlDb, ecosystemId: Id): Promise<Character[]> {
  const rows = await db.select().from(characters).where(eq(characters.ecosystemId, ecosystemId))
    .orderBy(asc(characters.createdAt), asc(characters.id));
  return rows.map(toCharacter);
}

/** Inserts or replaces the character. */
export async function saveCharacter(db: SqlDb, c: Character): Promise<void> {
  const { id: _id, ...fields } = c;
  await db.insert(characters).values({ ...c }).onConflictDoUpdate({ target: characters.id, set: fields });
}

/** Removes the character; foreign keys cascade to its relationships (both directions) and memories. */
export async function deleteCharacter(db: SqlDb, id: Id): Promise<boolean> {
  const rows = await db.delete(characters).where(eq(characters.id, id)).returning({ id: characters.id });
  return rows.length > 0;
}

export async function getRelationship(db: SqlDb, fromId: Id, toId: Id): Promise<Relationship | null> {
  const rows = await db.select().from(relationships)
    .where(and(eq(relationships.fromId, fromId), eq(relationships.toId, toId))).limit(1);
  return rows[0] ? toRelationship(rows[0]) : null;
}

export async function listRelationships(db: SqlDb, ecosystemId: Id): Promise<Relationship[]> {
  const rows = await db.select().from(relationships).where(eq(relationships.ecosystemId, ecosystemId))
    .orderBy(asc(relationships.fromId), asc(relationships.toId));
  return rows.map(toRelationship);
}

/** Relationships from or toward the character. */
export async function listRelationshipsOf(db: SqlDb, characterId: Id): Promise<Relationship[]> {
  const rows = await db.select().from(relationships)
    .where(or(eq(relationships.fromId, characterId), eq(relationships.toId, characterId)))
    .orderBy(asc(relationships.fromId), asc(relationships.toId));
  return rows.map(toRelationship);
}

/** Inserts or replaces the from→to relationship. */
export async function saveRelationship(db: SqlDb, r: Relationship): Promise<void> {
  const { fromId: _from, toId: _to, ...fields } = r;
  await db.insert(relationships).values({ ...r })
    .onConflictDoUpdate({ target: [relationships.fromId, relationships.toId], set: fields });
}

export async function addMemory(db: SqlDb, memory: Memory): Promise<void> {
  await db.insert(memories).values({ ...memory });
}

/** Newest first; memories of the same millisecond in reverse insertion order. */
export async function listMemories(db: SqlDb, characterId: Id, limit: number): Promise<Memory[]> {
  const rows = await db.select().from(memories).where(eq(memories.characterId, characterId))
    .orderBy(desc(memories.createdAt), desc(memories.ord)).limit(limit);
  return rows.map(toMemory);
}
