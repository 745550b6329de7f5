import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startDraining } from '../src/health/draining.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { closeServices, createServices, type AppServices } from '../src/services.ts';
import { openTestStore, type TestStore } from '../testing/stores.ts';

/** A stand-in for an OpenAI-compatible server: it lists its models, over real HTTP. */
let llm: Server;
let opened: TestStore;
let services: AppServices;
let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  llm = createServer((req, res) => {
    res.writeHead(req.url === '/v1/models' ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ object: 'list', data: [{ id: 'tiny', object: 'model' }] }));
  });
  await new Promise<void>((resolve) => llm.listen(0, '127.0.0.1', resolve));
  const llmBaseUrl = `http://127.0.0.1:${(llm.address() as AddressInfo).port}/v1`;
  opened = await openTestStore();
  dataDir = mkdtempSync(join(tmpdir(), 'ensemble-ready-'));
  const config = loadConfig(
    {},
    { port: 0, host: '127.0.0.1', dataDir, databaseUrl: null, redisUrl: null, neo4jUrl: null, llmBaseUrl },
  );
  services = await createServices(config, { database: opened.database, store: opened.store, log: () => {} });
  server = await startServer(services);
}, 120_000);
afterAll(async () => {
  await server?.close();
  if (services) await closeServices(services);
  await opened?.close();
  llm?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const ready = async () => {
  const response = await fetch(`${server.url}/health/ready`);
  return {
    status: response.status,
    body: (await response.json()) as { status: string; checks: Record<string, string> },
  };
};

describe('GET /health/ready', () => {
  it('names every configured dependency, the language model included, and degrades when an optional one is down', async () => {
    expect(await ready()).toEqual({
      status: 200,
      body: { status: 'ok', checks: { database: 'ok', language_model: 'ok' }, llm: { breaker: 'closed' } },
    });
    await new Promise<void>((resolve) => {
      llm.closeAllConnections();
      llm.close(() => resolve());
    });
    expect(await ready()).toEqual({
      status: 200,
      body: { status: 'degraded', checks: { database: 'ok', language_model: 'error' }, llm: { breaker: 'closed' } },
    });
  });

  it('answers 503 "draining" once the node starts shutting down', async () => {
    startDraining(services);
    const answer = await ready();
    expect(answer.status).toBe(503);
    expect(answer.body.status).toBe('draining');
  });
});
