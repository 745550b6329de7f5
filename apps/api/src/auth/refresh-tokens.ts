import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Id } from '@ensemble/core';
import { AppError } from '../errors.ts';
import type { AppStore } from '../store/app-store.ts';

/** A refresh token lives 30 days from its issue; each rotation starts a new 30 days. */
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** 256 bits of randomness: not guessable, so a fast hash (not argon2) is enough to store it. */
const REFRESH_TOKEN_BYTES = 32;

export interface IssuedRefreshToken {
  /** The opaque token handed to the client once; only its hash is stored. */
  token: string;
  userId: Id;
  familyId: Id;
  expiresAt: number;
}

/** SHA-256 of the token, base64url: what the store keeps and looks tokens up by. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Stores and returns a new refresh token; a login starts a family, a rotation continues one. */
export async function issueRefreshToken(
  store: AppStore,
  userId: Id,
  now: number,
  familyId: Id = randomUUID(),
): Promise<IssuedRefreshToken> {
  const token = randomBytes(REFRESH_TOKEN_BYTES).toString('base64url');
  const expiresAt = now + REFRESH_TOKEN_TTL_MS;
  await store.createRefreshToken({
    id: randomUUID(),
    userId,
    familyId,
    tokenHash: hashRefreshToken(token),
    expiresAt,
    usedAt: null,
    revokedAt: null,
    createdAt: now,
  });
  return { token, userId, familyId, expiresAt };
}

/**
 * Exchanges a refresh token for its successor in the same family (the presented one becomes used).
 * Presenting a token that was already used means it was copied: the whole family is revoked, so
 * neither the thief nor the owner can continue it, and the call fails with 'refresh_token_reused'.
 */
export async function rotateRefreshToken(store: AppStore, presented: string, now: number): Promise<IssuedRefreshToken> {
  const record = await store.getRefreshTokenByHash(hashRefreshToken(presented));
  if (record === null) throw invalid();
  if (record.revokedAt !== null) throw invalid();
  if (record.usedAt !== null) return reused(store, record.familyId, now);
  if (record.expiresAt <= now) {
    throw new AppError('UNAUTHORIZED', 'refresh_token_expired', 'Your session has expired. Sign in again.');
  }
  const rotated = await store.transaction(async (tx) => {
    // consume is race-safe: of two concurrent rotations of one token, exactly one wins.
    if (!(await tx.consumeRefreshToken(record.id, now))) return null;
    return issueRefreshToken(tx, record.userId, now, record.familyId);
  });
  return rotated ?? reused(store, record.familyId, now);
}

/** Ends the session the token belongs to (its whole family). Unknown tokens are ignored: logout is idempotent. */
export async function revokeRefreshToken(store: AppStore, presented: string, now: number): Promise<void> {
  const record = await store.getRefreshTokenByHash(hashRefreshToken(presented));
  if (record !== null) await store.revokeTokenFamily(record.familyId, now);
}

async function reused(store: AppStore, familyId: Id, now: number): Promise<never> {
  // Committed on its own, outside any transaction the failure could roll back.
  await store.revokeTokenFamily(familyId, now);
  throw new AppError(
    'UNAUTHORIZED',
    'refresh_token_reused',
    'This refresh token was already used, so the session has been ended for safety. Sign in again.',
  );
}

function invalid(): AppError {
  return new AppError('UNAUTHORIZED', 'refresh_token_invalid', 'This session is no longer valid. Sign in again.');
}
