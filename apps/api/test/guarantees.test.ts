/**
 * Guarantees at the API's edge, against a real server: the text rule, sign-in throttling that cannot lock
 * the owner out, Retry-After on every 429, and a key change taking effect at once for CORS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignInThrottle } from '../src/limits/sign-in-throttle.ts';
import { startApi, type RunningApi } from '../testing/harness.ts';
import { rest } from './rest-client.ts';

let api: RunningApi;
let token: string;
const email = `owner-${Math.random().toString(36).slice(2)}@example.com`;
const password = 'a good password';

beforeAll(async () => {
  // Behind a trusted proxy, so the test can speak from several client addresses.
  api = await startApi({ env: { TRUST_PROXY: '1' } });
  const registered = await rest<{ accessToken: string }>(api.url, 'POST', '/api/v1/auth/register', {
    body: { email, password, displayName: 'Owner' },
  });
  token = registered.body.accessToken;
}, 180_000);
afterAll(async () => {
  await api?.stop();
});

const from = (address: string) => ({ 'x-forwarded-for': address });

describe('one rule for text', () => {
  it('refuses NUL and lone surrogates in bodies with 400 invalid_input naming the field', async () => {
    for (const name of ['a\u0000b', 'x\ud800y', 'y\udc00']) {
      const answer = await rest<{ error: { code: string; message: string } }>(api.url, 'POST', '/api/v1/ecosystems', {
        token,
        body: { name, description: 'fine' },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('invalid_input');
      expect(answer.body.error.message).toMatch(/name/);
    }
    const nested = await rest<{ error: { message: string } }>(api.url, 'POST', '/api/v1/ecosystems', {
      token,
      body: { name: 'ok', description: 'ok', extra: { deep: ['z\u0000'] } },
    });
    expect(nested.status).toBe(400);
    expect(nested.body.error.message).toMatch(/extra\.deep\.0/);
  });

  it('what an answer echoes is what a later read returns (a valid pair of surrogates passes)', async () => {
    const created = await rest<{ id: string; name: string }>(api.url, 'POST', '/api/v1/ecosystems', {
      token,
      body: { name: 'Harbour 🎏 ✓', description: 'é' },
    });
    expect(created.status).toBe(201);
    const read = await rest<{ name: string }>(api.url, 'GET', `/api/v1/ecosystems/${created.body.id}`, { token });
    expect(read.body.name).toBe(created.body.name);
  });

  it('refuses %00 in path ids and queries with 400, never 500', async () => {
    for (const path of [
      '/api/v1/ecosystems/abc%00def',
      '/api/v1/characters/%00',
      '/api/v1/ecosystems/x%ED%A0%80y',
      '/api/v1/ecosystems/abc/events?after_seq=%00',
    ]) {
      const answer = await rest(api.url, 'GET', path, { token });
      expect([400, 404]).toContain(answer.status);
    }
    const tRpc = await fetch(
      `${api.url}/trpc/ecosystems.get?input=${encodeURIComponent(JSON.stringify({ id: 'a\u0000' }))}`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(tRpc.status).toBe(400);
  });
});

describe('sign-in throttling', () => {
  it('backs off wrong passwords per address with Retry-After; the right password from elsewhere still works', async () => {
    const login = (pw: string, address: string) =>
      rest<{ error?: { code: string } }>(api.url, 'POST', '/api/v1/auth/login', {
        body: { email, password: pw },
        headers: from(address),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await login('wrong password', '198.51.100.7')).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses).toContain(429);
    const refused = await login(password, '198.51.100.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The owner, elsewhere.
    expect((await login(password, '203.0.113.9')).status).toBe(200);
    // tRPC over HTTP carries Retry-After too.
    const viaTrpc = await fetch(`${api.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('198.51.100.7') },
      body: JSON.stringify({ email, password }),
    });
    expect(viaTrpc.status).toBe(429);
    expect(Number(viaTrpc.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('limits each address over every account, and the backoff doubles up to its cap', async () => {
    const throttle = new SignInThrottle(null, {
      freeFailures: 1,
      maxBackoffSeconds: 4,
      perAddress: { points: 6, durationSeconds: 60 },
    });
    await throttle.before('a@example.com', '10.0.0.1');
    await throttle.failed('a@example.com', '10.0.0.1');
    await throttle.failed('a@example.com', '10.0.0.1');
    await expect(throttle.before('a@example.com', '10.0.0.1')).rejects.toMatchObject({
      appCode: 'rate_limited',
      retryAfterSeconds: 1,
    });
    await throttle.failed('a@example.com', '10.0.0.1');
    await throttle.failed('a@example.com', '10.0.0.1');
    await throttle.failed('a@example.com', '10.0.0.1');
    await expect(throttle.before('a@example.com', '10.0.0.1')).rejects.toMatchObject({ retryAfterSeconds: 4 });
    await throttle.before('a@example.com', '10.0.0.2'); // another address is not slowed
    // Successful sign-ins from one address (an office behind a NAT) never count against it.
    for (let i = 0; i < 20; i++) {
      await throttle.before('ok@example.com', '10.0.0.3');
      await throttle.succeeded('ok@example.com', '10.0.0.3');
    }
    // Failures do, whatever the account: six accounts fail once each (each within its free failure) …
    for (const name of ['b', 'c', 'd', 'e', 'f', 'g']) {
      await throttle.before(`${name}@example.com`, '10.0.0.3');
      await throttle.failed(`${name}@example.com`, '10.0.0.3');
    }
    // … and the address is over its limit for every account.
    await expect(throttle.before('h@example.com', '10.0.0.3')).rejects.toMatchObject({ appCode: 'rate_limited' });
    await throttle.succeeded('a@example.com', '10.0.0.1');
    await throttle.before('a@example.com', '10.0.0.1');
  });
});

describe('key changes', () => {
  it("a new publishable key's origin passes CORS at once, even right after it was refused", async () => {
    const origin = `https://fresh-${Math.random().toString(36).slice(2)}.example`;
    const preflight = () =>
      fetch(`${api.url}/api/v1/ecosystems`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET' },
      });
    expect((await preflight()).headers.get('access-control-allow-origin')).toBeNull();
    const created = await rest<{ key: { id: string } }>(api.url, 'POST', '/api/v1/api-keys', {
      token,
      body: { kind: 'publishable', name: 'Embed', origins: [origin] },
    });
    expect(created.status).toBe(201);
    expect((await preflight()).headers.get('access-control-allow-origin')).toBe(origin);
    const revoked = await rest(api.url, 'DELETE', `/api/v1/api-keys/${created.body.key.id}`, { token });
    expect(revoked.status).toBe(200);
    expect((await preflight()).headers.get('access-control-allow-origin')).toBeNull();
  });
});
