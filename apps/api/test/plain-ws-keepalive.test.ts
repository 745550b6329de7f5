import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { loadConfig } from '../src/config.ts';
import { publicSurface, type PublicSurface } from '../src/rest/public-surface.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { closeServices, createServices, type AppServices } from '../src/services.ts';
import { openTestStore, type TestStore } from '../src/store/testing.ts';
import { openStream } from './rest-client.ts';

/** Short enough that a test sees two ping rounds in well under a second. */
const PING_MS = 150;

let opened: TestStore;
let services: AppServices;
let surface: PublicSurface;
let server: RunningServer;
let dataDir: string;
let token: string;
let ecosystemId: string;

beforeAll(async () => {
  opened = await openTestStore();
  dataDir = mkdtempSync(join(tmpdir(), 'ensemble-keepalive-'));
  const config = loadConfig({}, { port: 0, host: '127.0.0.1', dataDir, databaseUrl: null, redisUrl: null, neo4jUrl: null });
  services = await createServices(config, { database: opened.database, store: opened.store, log: () => {} });
  surface = publicSurface(services, { pingMs: PING_MS });
  server = await startServer(services, surface);
  const session = await services.auth.register({ email: `keepalive-${randomUUID()}@example.com`, password: 'a good password' });
  token = session.accessToken;
  ecosystemId = randomUUID();
  await services.store.createEcosystem({
    id: ecosystemId, ownerId: session.user.id, name: 'Quiet', description: '', lastSeq: 0, createdAt: 0, updatedAt: 0,
  });
}, 120_000);

afterAll(async () => {
  surface?.close();
  await server?.close();
  if (services) await closeServices(services);
  await opened?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('plain stream keepalive', () => {
  it('drops a client that stops answering pings', async () => {
    const dead = openStream(server.url, ecosystemId, { token, autoPong: false });
    await dead.ready;
    const startedAt = Date.now();
    const closed = await dead.closed;
    // Terminated, not closed politely: the peer is presumed gone, so no close frame is sent.
    expect(closed.code).toBe(1006);
    expect(Date.now() - startedAt).toBeLessThan(PING_MS * 6);
  });

  it('keeps a client that answers pings open across many ping rounds', async () => {
    const alive = openStream(server.url, ecosystemId, { token });
    await alive.ready;
    let pings = 0;
    alive.ws.on('ping', () => { pings += 1; });
    await new Promise((resolve) => setTimeout(resolve, PING_MS * 6));
    expect(pings).toBeGreaterThanOrEqual(3);
    expect(alive.ws.readyState).toBe(WebSocket.OPEN);
    alive.close();
  });

  it('closes open streams with 1001 when the surface shuts down', async () => {
    const stream = openStream(server.url, ecosystemId, { token });
    await stream.ready;
    surface.close();
    const closed = await stream.closed;
    expect(closed.code).toBe(1001);
    expect(closed.reason).toMatch(/^server_shutdown:/);
  });
});
