import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EcosystemEvent } from '@ensemble/core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { InProcessEventBus } from './realtime/in-process-bus.ts';
import { closeServices, createServices } from './services.ts';
import { openTestStore } from '../testing/stores.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function servicesWithBus(bus?: InProcessEventBus) {
  const opened = await openTestStore();
  const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-services-'));
  dirs.push(dataDir);
  const config = loadConfig(
    {},
    { port: 0, host: '127.0.0.1', dataDir, databaseUrl: null, redisUrl: null, neo4jUrl: null },
  );
  const services = await createServices(config, {
    database: opened.database,
    store: opened.store,
    ...(bus ? { bus } : {}),
    log: () => {},
  });
  return {
    services,
    close: async () => {
      await closeServices(services);
      await opened.close();
    },
  };
}

const event = (seq: number): EcosystemEvent => ({
  id: `e${seq}`,
  ecosystemId: 'eco',
  seq,
  type: 'character_created',
  timestamp: new Date(0).toISOString(),
  data: {},
});

describe('afterCommit', () => {
  it('answers its caller before the local fan-out runs, then delivers in call order', async () => {
    const bus = new InProcessEventBus();
    const { services, close } = await servicesWithBus(bus);
    const seen: number[] = [];
    bus.subscribe('eco', (e) => seen.push(e.seq));
    await services.afterCommit([event(1), event(2)]);
    await services.afterCommit([event(3)]);
    expect(seen).toEqual([]); // the committing request is free to answer first
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual([1, 2, 3]);
    await close();
  });

  it('closing the services waits for deliveries still under way before it closes the bus', async () => {
    const { services, close } = await servicesWithBus(); // the services' own bus, closed by closeServices
    const seen: number[] = [];
    services.bus.subscribe('eco', (e) => seen.push(e.seq));
    await services.afterCommit([event(1)]);
    await close();
    expect(seen).toEqual([1]);
  });
});
