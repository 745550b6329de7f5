import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EcosystemEvent } from '@ensemble/core';
import { Redis } from 'ioredis';
import { RedisEventBus } from './redis-event-bus.ts';

const url = process.env.REDIS_URL;
if (!url) console.warn('REDIS_URL not set: Redis event bus tests skipped (CI sets it).');

const event = (ecosystemId: string, seq: number): EcosystemEvent => ({
  id: `${ecosystemId}-${seq}`,
  ecosystemId,
  seq,
  type: 'scenario_turn',
  timestamp: new Date(0).toISOString(),
  data: { turn: seq },
});

function until(predicate: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () =>
      predicate() ? resolve() : Date.now() - start > ms ? reject(new Error('timed out')) : setTimeout(tick, 5);
    tick();
  });
}

describe.skipIf(!url)('RedisEventBus (real Redis)', () => {
  let nodeA: RedisEventBus;
  let nodeB: RedisEventBus;
  const eco = `eco-${crypto.randomUUID()}`;
  const other = `eco-${crypto.randomUUID()}`;

  beforeAll(async () => {
    nodeA = new RedisEventBus(url!);
    nodeB = new RedisEventBus(url!);
    await Promise.all([nodeA.ready(), nodeB.ready()]);
  });
  afterAll(async () => {
    await Promise.all([nodeA?.close(), nodeB?.close()]);
  });

  it('delivers events published on one node to subscribers on another, in order, only for their ecosystem', async () => {
    const seenOnB: number[] = [];
    const seenOther: number[] = [];
    const off = nodeB.subscribe(eco, (e) => seenOnB.push(e.seq));
    const offOther = nodeB.subscribe(other, (e) => seenOther.push(e.seq));
    await new Promise((r) => setTimeout(r, 50)); // SUBSCRIBE round trip
    for (let seq = 1; seq <= 100; seq += 2) await nodeA.publish([event(eco, seq), event(eco, seq + 1)]);
    await until(() => seenOnB.length === 100);
    expect(seenOnB).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(seenOther).toEqual([]);
    off();
    offOther();
  });

  it('tells every subscriber to look in the store after its connection to Redis was dropped and restored', async () => {
    const name = `bus-test-${crypto.randomUUID()}`;
    const bus = new RedisEventBus(url!, { name });
    const admin = new Redis(url!);
    try {
      await bus.ready();
      let missed = 0;
      const seen: number[] = [];
      const off = bus.subscribe(
        eco,
        (e) => seen.push(e.seq),
        () => {
          missed += 1;
        },
      );
      await new Promise((r) => setTimeout(r, 50));
      const clients = String(await admin.client('LIST'));
      const id = /id=(\d+) .*name=(\S+)/g;
      const ours = [...clients.matchAll(id)].find((m) => m[2] === `${name}:sub`)?.[1];
      expect(ours).toBeDefined();
      await admin.client('KILL', 'ID', ours!);
      await until(() => missed === 1);
      // Resubscribed before being told: what is published now arrives.
      await nodeA.publish([event(eco, 7)]);
      await until(() => seen.includes(7));
      off();
    } finally {
      admin.disconnect();
      await bus.close();
    }
  });

  it('watches quiet ecosystems against the events table and tells subscribers only when it is ahead of what Redis delivered', async () => {
    let tableSeq = 5;
    let reads = 0;
    const bus = new RedisEventBus(url!, {
      latestSeqs: async (ids) => {
        reads += 1;
        return new Map(ids.map((id) => [id, tableSeq]));
      },
      watchEveryMs: 30,
    });
    const watched = `eco-${crypto.randomUUID()}`;
    try {
      await bus.ready();
      expect(bus.idleCheckMs).toBe(0); // the bus watches; streams need not poll the table one by one
      let missed = 0;
      const seen: number[] = [];
      const off = bus.subscribe(
        watched,
        (e) => seen.push(e.seq),
        () => {
          missed += 1;
        },
      );
      await until(() => missed === 1); // first look: whatever was committed since subscribing is unknown
      await new Promise((r) => setTimeout(r, 120));
      expect(missed).toBe(1); // table unchanged: nothing more to say
      await new Promise((r) => setTimeout(r, 50));
      await nodeA.publish([event(watched, 6)]);
      await until(() => seen.includes(6));
      tableSeq = 6; // the table catches up only once Redis has delivered: a look in between would rightly tell
      await new Promise((r) => setTimeout(r, 120));
      expect(missed).toBe(1); // delivered what the table holds
      tableSeq = 8; // committed, never published
      await until(() => missed === 2);
      expect(reads).toBeGreaterThan(2);
      off();
    } finally {
      await bus.close();
    }
  });

  it('stops delivering after unsubscribe and isolates a throwing listener', async () => {
    const got: number[] = [];
    const offBad = nodeB.subscribe(eco, () => {
      throw new Error('listener bug');
    });
    const off = nodeB.subscribe(eco, (e) => got.push(e.seq));
    await new Promise((r) => setTimeout(r, 50));
    await nodeA.publish([event(eco, 1)]);
    await until(() => got.length === 1);
    off();
    offBad();
    await new Promise((r) => setTimeout(r, 50));
    await nodeA.publish([event(eco, 2)]);
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toEqual([1]);
  });
});
