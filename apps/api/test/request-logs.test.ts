import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { publicSurface, type PublicSurface } from '../src/rest/public-surface.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { closeServices, createServices, type AppServices } from '../src/services.ts';
import { openTestStore, type TestStore } from '../testing/stores.ts';
import { createLogger, errorForLog, setLogger } from '../src/telemetry/logger.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { rest } from './rest-client.ts';

/** Every line the server logged, parsed. */
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n'))
      if (line !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let opened: TestStore;
let services: AppServices;
let surface: PublicSurface;
let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  setLogger(createLogger({ level: 'info', destination: sink }));
  opened = await openTestStore();
  dataDir = mkdtempSync(join(tmpdir(), 'ensemble-logs-'));
  const config = loadConfig(
    {},
    { port: 0, host: '127.0.0.1', dataDir, databaseUrl: null, redisUrl: null, neo4jUrl: null },
  );
  services = await createServices(config, { database: opened.database, store: opened.store, log: () => {} });
  surface = publicSurface(services);
  server = await startServer(services, surface);
}, 120_000);
afterAll(async () => {
  surface?.close();
  await server?.close();
  if (services) await closeServices(services);
  await opened?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the request log', () => {
  it('a failed sign-in is logged with its status and request id, never the password or a token', async () => {
    const email = `logs-${randomUUID()}@example.com`;
    const password = 'correct horse battery staple';
    const registered = await rest<{ accessToken: string }>(server.url, 'POST', '/api/v1/auth/register', {
      body: { email, password },
    });
    expect(registered.status).toBe(201);
    const failed = await rest(server.url, 'POST', '/api/v1/auth/login', {
      body: { email, password: 'wrong horse battery staple' },
      headers: { 'x-request-id': 'signin-1' },
    });
    expect(failed.status).toBe(401);
    const line = lines.find((l) => l['requestId'] === 'signin-1');
    expect(line).toMatchObject({ msg: 'request', route: '/api/v1/auth/login', status: 401, level: 30 });
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain('horse battery staple');
    expect(everything).not.toContain(registered.body.accessToken);
    expect(everything).not.toContain(email);
  });

  it('a request id links the REST call, its log lines and the events it committed', async () => {
    const session = await services.auth.register({
      email: `logs-${randomUUID()}@example.com`,
      password: 'a good password',
    });
    const token = session.accessToken;
    const eco = await rest<{ id: string }>(server.url, 'POST', '/api/v1/ecosystems', {
      token,
      body: { name: 'Traced' },
    });
    const ids = [];
    for (const [name, personality] of [
      ['Ada', WARM],
      ['Bo', PRICKLY],
    ] as const) {
      const created = await rest<{ id: string }>(server.url, 'POST', `/api/v1/ecosystems/${eco.body.id}/characters`, {
        token,
        body: { name, personality },
      });
      ids.push(created.body.id);
    }
    const requestId = `trace-${randomUUID()}`;
    const response = await rest<{ success: boolean }>(server.url, 'POST', '/api/v1/interactions', {
      token,
      headers: { 'x-request-id': requestId },
      body: { initiator_id: ids[0], target_id: ids[1], type: 'chat' },
    });
    expect(response.status).toBe(200);
    expect(response.body.success).toBe(true);
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expect(lines.filter((l) => l['requestId'] === requestId)).toEqual([
      expect.objectContaining({ msg: 'request', route: '/api/v1/interactions', status: 200 }),
    ]);
    const result = (await services.database.db.execute(
      sql`select type, request_id from events where ecosystem_id = ${eco.body.id} order by seq`,
    )) as unknown as { rows: { type: string; request_id: string | null }[] };
    const caused = result.rows.filter((r) => r.request_id === requestId);
    expect(caused.map((r) => r.type)).toContain('character_interaction');
    expect(caused.length).toBeGreaterThanOrEqual(3);
    // A request without an id gets a fresh one, echoed back.
    const plain = await rest(server.url, 'GET', '/api/v1/ecosystems', { token });
    expect(plain.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('credentials are redacted wherever they sit, and failed queries lose their parameters', () => {
    const captured: string[] = [];
    const logger = createLogger({
      level: 'info',
      destination: new Writable({
        write(c: Buffer, _e, done) {
          captured.push(c.toString());
          done();
        },
      }),
    });
    logger.info(
      {
        authorization: 'Bearer abc.def',
        req: { headers: { authorization: 'Bearer abc.def', cookie: 'sid=1' } },
        body: { password: 'hunter22', token: 'tok-1', key: 'sk_live_1' },
      },
      'x',
    );
    expect(captured.join('')).not.toMatch(/abc\.def|hunter22|tok-1|sk_live_1|sid=1/);
    const failure = new Error('Failed query: insert into users (email) values ($1)\nparams: ada@example.com');
    const logged = errorForLog(new Error('wrapped', { cause: failure }));
    expect(JSON.stringify(logged)).not.toContain('ada@example.com');
    expect(logged.cause?.message).toContain('insert into users');
  });
});
