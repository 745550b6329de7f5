import { describe, expect, it } from 'vitest';
import { StoreError, type AppStore } from '../app-store.ts';
import { sampleToken, sampleUser, T0 } from './fixtures.ts';

/** Users and rotating refresh tokens. */
export function describeAccounts(getStore: () => AppStore): void {
  describe('users', () => {
    it('round-trips a user, found by id and by email', async () => {
      const store = getStore();
      const user = sampleUser();
      await store.createUser(user);
      expect(await store.getUserById(user.id)).toEqual(user);
      expect(await store.getUserByEmail(user.email)).toEqual(user);
    });

    it('finds a user by email regardless of case', async () => {
      const store = getStore();
      const user = sampleUser();
      await store.createUser(user);
      expect((await store.getUserByEmail(user.email.toUpperCase()))?.id).toBe(user.id);
      expect((await store.getUserByEmail(user.email.toLowerCase()))?.id).toBe(user.id);
    });

    it('rejects a second account with the same email in another case as a conflict', async () => {
      const store = getStore();
      const user = sampleUser();
      await store.createUser(user);
      const error = await store.createUser(sampleUser({ email: user.email.toLowerCase() })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('conflict');
      expect((error as StoreError).message).toBe('An account with this email already exists.');
    });

    it('rejects a duplicate user id as a conflict', async () => {
      const store = getStore();
      const user = sampleUser();
      await store.createUser(user);
      await expect(store.createUser(sampleUser({ id: user.id }))).rejects.toMatchObject({ code: 'conflict' });
    });

    it('returns null for an unknown user', async () => {
      const store = getStore();
      expect(await store.getUserById(sampleUser().id)).toBeNull();
      expect(await store.getUserByEmail(sampleUser().email)).toBeNull();
    });
  });

  describe('refresh tokens', () => {
    async function savedToken(store: AppStore, overrides = {}) {
      const user = sampleUser();
      await store.createUser(user);
      const token = sampleToken(user.id, overrides);
      await store.createRefreshToken(token);
      return token;
    }

    it('round-trips a token, found by its hash', async () => {
      const store = getStore();
      const token = await savedToken(store);
      expect(await store.getRefreshTokenByHash(token.tokenHash)).toEqual(token);
      expect(await store.getRefreshTokenByHash('unknown')).toBeNull();
    });

    it('rejects a duplicate token hash as a conflict', async () => {
      const store = getStore();
      const token = await savedToken(store);
      await expect(
        store.createRefreshToken(sampleToken(token.userId, { tokenHash: token.tokenHash })),
      ).rejects.toMatchObject({ code: 'conflict' });
    });

    it('consumes a token once: true, then false, and records when', async () => {
      const store = getStore();
      const token = await savedToken(store);
      expect(await store.consumeRefreshToken(token.id, T0 + 5)).toBe(true);
      expect(await store.consumeRefreshToken(token.id, T0 + 6)).toBe(false);
      expect((await store.getRefreshTokenByHash(token.tokenHash))?.usedAt).toBe(T0 + 5);
    });

    it('lets exactly one of many concurrent consumers of a token win', async () => {
      const store = getStore();
      const tokens = await Promise.all(Array.from({ length: 4 }, () => savedToken(store)));
      const attempts = tokens.flatMap((token) =>
        Array.from({ length: 6 }, (_, i) =>
          store.consumeRefreshToken(token.id, T0 + i).then((won) => ({ token, won })),
        ),
      );
      const results = await Promise.all(attempts);
      for (const token of tokens) expect(results.filter((r) => r.token === token && r.won)).toHaveLength(1);
    });

    it('revokes every token of a family and only that family; a revoked token cannot be consumed', async () => {
      const store = getStore();
      const first = await savedToken(store);
      const sibling = sampleToken(first.userId, { familyId: first.familyId });
      const stranger = sampleToken(first.userId);
      await store.createRefreshToken(sibling);
      await store.createRefreshToken(stranger);
      await store.revokeTokenFamily(first.familyId, T0 + 9);
      expect((await store.getRefreshTokenByHash(first.tokenHash))?.revokedAt).toBe(T0 + 9);
      expect((await store.getRefreshTokenByHash(sibling.tokenHash))?.revokedAt).toBe(T0 + 9);
      expect((await store.getRefreshTokenByHash(stranger.tokenHash))?.revokedAt).toBeNull();
      expect(await store.consumeRefreshToken(sibling.id, T0 + 10)).toBe(false);
      expect(await store.consumeRefreshToken(stranger.id, T0 + 10)).toBe(true);
    });
  });
}
