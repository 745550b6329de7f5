import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawCall, signUp, startApi, type RunningApi } from '../testing/harness.ts';

let api: RunningApi;
let token: string;
beforeAll(async () => {
  api = await startApi();
  const user = await signUp(api.url, 'errors');
  token = user.session.accessToken;
  user.close();
});
afterAll(async () => {
  await api?.stop();
});

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
}

describe('error responses', () => {
  it('reports a validation error as 400 invalid_input with a plain message naming the field, and no stack', async () => {
    const { status, body } = await rawCall(api.url, 'ecosystems.create', { name: 'x'.repeat(81) }, { token });
    expect(status).toBe(400);
    const error = (body as { error: { message: string; data: { appCode: string } } }).error;
    expect(error.data.appCode).toBe('invalid_input');
    expect(error.message).toMatch(/^Invalid input — name: /);
    expect(error.message).not.toContain('{');
    expect(keysOf(body)).not.toContain('stack');
  });

  it('reports an unknown input key as invalid_input', async () => {
    const { status, body } = await rawCall(api.url, 'ecosystems.create', { name: 'ok', ownerId: 'me' }, { token });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('"appCode":"invalid_input"');
  });

  it('reports a missing token as 401 unauthenticated, without a stack', async () => {
    const { status, body } = await rawCall(api.url, 'ecosystems.list', undefined, { method: 'GET' });
    expect(status).toBe(401);
    expect(JSON.stringify(body)).toContain('"appCode":"unauthenticated"');
    expect(keysOf(body)).not.toContain('stack');
  });

  it('reports an unknown procedure as 404, without a stack', async () => {
    const { status, body } = await rawCall(api.url, 'ecosystems.nope', {}, { token });
    expect(status).toBe(404);
    expect(keysOf(body)).not.toContain('stack');
  });

  it('answers an unknown route with JSON 404 and a malformed body with JSON 400', async () => {
    const missing = await fetch(`${api.url}/no/such/route`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
    const malformed = await fetch(`${api.url}/trpc/ecosystems.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"name":',
    });
    expect(malformed.status).toBe(400);
    expect(keysOf(await malformed.json())).not.toContain('stack');
  });

  it('refuses a body over the size limit', async () => {
    const { status } = await rawCall(
      api.url,
      'ecosystems.create',
      { name: 'big', description: 'x'.repeat(600_000) },
      { token },
    );
    expect(status).toBe(413);
  });

  it('does not announce the framework', async () => {
    const response = await fetch(`${api.url}/health/live`);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
