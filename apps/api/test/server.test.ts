import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WARM } from './fixtures.ts';
import { errorOf, makeClient, signUp, startApi, type RunningApi } from '../testing/harness.ts';

let api: RunningApi;
const webDist = mkdtempSync(join(tmpdir(), 'ensemble-web-'));
beforeAll(async () => {
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Observatory</title>');
  writeFileSync(join(webDist, 'assets', 'app.js'), 'console.log("app")');
  api = await startApi({ env: { WEB_DIST: webDist } });
}, 90_000);
afterAll(async () => {
  await api?.stop();
  rmSync(webDist, { recursive: true, force: true });
});

/** Opens a raw WebSocket and reports how the handshake ended. */
function handshake(url: string, headers: Record<string, string> = {}): Promise<'open' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', () => {});
  });
}

describe('the HTTP + WebSocket server', () => {
  it('serves tRPC over ws on the same port, authenticated by connectionParams', async () => {
    const user = await signUp(api.url, 'ws');
    const { client, close } = makeClient(api.url, user.session.accessToken, { transport: 'ws' });
    try {
      const eco = await client.ecosystems.create.mutate({ name: 'Over ws' });
      expect((await client.ecosystems.get.query({ id: eco.id })).name).toBe('Over ws');
    } finally {
      close();
      user.close();
    }
  });

  it('treats a ws connection without a token as anonymous', async () => {
    const { client, close } = makeClient(api.url, null, { transport: 'ws' });
    try {
      expect((await errorOf(client.ecosystems.list.query())).data.appCode).toBe('unauthenticated');
      expect(await client.health.live.query()).toEqual({ status: 'ok' });
    } finally {
      close();
    }
  });

  it('refuses a WebSocket from a foreign origin and an unknown path, accepts its own origin', async () => {
    expect(await handshake(api.wsUrl, { origin: 'https://evil.example' })).toBe(403);
    expect(await handshake(api.wsUrl.replace('/trpc', '/nowhere'))).toBe(404);
    expect(await handshake(api.wsUrl, { origin: api.url })).toBe('open');
  });

  it('serves the web app, with index.html for client-side routes but not for API paths', async () => {
    const html = { headers: { accept: 'text/html' } };
    expect(await (await fetch(`${api.url}/`, html)).text()).toContain('<title>Observatory</title>');
    expect(await (await fetch(`${api.url}/ecosystems/123/observatory`, html)).text()).toContain('Observatory');
    expect(await (await fetch(`${api.url}/assets/app.js`)).text()).toBe('console.log("app")');
    const apiPath = await fetch(`${api.url}/api/v1/nothing-here`, html);
    expect(apiPath.status).toBe(404);
    expect(await apiPath.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers GET / from a client that does not ask for HTML with a short text pointing to the app and the docs', async () => {
    for (const accept of [undefined, '*/*', 'text/plain']) {
      const response = await fetch(`${api.url}/`, accept === undefined ? {} : { headers: { accept } });
      expect(response.status, `Accept: ${accept}`).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(text).toContain(`${api.url}/api/docs`);
      expect(text).toContain('open it in a browser');
    }
  });

  it('reports readiness with the database check (and Redis and Neo4j when configured)', async () => {
    const response = await fetch(`${api.url}/health/ready`);
    expect(response.status).toBe(200);
    const expected: Record<string, string> = { database: 'ok' };
    if (process.env['REDIS_URL']) expected['redis'] = 'ok';
    if (process.env['NEO4J_URL']) expected['neo4j'] = 'ok';
    expect(await response.json()).toEqual({ status: 'ok', checks: expected });
  });
});

describe('a restart', () => {
  it('keeps the data and the signing secret, so issued tokens stay valid', async () => {
    const first = await startApi();
    let current = first;
    try {
      const user = await signUp(first.url, 'durable');
      const eco = await user.client.ecosystems.create.mutate({ name: 'Survives' });
      await user.client.characters.create.mutate({ ecosystemId: eco.id, name: 'Ada', personality: WARM });
      user.close();
      current = await first.restart();
      const again = makeClient(current.url, user.session.accessToken, { transport: 'http' });
      expect((await again.client.characters.list.query({ ecosystemId: eco.id })).map((c) => c.name)).toEqual(['Ada']);
    } finally {
      await current.stop();
    }
  }, 120_000);

  it('stops promptly even with a WebSocket client connected', async () => {
    const other = await startApi();
    const ws = new WebSocket(other.wsUrl);
    await new Promise((resolve) => ws.on('open', resolve));
    const closed = new Promise((resolve) => ws.on('close', resolve));
    const started = Date.now();
    await other.stop();
    await closed;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(other.process.exitCode).toBe(0);
  }, 120_000);
});
