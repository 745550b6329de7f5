/** API keys (secret and publishable), looked up by the SHA-256 of the key. */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Id } from '@ensemble/core';
import type { SqlDb } from '../../db/database.ts';
import { apiKeys } from '../../db/schema.ts';
import type { ApiKeyKind, ApiKeyRecord } from '../app-store.ts';

type ApiKeyRow = typeof apiKeys.$inferSelect;

function toApiKey(r: ApiKeyRow): ApiKeyRecord {
  return {
    id: r.id,
    ownerId: r.ownerId,
    kind: r.kind as ApiKeyKind,
    name: r.name,
    prefix: r.prefix,
    keyHash: r.keyHash,
    origins: r.origins,
    createdAt: r.createdAt,
    lastUsedAt: r.lastUsedAt,
    revokedAt: r.revokedAt,
  };
}

export async function createApiKey(db: SqlDb, key: ApiKeyRecord): Promise<void> {
  await db.insert(apiKeys).values({ ...key, origins: [...key.origins] });
}

export async function getApiKey(db: SqlDb, id: Id): Promise<ApiKeyRecord | null> {
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
  return rows[0] ? toApiKey(rows[0]) : null;
}

/** The keys among `ids` that exist, by id, in one query. */
export async function getApiKeys(db: SqlDb, ids: readonly Id[]): Promise<Map<Id, ApiKeyRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(apiKeys)
    .where(inArray(apiKeys.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, toApiKey(r)]));
}

export async function getApiKeyByHash(db: SqlDb, keyHash: string): Promise<ApiKeyRecord | null> {
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.keyHash, keyHash)).limit(1);
  return rows[0] ? toApiKey(rows[0]) : null;
}

export async function listApiKeys(db: SqlDb, ownerId: Id): Promise<ApiKeyRecord[]> {
  const rows = await db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.ownerId, ownerId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map(toApiKey);
}

/** One conditional UPDATE, so of two concurrent revocations exactly one reports true. */
export async function revokeApiKey(db: SqlDb, id: Id, ownerId: Id, at: number): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.ownerId, ownerId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

/** Never moves last_used_at backwards (two requests may finish out of order). */
export async function touchApiKey(db: SqlDb, id: Id, at: number): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: at })
    .where(and(eq(apiKeys.id, id), sql`coalesce(${apiKeys.lastUsedAt}, 0) < ${at}`));
}

export async function isPublishableOrigin(db: SqlDb, origin: string): Promise<boolean> {
  const rows = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.kind, 'publishable'),
        isNull(apiKeys.revokedAt),
        sql`${apiKeys.origins} @> ${JSON.stringify([origin])}::jsonb`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}
