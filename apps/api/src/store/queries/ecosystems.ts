/** Ecosystems and their documents. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Id } from '@ensemble/core';
import type { SqlDb } from '../../db/database.ts';
import { characters, documents, ecosystems } from '../../db/schema.ts';
import type { DialogueSetting } from '../../dialogue/setting.ts';
import type { DocumentRecord, EcosystemRecord } from '../app-store.ts';
import { toDocument, toEcosystem } from '../rows.ts';
import { syncPassages } from './passages.ts';

export async function createEcosystem(db: SqlDb, ecosystem: EcosystemRecord): Promise<void> {
  const { parent, ...rest } = ecosystem;
  await db.insert(ecosystems).values({ ...rest, parentId: parent?.id ?? null, forkSeq: parent?.seq ?? null });
}

export async function getEcosystem(db: SqlDb, id: Id): Promise<EcosystemRecord | null> {
  const rows = await db.select().from(ecosystems).where(eq(ecosystems.id, id)).limit(1);
  return rows[0] ? toEcosystem(rows[0]) : null;
}

/** For each existing character among `ids`: its ecosystem and that ecosystem's owner (one query). */
export async function characterOwners(
  db: SqlDb,
  ids: readonly Id[],
): Promise<Map<Id, { ecosystemId: Id; ownerId: Id }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: characters.id, ecosystemId: characters.ecosystemId, ownerId: ecosystems.ownerId })
    .from(characters)
    .innerJoin(ecosystems, eq(ecosystems.id, characters.ecosystemId))
    .where(inArray(characters.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { ecosystemId: r.ecosystemId, ownerId: r.ownerId }]));
}

/** Oldest first. */
/** The newest seq of each existing ecosystem among `ids` (one query, however many). */
export async function lastSeqs(db: SqlDb, ids: readonly Id[]): Promise<Map<Id, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: ecosystems.id, lastSeq: ecosystems.lastSeq })
    .from(ecosystems)
    .where(inArray(ecosystems.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.lastSeq]));
}

/** Every ecosystem's id, oldest first. */
export async function listEcosystemIds(db: SqlDb): Promise<Id[]> {
  const rows = await db
    .select({ id: ecosystems.id })
    .from(ecosystems)
    .orderBy(asc(ecosystems.createdAt), asc(ecosystems.id));
  return rows.map((r) => r.id);
}

export async function listEcosystems(db: SqlDb, ownerId: Id): Promise<EcosystemRecord[]> {
  const rows = await db
    .select()
    .from(ecosystems)
    .where(eq(ecosystems.ownerId, ownerId))
    .orderBy(asc(ecosystems.createdAt), asc(ecosystems.id));
  return rows.map(toEcosystem);
}

export async function updateEcosystem(
  db: SqlDb,
  id: Id,
  patch: { name?: string; description?: string; dialogue?: DialogueSetting; personalityDrift?: boolean },
  at: number,
): Promise<EcosystemRecord | null> {
  const rows = await db
    .update(ecosystems)
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.dialogue !== undefined ? { dialogue: patch.dialogue } : {}),
      ...(patch.personalityDrift !== undefined ? { personalityDrift: patch.personalityDrift } : {}),
      updatedAt: at,
    })
    .where(eq(ecosystems.id, id))
    .returning();
  return rows[0] ? toEcosystem(rows[0]) : null;
}

/** Foreign keys cascade to characters, relationships, memories, interactions, scenarios, documents, events. */
export async function deleteEcosystem(db: SqlDb, id: Id): Promise<boolean> {
  const rows = await db.delete(ecosystems).where(eq(ecosystems.id, id)).returning({ id: ecosystems.id });
  return rows.length > 0;
}

/** Call inside a transaction: writes the document's passages too. */
export async function createDocument(db: SqlDb, doc: DocumentRecord): Promise<void> {
  await db.insert(documents).values({ ...doc });
  await syncPassages(db, doc);
}

export async function getDocument(db: SqlDb, id: Id): Promise<DocumentRecord | null> {
  const rows = await db.select().from(documents).where(eq(documents.id, id)).limit(1);
  return rows[0] ? toDocument(rows[0]) : null;
}

/** Oldest first. */
export async function listDocuments(db: SqlDb, ecosystemId: Id): Promise<DocumentRecord[]> {
  const rows = await db
    .select()
    .from(documents)
    .where(eq(documents.ecosystemId, ecosystemId))
    .orderBy(asc(documents.createdAt), asc(documents.id));
  return rows.map(toDocument);
}

/** Call inside a transaction: rewrites the document's passages when its title or content is given. */
export async function updateDocument(
  db: SqlDb,
  id: Id,
  patch: { title?: string; content?: string; knownTo?: Id[] | null },
  at: number,
): Promise<DocumentRecord | null> {
  const rows = await db
    .update(documents)
    .set({
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.content !== undefined ? { content: patch.content } : {}),
      ...(patch.knownTo !== undefined ? { knownTo: patch.knownTo } : {}),
      updatedAt: at,
    })
    .where(eq(documents.id, id))
    .returning();
  if (!rows[0]) return null;
  const updated = toDocument(rows[0]);
  if (patch.title !== undefined || patch.content !== undefined) await syncPassages(db, updated);
  return updated;
}

export async function deleteDocument(db: SqlDb, id: Id): Promise<boolean> {
  const rows = await db.delete(documents).where(eq(documents.id, id)).returning({ id: documents.id });
  return rows.length > 0;
}
