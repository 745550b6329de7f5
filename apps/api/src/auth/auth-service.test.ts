import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import { AuthService } from './auth-service.ts';

let t: TestStore;
let time = Date.UTC(2030, 0, 1);
let auth: AuthService;
beforeAll(async () => {
  t = await openTestStore();
  auth = new AuthService({
    store: t.store,
    clock: { now: () => time },
    jwtSecret: new TextEncoder().encode('x'.repeat(32)),
  });
});
afterAll(async () => {
  await t?.close();
});

const email = () => `${randomUUID()}@Example.COM`;

async function failure(promise: Promise<unknown>): Promise<{ appCode?: string; message?: string; code?: string }> {
  return promise.then(
    () => ({}),
    (e: unknown) => e as { appCode?: string; message?: string; code?: string },
  );
}

describe('AuthService', () => {
  it('stores emails lower-cased and signs in whatever the case', async () => {
    const address = email();
    const session = await auth.register({ email: `  ${address} `, password: 'long enough' });
    expect(session.user.email).toBe(address.toLowerCase());
    const again = await auth.login({ email: address.toUpperCase(), password: 'long enough' });
    expect(again.user.id).toBe(session.user.id);
  });

  it('refuses a second account for the same email in another case', async () => {
    const address = email();
    await auth.register({ email: address, password: 'long enough' });
    const error = await failure(auth.register({ email: address.toUpperCase(), password: 'other password' }));
    expect(error.appCode).toBe('email_taken');
  });

  it('fails a wrong password and an unknown email identically', async () => {
    const address = email();
    await auth.register({ email: address, password: 'long enough' });
    const wrongPassword = await failure(auth.login({ email: address, password: 'not the one' }));
    const unknownEmail = await failure(auth.login({ email: email(), password: 'long enough' }));
    expect(wrongPassword.appCode).toBe('invalid_credentials');
    expect({ ...unknownEmail }).toEqual({ ...wrongPassword });
    expect(unknownEmail.message).toBe(wrongPassword.message);
  });

  it('issues access tokens that stop verifying after 15 minutes', async () => {
    const session = await auth.register({ email: email(), password: 'long enough' });
    expect(await auth.verifyAccessToken(session.accessToken)).toEqual({ ok: true, user: session.user });
    const saved = time;
    time += 15 * 60 * 1000 + 1000;
    try {
      expect(await auth.verifyAccessToken(session.accessToken)).toEqual({ ok: false, failure: 'token_expired' });
    } finally {
      time = saved;
    }
  });

  it('answers a remembered token as the verification would: expired from its exp second on, and a tampered copy refused', async () => {
    const session = await auth.register({ email: email(), password: 'long enough' });
    const fresh = () =>
      new AuthService({
        store: t.store,
        clock: { now: () => time },
        jwtSecret: new TextEncoder().encode('x'.repeat(32)),
      });
    expect(await auth.verifyAccessToken(session.accessToken)).toEqual({ ok: true, user: session.user });
    const [head, body, signature] = session.accessToken.split('.') as [string, string, string];
    const middle = signature.length >> 1;
    const flipped = `${head}.${body}.${signature.slice(0, middle)}${signature[middle] === 'A' ? 'B' : 'A'}${signature.slice(middle + 1)}`;
    expect(await auth.verifyAccessToken(flipped)).toEqual({ ok: false, failure: 'token_invalid' });
    const saved = time;
    try {
      // The last millisecond before the expiry second, then the second itself: remembered and fresh agree.
      for (const [at, expected] of [
        [session.accessTokenExpiresAt - 1, { ok: true, user: session.user }],
        [session.accessTokenExpiresAt, { ok: false, failure: 'token_expired' }],
      ] as const) {
        time = at;
        expect(await auth.verifyAccessToken(session.accessToken)).toEqual(expected);
        expect(await fresh().verifyAccessToken(session.accessToken)).toEqual(expected);
      }
    } finally {
      time = saved;
    }
  });

  it('logs out by revoking the refresh token family', async () => {
    const session = await auth.register({ email: email(), password: 'long enough' });
    const refreshed = await auth.refresh(session.refreshToken);
    await auth.logout(refreshed.refreshToken);
    expect((await failure(auth.refresh(refreshed.refreshToken))).appCode).toBe('refresh_token_invalid');
  });
});

describe('ApiKeyService.keysActive', () => {
  it('answers false once any of the keys is revoked, and shares one lookup among concurrent askers', async () => {
    const owner = await auth.register({ email: email(), password: 'long enough' });
    const a = (await auth.keys.create(owner.user.id, { kind: 'secret', name: 'a', origins: [] })).key.id;
    const b = (
      await auth.keys.create(owner.user.id, { kind: 'publishable', name: 'b', origins: ['https://b.example'] })
    ).key.id;
    let lookups = 0;
    const getApiKeys = t.store.getApiKeys.bind(t.store);
    t.store.getApiKeys = (ids) => {
      lookups += 1;
      return getApiKeys(ids);
    };
    try {
      const answers = await Promise.all(Array.from({ length: 100 }, () => auth.keys.keysActive([a, b], 1_000)));
      expect(answers.every((active) => active)).toBe(true);
      expect(lookups).toBe(1);
      // Revoking on this node forgets that key's answer at once; the other key's answer is still reused.
      await auth.keys.revoke(owner.user.id, b);
      expect(await auth.keys.keysActive([a, b], 1_000)).toBe(false);
      expect(await auth.keys.keysActive([a], 1_000)).toBe(true);
      expect(lookups).toBe(2); // b once more
      // A revocation on another node is seen once the answer is older than maxAgeMs.
      await t.store.revokeApiKey(a, owner.user.id, time);
      expect(await auth.keys.keysActive([a], 1_000)).toBe(true);
      time += 1_000;
      expect(await auth.keys.keysActive([a], 1_000)).toBe(false);
      expect(await auth.keys.keysActive(['no-such-key'], 1_000)).toBe(false);
    } finally {
      t.store.getApiKeys = getApiKeys;
    }
  });
});
