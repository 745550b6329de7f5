import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiKeyRecord, AppStore } from '../app-store.ts';
import { sampleUser, T0 } from './fixtures.ts';

function sampleKey(ownerId: string, overrides: Partial<ApiKeyRecord> = {}): ApiKeyRecord {
  return {
    id: randomUUID(),
    ownerId,
    kind: 'secret',
    name: 'backend',
    prefix: 'ens_sk_abcd',
    keyHash: randomUUID().replaceAll('-', ''),
    origins: [],
    createdAt: T0,
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

async function owner(store: AppStore): Promise<string> {
  const user = sampleUser();
  await store.createUser(user);
  return user.id;
}

/** API keys: stored by hash, listed per owner, revoked once, publishable origins looked up exactly. */
export function describeApiKeys(getStore: () => AppStore): void {
  describe('api keys', () => {
    it('round-trips a key, found by id and by hash', async () => {
      const store = getStore();
      const key = sampleKey(await owner(store), { kind: 'publishable', origins: ['https://a.example'] });
      await store.createApiKey(key);
      expect(await store.getApiKey(key.id)).toEqual(key);
      expect(await store.getApiKeyByHash(key.keyHash)).toEqual(key);
      expect(await store.getApiKeyByHash('nope')).toBeNull();
    });

    it('finds several keys by id in one call, leaving out the missing ones', async () => {
      const store = getStore();
      const who = await owner(store);
      const a = sampleKey(who);
      const b = sampleKey(who, { kind: 'publishable', origins: ['https://b.example'] });
      for (const key of [a, b]) await store.createApiKey(key);
      const found = await store.getApiKeys([a.id, 'missing', b.id, a.id]);
      expect([...found.keys()].sort()).toEqual([a.id, b.id].sort());
      expect(found.get(a.id)).toEqual(a);
      expect(found.get(b.id)).toEqual(b);
      expect((await store.getApiKeys([])).size).toBe(0);
    });

    it('rejects a duplicate key hash as a conflict', async () => {
      const store = getStore();
      const key = sampleKey(await owner(store));
      await store.createApiKey(key);
      await expect(store.createApiKey(sampleKey(key.ownerId, { keyHash: key.keyHash }))).rejects.toMatchObject({
        code: 'conflict',
      });
    });

    it("lists only the owner's keys, newest first", async () => {
      const store = getStore();
      const [a, b] = [await owner(store), await owner(store)];
      const older = sampleKey(a, { createdAt: T0 });
      const newer = sampleKey(a, { createdAt: T0 + 5 });
      await store.createApiKey(older);
      await store.createApiKey(newer);
      await store.createApiKey(sampleKey(b));
      expect((await store.listApiKeys(a)).map((k) => k.id)).toEqual([newer.id, older.id]);
    });

    it('revokes a key once, and only for its owner', async () => {
      const store = getStore();
      const [a, b] = [await owner(store), await owner(store)];
      const key = sampleKey(a);
      await store.createApiKey(key);
      expect(await store.revokeApiKey(key.id, b, T0 + 1)).toBe(false);
      expect(await store.revokeApiKey(key.id, a, T0 + 2)).toBe(true);
      expect(await store.revokeApiKey(key.id, a, T0 + 3)).toBe(false);
      expect((await store.getApiKey(key.id))?.revokedAt).toBe(T0 + 2);
    });

    it('records the last use and never moves it backwards', async () => {
      const store = getStore();
      const key = sampleKey(await owner(store));
      await store.createApiKey(key);
      await store.touchApiKey(key.id, T0 + 10);
      await store.touchApiKey(key.id, T0 + 5);
      expect((await store.getApiKey(key.id))?.lastUsedAt).toBe(T0 + 10);
    });

    it('knows an origin only while an unrevoked publishable key lists it exactly', async () => {
      const store = getStore();
      const id = await owner(store);
      const origin = `https://${randomUUID()}.example`;
      expect(await store.isPublishableOrigin(origin)).toBe(false);
      await store.createApiKey(sampleKey(id, { kind: 'secret', origins: [] }));
      const key = sampleKey(id, { kind: 'publishable', origins: ['https://other.example', origin] });
      await store.createApiKey(key);
      expect(await store.isPublishableOrigin(origin)).toBe(true);
      expect(await store.isPublishableOrigin(`${origin}:8080`)).toBe(false);
      await store.revokeApiKey(key.id, id, T0 + 1);
      expect(await store.isPublishableOrigin(origin)).toBe(false);
    });

    it('refuses a key for an owner who does not exist', async () => {
      const store = getStore();
      await expect(store.createApiKey(sampleKey(randomUUID()))).rejects.toMatchObject({ code: 'not_found' });
    });
  });
}
