import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import type { AppStore } from '../store/app-store.ts';
import { AuthService } from './auth-service.ts';

const KEY_CHECK_MS = 10_000;
let t: TestStore;
let time = Date.UTC(2030, 0, 1);
let auth: AuthService;
/** Calls on the store's key lookups (the database check an upgrade makes). */
const reads = { getApiKeys: 0, getApiKeyByHash: 0 };

/** The real store, with its key lookups counted. */
function counting(store: AppStore): AppStore {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (name === 'getApiKeys' || name === 'getApiKeyByHash') reads[name] += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

beforeAll(async () => {
  t = await openTestStore();
  auth = new AuthService({
    store: counting(t.store),
    clock: { now: () => time },
    jwtSecret: new TextEncoder().encode('u'.repeat(32)),
    upgradeVerdictMs: KEY_CHECK_MS,
  });
});
afterAll(async () => {
  await t?.close();
});

async function ownerWithKey() {
  const session = await auth.register({ email: `${randomUUID()}@example.com`, password: 'long enough' });
  const { key, secret } = await auth.keys.create(session.user.id, { kind: 'secret', name: 'backend', origins: [] });
  const widget = await auth.keys.mintWidgetToken(
    { keyId: key.id, ownerId: session.user.id },
    { ecosystemId: randomUUID(), scope: 'read', ttlSeconds: 600 },
  );
  return { ownerId: session.user.id, keyId: key.id, secret, widgetToken: widget.token };
}

function resetReads() {
  reads.getApiKeys = 0;
  reads.getApiKeyByHash = 0;
}

describe('verdicts on WebSocket upgrades', () => {
  it('a burst of 50 upgrades with one widget token makes one store read, and all are admitted', async () => {
    const { widgetToken } = await ownerWithKey();
    resetReads();
    const verdicts = await Promise.all(
      Array.from({ length: 50 }, () => auth.authenticate(widgetToken, { upgrade: true })),
    );
    expect(verdicts.every((v) => v.ok && v.grant.kind === 'widget')).toBe(true);
    // A second burst inside WS_KEY_CHECK_MS reuses the verdict too.
    time += KEY_CHECK_MS / 2;
    await Promise.all(Array.from({ length: 50 }, () => auth.authenticate(widgetToken, { upgrade: true })));
    expect(reads.getApiKeys).toBe(1);
    // Once WS_KEY_CHECK_MS has passed, the next upgrade asks the store again.
    time += KEY_CHECK_MS;
    expect((await auth.authenticate(widgetToken, { upgrade: true })).ok).toBe(true);
    expect(reads.getApiKeys).toBe(2);
  });

  it('plain requests (not upgrades) still check the store every time', async () => {
    const { widgetToken } = await ownerWithKey();
    resetReads();
    for (let i = 0; i < 3; i++) expect((await auth.authenticate(widgetToken)).ok).toBe(true);
    expect(reads.getApiKeys).toBe(3);
  });

  it('a burst of upgrades with one secret key makes one store read', async () => {
    const { secret } = await ownerWithKey();
    resetReads();
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => auth.authenticate(secret, { upgrade: true })));
    expect(verdicts.every((v) => v.ok && v.grant.kind === 'secret_key')).toBe(true);
    expect(reads.getApiKeyByHash).toBe(1);
  });

  it('revoking the key on this node refuses the next upgrade at once, with its widget tokens', async () => {
    const { ownerId, keyId, secret, widgetToken } = await ownerWithKey();
    expect((await auth.authenticate(widgetToken, { upgrade: true })).ok).toBe(true);
    expect((await auth.authenticate(secret, { upgrade: true })).ok).toBe(true);
    await auth.keys.revoke(ownerId, keyId);
    expect(await auth.authenticate(widgetToken, { upgrade: true })).toEqual({ ok: false, failure: 'token_invalid' });
    expect(await auth.authenticate(secret, { upgrade: true })).toEqual({ ok: false, failure: 'token_invalid' });
  });

  it('a remembered verdict does not outlive its token: an expired widget token is refused', async () => {
    const session = await auth.register({ email: `${randomUUID()}@example.com`, password: 'long enough' });
    const { key } = await auth.keys.create(session.user.id, { kind: 'secret', name: 'short', origins: [] });
    const widget = await auth.keys.mintWidgetToken(
      { keyId: key.id, ownerId: session.user.id },
      { ecosystemId: randomUUID(), scope: 'read', ttlSeconds: 30 },
    );
    // Checked 25 s into its 30 s life: the verdict is remembered for 10 s more, the token lives 5 s more.
    time += 25_000;
    expect((await auth.authenticate(widget.token, { upgrade: true })).ok).toBe(true);
    time += 6_000;
    expect(await auth.authenticate(widget.token, { upgrade: true })).toEqual({ ok: false, failure: 'token_expired' });
  });

  it('a tampered widget token is refused without a store read', async () => {
    const { widgetToken } = await ownerWithKey();
    expect((await auth.authenticate(widgetToken, { upgrade: true })).ok).toBe(true);
    resetReads();
    const tampered = `${widgetToken.slice(0, -4)}AAAA`;
    expect(await auth.authenticate(tampered, { upgrade: true })).toEqual({ ok: false, failure: 'token_invalid' });
    expect(reads.getApiKeys).toBe(0);
  });
});
