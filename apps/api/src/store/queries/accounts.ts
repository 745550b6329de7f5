/** Users and refresh tokens. */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Id } from '@ensemble/core';
import type { SqlDb } from '../../db/database.ts';
import { refreshTokens, users } from '../../db/schema.ts';
import type { RefreshTokenRecord, UserRecord } from '../app-store.ts';
import { toRefreshToken, toUser } from '../rows.ts';

export async function createUser(db: SqlDb, user: UserRecord): Promise<void> {
  await db.insert(users).values({ ...user });
}

/** Emails match regardless of case (the unique index is on lower(email)). */
export async function getUserByEmail(db: SqlDb, email: string): Promise<UserRecord | null> {
  const rows = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function getUserById(db: SqlDb, id: Id): Promise<UserRecord | null> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function createRefreshToken(db: SqlDb, token: RefreshTokenRecord): Promise<void> {
  await db.insert(refreshTokens).values({ ...token });
}

export async function getRefreshTokenByHash(db: SqlDb, tokenHash: string): Promise<RefreshTokenRecord | null> {
  const rows = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).limit(1);
  return rows[0] ? toRefreshToken(rows[0]) : null;
}

/**
 * One conditional UPDATE: under concurrency the row lock makes the second caller re-check
 * `used_at IS NULL` after the first commits, so exactly one caller consumes the token.
 */
export async function consumeRefreshToken(db: SqlDb, id: Id, at: number): Promise<boolean> {
  const rows = await db
    .update(refreshTokens)
    .set({ usedAt: at })
    .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt)))
    .returning({ id: refreshTokens.id });
  return rows.length > 0;
}

export async function revokeTokenFamily(db: SqlDb, familyId: Id, at: number): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}
