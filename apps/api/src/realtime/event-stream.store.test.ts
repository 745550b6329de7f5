import { randomUUID } from 'node:crypto';
import type { EcosystemEvent, EventDraft, Id } from '@ensemble/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import { streamEvents } from './event-stream.ts';
import { InProcessEventBus } from './in-process-bus.ts';

let t: TestStore;
beforeAll(async () => {
  t = await openTestStore();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function newEcosystem(): Promise<Id> {
  const now = Date.now();
  const ownerId = randomUUID();
  await t.store.createUser({
    id: ownerId,
    email: `${ownerId}@example.com`,
    displayName: 'o',
    passwordHash: 'x',
    createdAt: now,
  });
  const id = randomUUID();
  await t.store.createEcosystem({
    id,
    ownerId,
    name: 'E',
    description: '',
    lastSeq: 0,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

function drafts(ecosystemId: Id, count: number, tag: string): EventDraft[] {
  return Array.from({ length: count }, (_, i) => ({
    type: 'ecosystem_updated' as const,
    ecosystemId,
    timestamp: new Date().toISOString(),
    data: { tag, i },
  }));
}

async function collect(stream: AsyncGenerator<EcosystemEvent>, count: number): Promise<EcosystemEvent[]> {
  const out: EcosystemEvent[] = [];
  for await (const event of stream) {
    out.push(event);
    if (out.length === count) break;
  }
  return out;
}

describe('streamEvents over the real store', () => {
  it('hands off from backfill to live with no gap or duplicate while writers append concurrently, and fills bus losses', async () => {
    const ecosystemId = await newEcosystem();
    const bus = new InProcessEventBus();
    await t.store.appendEvents(drafts(ecosystemId, 120, 'before'));

    const batchSize = (round: number) => 1 + (round % 3);
    const rounds = 20;
    let perWriter = 0;
    for (let round = 0; round < rounds; round += 1) perWriter += batchSize(round);
    const total = 120 + 3 * perWriter + 1;
    const writers = [0, 1, 2].map(async (w) => {
      for (let round = 0; round < rounds; round += 1) {
        const committed = await t.store.transaction((tx) =>
          tx.appendEvents(drafts(ecosystemId, batchSize(round), `w${w}`)),
        );
        // Every fifth batch never reaches the bus: the stream must find it in the store.
        if (round % 5 !== 4) await bus.publish(committed);
      }
    });
    // pageSize 25 forces several backfill pages while the writers run.
    const streamed = collect(streamEvents({ store: t.store, bus, ecosystemId, afterSeq: 0, pageSize: 25 }), total);
    await Promise.all(writers);
    // A final delivered event reveals any loss at the tail.
    const [last] = await t.store.appendEvents(drafts(ecosystemId, 1, 'last'));
    await bus.publish([last!]);
    const received = await streamed;

    const stored = await t.store.listEvents(ecosystemId, 0, 1000);
    expect(stored).toHaveLength(total);
    expect(received.map((e) => e.seq)).toEqual(stored.map((e) => e.seq));
    expect(received.map((e) => e.id)).toEqual(stored.map((e) => e.id));
    expect(bus.listenerCount(ecosystemId)).toBe(0);
  });

  it('resumes after a given seq and delivers only that ecosystem', async () => {
    const mine = await newEcosystem();
    const other = await newEcosystem();
    const bus = new InProcessEventBus();
    await t.store.appendEvents(drafts(mine, 10, 'a'));
    const stream = streamEvents({ store: t.store, bus, ecosystemId: mine, afterSeq: 6 });
    const pending = collect(stream, 6);
    await bus.publish(await t.store.appendEvents(drafts(other, 3, 'x')));
    await bus.publish(await t.store.appendEvents(drafts(mine, 2, 'b')));
    const received = await pending;
    expect(received.map((e) => e.seq)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(new Set(received.map((e) => e.ecosystemId))).toEqual(new Set([mine]));
  });
});
