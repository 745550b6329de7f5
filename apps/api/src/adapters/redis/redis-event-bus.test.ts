import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EcosystemEvent } from '@ensemble/core';
import { RedisEventBus } from './redis-event-bus.ts';

const url = process.env.REDIS_URL;
if (!url) console.warn('REDIS_URL not set: Redis event bus tests skipped (CI sets it).');

const event = (ecosystemId: string, seq: number): EcosystemEvent => ({
  id: `${ecosystemId}-${seq}`, ecosystemId, seq, type: 'scenario_turn', timestamp: new Date(0).toISOString(), data: { turn: seq },
});

function until(predicate: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => (predicate() ? resolve() : Date.now() - start > ms ? reject(new Error('timed out')) : setTimeout(tick, 5));
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

  it('stops delivering after unsubscribe and isolates a throwing listener', async () => {
    const got: number[] = [];
    const offBad = nodeB.subscribe(eco, () => { throw new Error('listener bug'); });
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
