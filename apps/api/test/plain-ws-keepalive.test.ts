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
import { openTestStore, type TestStore } from '../testing/stores.ts';
import { setWsLimits } from '../src/realtime/ws-guard.ts';
import { WsLimits } from '../src/realtime/ws-limits.ts';
import { openStream, until } from './rest-client.ts';

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
  const config = loadConfig(
    {},
    { port: 0, host: '127.0.0.1', dataDir, databaseUrl: null, redisUrl: null, neo4jUrl: null },
  );
  services = await createServices(config, { database: opened.database, store: opened.store, log: () => {} });
  surface = publicSurface(services, { pingMs: PING_MS });
  server = await startServer(services, surface);
  const session = await services.auth.register({
    email: `keepalive-${randomUUID()}@example.com`,
    password: 'a good password',
  });
  token = session.accessToken;
  ecosystemId = randomUUID();
  await services.store.createEcosystem({
    id: ecosystemId,
    ownerId: session.user.id,
    name: 'Quiet',
    description: '',
    lastSeq: 0,
    createdAt: 0,
    updatedAt: 0,
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
    alive.ws.on('ping', () => {
      pings += 1;
    });
    await new Promise((resolve) => setTimeout(resolve, PING_MS * 6));
    expect(pings).toBeGreaterThanOrEqual(3);
    expect(alive.ws.readyState).toBe(WebSocket.OPEN);
    alive.close();
  });

  it('refuses a connection over the node-wide cap with 1013 server_busy, below any per-user cap, and admits again once one closes', async () => {
    setWsLimits(services, new WsLimits(null, { maxConnectionsPerNode: 3 }));
    const open = Array.from({ length: 3 }, () => openStream(server.url, ecosystemId, { token }));
    try {
      await Promise.all(open.map((s) => s.ready));
      const refused = await openStream(server.url, ecosystemId, { token }).closed;
      expect(refused.code).toBe(1013);
      expect(refused.reason).toMatch(/^server_busy: /);
      open[0]!.close();
      await open[0]!.closed;
      // The server frees the slot when it sees the close, which may be just after the client does.
      await until(
        async () => {
          const again = openStream(server.url, ecosystemId, { token });
          const admitted = await again.ready.then(
            () => true,
            () => false,
          );
          again.close();
          return admitted;
        },
        'a freed node slot',
        5_000,
      );
    } finally {
      for (const s of open) s.close();
      setWsLimits(services, new WsLimits(null));
    }
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
