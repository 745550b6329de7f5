import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import { hashRefreshToken, issueRefreshToken, REFRESH_TOKEN_TTL_MS, rotateRefreshToken } from './refresh-tokens.ts';

let t: TestStore;
beforeAll(async () => {
  t = await openTestStore();
});
afterAll(async () => {
  await t?.close();
});

const now = Date.UTC(2030, 0, 1);

async function newUser(): Promise<string> {
  const id = randomUUID();
  await t.store.createUser({ id, email: `${id}@example.com`, displayName: 'U', passwordHash: 'x', createdAt: now });
  return id;
}

async function appCodeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return (error as { appCode?: string } | null)?.appCode ?? 'no error';
}

describe('refresh tokens', () => {
  it('stores only the SHA-256 hash of the opaque token', async () => {
    const issued = await issueRefreshToken(t.store, await newUser(), now);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await t.store.getRefreshTokenByHash(issued.token)).toBeNull();
    expect((await t.store.getRefreshTokenByHash(hashRefreshToken(issued.token)))?.userId).toBe(issued.userId);
  });

  it('rotates into a new token of the same family and a new 30-day expiry', async () => {
    const first = await issueRefreshToken(t.store, await newUser(), now);
    const second = await rotateRefreshToken(t.store, first.token, now + 1000);
    expect(second.token).not.toBe(first.token);
    expect(second.familyId).toBe(first.familyId);
    expect(second.expiresAt).toBe(now + 1000 + REFRESH_TOKEN_TTL_MS);
  });

  it('revokes the whole family when a used token is presented again', async () => {
    const first = await issueRefreshToken(t.store, await newUser(), now);
    const second = await rotateRefreshToken(t.store, first.token, now + 1);
    expect(await appCodeOf(rotateRefreshToken(t.store, first.token, now + 2))).toBe('refresh_token_reused');
    // The legitimate successor is now dead too: the thief and the owner both have to sign in again.
    expect(await appCodeOf(rotateRefreshToken(t.store, second.token, now + 3))).toBe('refresh_token_invalid');
  });

  it('lets exactly one of two concurrent rotations of one token win', async () => {
    const first = await issueRefreshToken(t.store, await newUser(), now);
    const outcomes = await Promise.allSettled([
      rotateRefreshToken(t.store, first.token, now + 1),
      rotateRefreshToken(t.store, first.token, now + 1),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  });

  it('refuses an expired token', async () => {
    const first = await issueRefreshToken(t.store, await newUser(), now);
    expect(await appCodeOf(rotateRefreshToken(t.store, first.token, now + REFRESH_TOKEN_TTL_MS))).toBe(
      'refresh_token_expired',
    );
  });

  it('refuses a token it never issued', async () => {
    expect(await appCodeOf(rotateRefreshToken(t.store, 'made-up-token', now))).toBe('refresh_token_invalid');
  });
});
