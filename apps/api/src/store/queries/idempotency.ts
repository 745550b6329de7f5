/** Stored responses of POSTs sent with an Idempotency-Key. */
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { SqlDb } from '../../db/database.ts';
import { idempotencyKeys } from '../../db/schema.ts';
import type { IdempotencyRecord } from '../app-store.ts';

type IdempotencyRow = typeof idempotencyKeys.$inferSelect;

function toRecord(r: IdempotencyRow): IdempotencyRecord {
  return {
    callerId: r.callerId,
    key: r.key,
    requestHash: r.requestHash,
    createdAt: r.createdAt,
    response: r.status === null ? null : { status: r.status, body: r.response ?? '' },
  };
}

/**
 * INSERT … ON CONFLICT in one statement: the unique key serialises concurrent claims, so exactly one
 * caller gets the row back. A stale or expired row is overwritten in the same statement.
 */
export async function claimIdempotencyKey(
  db: SqlDb,
  claim: { callerId: string; key: string; requestHash: string; createdAt: number },
  limits: { staleBefore: number; expiredBefore: number },
): Promise<IdempotencyRecord | null> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ ...claim, status: null, response: null, completedAt: null })
      .onConflictDoUpdate({
        target: [idempotencyKeys.callerId, idempotencyKeys.key],
        set: {
          requestHash: claim.requestHash,
          status: null,
          response: null,
          createdAt: claim.createdAt,
          completedAt: null,
        },
        setWhere: or(
          and(isNull(idempotencyKeys.status), lt(idempotencyKeys.createdAt, limits.staleBefore)),
          lt(idempotencyKeys.createdAt, limits.expiredBefore),
        ),
      })
      .returning({ key: idempotencyKeys.key });
    if (claimed.length > 0) return null;
    const rows = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.callerId, claim.callerId), eq(idempotencyKeys.key, claim.key)))
      .limit(1);
    // Released between our insert and this read: try to claim it again.
    if (rows[0]) return toRecord(rows[0]);
  }
  throw new Error('claimIdempotencyKey: the key kept changing hands');
}

export async function completeIdempotencyKey(
  db: SqlDb,
  callerId: string,
  key: string,
  response: { status: number; body: string },
  at: number,
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ status: response.status, response: response.body, completedAt: at })
    .where(and(eq(idempotencyKeys.callerId, callerId), eq(idempotencyKeys.key, key)));
}

export async function releaseIdempotencyKey(db: SqlDb, callerId: string, key: string): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.callerId, callerId), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.status)));
}
