import type { EcosystemEvent, Id } from '@ensemble/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventBus } from './event-bus.ts';
import { streamEventBatches, streamEvents } from './event-stream.ts';
import { InProcessEventBus } from './in-process-bus.ts';

const ECO = 'eco-1';

/** An append-only event log standing in for the events table; reads may be slowed to force interleavings. */
class FakeLog {
  readonly events: EcosystemEvent[] = [];
  reads: number[] = [];
  readDelayMs = 0;

  append(count: number): EcosystemEvent[] {
    const added: EcosystemEvent[] = [];
    for (let i = 0; i < count; i += 1) {
      const seq = this.events.length + 1;
      const e: EcosystemEvent = {
        id: `e${seq}`,
        ecosystemId: ECO,
        seq,
        type: 'scenario_turn',
        timestamp: new Date(seq).toISOString(),
        data: { seq },
      };
      this.events.push(e);
      added.push(e);
    }
    return added;
  }

  async listEvents(ecosystemId: Id, afterSeq: number, limit: number): Promise<EcosystemEvent[]> {
    this.reads.push(afterSeq);
    // Snapshot first, return later: like a query whose result predates commits that land meanwhile.
    const page = this.events.filter((e) => e.ecosystemId === ecosystemId && e.seq > afterSeq).slice(0, limit);
    if (this.readDelayMs > 0) await new Promise((r) => setTimeout(r, this.readDelayMs));
    else await Promise.resolve();
    return page;
  }
}

async function take(stream: AsyncGenerator<EcosystemEvent>, count: number): Promise<number[]> {
  const seqs: number[] = [];
  while (seqs.length < count) {
    const next = await stream.next();
    if (next.done) break;
    seqs.push(next.value.seq);
  }
  return seqs;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('streamEvents', () => {
  it('backfills stored events after afterSeq, then delivers live ones', async () => {
    const log = new FakeLog();
    const bus = new InProcessEventBus();
    log.append(5);
    const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 2 });
    expect(await take(stream, 3)).toEqual([3, 4, 5]);
    await bus.publish(log.append(3));
    expect(await take(stream, 3)).toEqual([6, 7, 8]);
    await stream.return(undefined);
  });

  it('reads the backlog in pages of pageSize', async () => {
    const log = new FakeLog();
    const bus = new InProcessEventBus();
    log.append(23);
    const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 0, pageSize: 10 });
    expect(await take(stream, 23)).toEqual(range(1, 23));
    expect(log.reads).toEqual([0, 10, 20]);
    await stream.return(undefined);
  });

  it('hands off from backfill to live without gap or duplicate while events are appended concurrently', async () => {
    const log = new FakeLog();
    const bus = new InProcessEventBus();
    log.readDelayMs = 3;
    log.append(40);
    let writing = true;
    const writer = (async () => {
      while (writing && log.events.length < 400) {
        const added = log.append(1 + (log.events.length % 3));
        await tick();
        await bus.publish(added);
      }
    })();
    const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 0, pageSize: 7 });
    const seqs = await take(stream, 300);
    writing = false;
    await writer;
    expect(seqs).toEqual(range(1, 300));
    await stream.return(undefined);
  });

  it('fills a gap from the store when the bus loses an event', async () => {
    const log = new FakeLog();
    const bus = new InProcessEventBus();
    const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 0 });
    const first = take(stream, 5);
    await tick();
    const added = log.append(5);
    await bus.publish(added.filter((e) => e.seq !== 2 && e.seq !== 3));
    expect(await first).toEqual([1, 2, 3, 4, 5]);
    await stream.return(undefined);
  });

  it('delivers an event published twice only once', async () => {
    const log = new FakeLog();
    const bus = new InProcessEventBus();
    const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 0 });
    const pending = take(stream, 3);
    await tick();
    const added = log.append(3);
    await bus.publish([added[0]!, added[0]!, added[1]!, added[0]!, added[1]!, added[2]!]);
    expect(await pending).toEqual([1, 2, 3]);
    const after = log.append(1);
    await bus.publish([added[2]!, ...after]);
    expect(await take(stream, 1)).toEqual([4]);
    await stream.return(undefined);
  });

  it('drops the live buffer of a lagging consumer and re-reads the store instead, still in order', async () => {
    const log = new FakeLog();
    const bus = new InProcessEventBus();
    const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 0, maxBuffered: 5 });
    const firstPending = take(stream, 1);
    await tick();
    await bus.publish(log.append(1));
    expect(await firstPending).toEqual([1]);
    // The consumer stops pulling while 50 events arrive: far more than the buffer may hold.
    for (let i = 0; i < 50; i += 1) await bus.publish(log.append(1));
    const readsBefore = log.reads.length;
    expect(await take(stream, 50)).toEqual(range(2, 51));
    expect(log.reads.slice(readsBefore)).toContain(1);
    await stream.return(undefined);
  });

  it('finds an event the bus never delivered when idle checks are on', async () => {
    const log = new FakeLog();
    const bus = new InProcessEventBus();
    const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 0, idleCheckMs: 20 });
    const pending = take(stream, 1);
    await tick();
    log.append(1);
    expect(await pending).toEqual([1]);
    await stream.return(undefined);
  });

  it('reads the store at once when the bus reports it may have dropped events', async () => {
    const log = new FakeLog();
    let reportMissed: (() => void) | undefined;
    const bus: EventBus = {
      publish: async () => {},
      subscribe: (_id, _listener, onMissed) => {
        reportMissed = onMissed;
        return () => {};
      },
      close: async () => {},
    };
    const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 0 });
    const pending = take(stream, 2);
    await tick();
    log.append(2);
    reportMissed?.();
    expect(await pending).toEqual([1, 2]);
    await stream.return(undefined);
  });

  it("takes the bus's idle check interval by default and backs off while nothing turns up", async () => {
    const log = new FakeLog();
    const inner = new InProcessEventBus();
    const bus: EventBus = {
      publish: (events) => inner.publish(events),
      subscribe: (id, listener) => inner.subscribe(id, listener),
      close: () => inner.close(),
      idleCheckMs: 10,
    };
    const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 0 });
    const pending = take(stream, 1);
    await new Promise((r) => setTimeout(r, 400));
    const idleReads = log.reads.length;
    // Without back-off: ~40 reads in 400 ms; doubling from 10 ms up to 160 ms: about 7.
    expect(idleReads).toBeGreaterThanOrEqual(3);
    expect(idleReads).toBeLessThanOrEqual(12);
    log.append(1);
    expect(await pending).toEqual([1]);
    await stream.return(undefined);
  });

  it('ends and unsubscribes from the bus when the signal aborts while waiting for live events', async () => {
    const log = new FakeLog();
    const bus = new InProcessEventBus();
    const controller = new AbortController();
    const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 0, signal: controller.signal });
    const next = stream.next();
    await tick();
    expect(bus.listenerCount(ECO)).toBe(1);
    controller.abort();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(bus.listenerCount(ECO)).toBe(0);
  });

  it('unsubscribes from the bus when the consumer returns early', async () => {
    const log = new FakeLog();
    const bus = new InProcessEventBus();
    log.append(3);
    const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 0 });
    expect(await take(stream, 1)).toEqual([1]);
    await stream.return(undefined);
    expect(bus.listenerCount(ECO)).toBe(0);
  });

  it('delivers 1..N exactly once in order whatever the bus loses, repeats or the consumer lags', async () => {
    const step = fc.record({
      append: fc.integer({ min: 0, max: 6 }),
      drop: fc.array(fc.boolean(), { maxLength: 6 }),
      repeat: fc.boolean(),
      pull: fc.integer({ min: 0, max: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 10 }),
        fc.array(step, { maxLength: 25 }),
        fc.integer({ min: 1, max: 8 }),
        async (initial, steps, maxBuffered) => {
          const log = new FakeLog();
          const bus = new InProcessEventBus();
          log.append(initial);
          const stream = streamEvents({ store: log, bus, ecosystemId: ECO, afterSeq: 0, pageSize: 4, maxBuffered });
          const seen: number[] = [];
          // The newest seq the stream can know of: stored before it started, or delivered by the bus.
          let reachable = initial;
          for (const s of steps) {
            const added = log.append(s.append);
            const published = added.filter((_, i) => !s.drop[i]);
            await bus.publish(s.repeat ? [...published, ...published] : published);
            reachable = Math.max(reachable, ...published.map((e) => e.seq));
            seen.push(...(await take(stream, Math.min(s.pull, reachable - seen.length))));
          }
          // A final event the bus does deliver reveals anything still missing.
          await bus.publish(log.append(1));
          seen.push(...(await take(stream, log.events.length - seen.length)));
          await stream.return(undefined);
          expect(seen).toEqual(range(1, log.events.length));
          expect(bus.listenerCount(ECO)).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** The seqs of one run, or [] when the stream ended. */
const runSeqs = (result: IteratorResult<EcosystemEvent[], void>): number[] =>
  result.done ? [] : result.value.map((e) => e.seq);

describe('streamEventBatches', () => {
  it('hands out a store page, then each published burst, as one run each', async () => {
    const log = new FakeLog();
    const bus = new InProcessEventBus();
    log.append(4);
    const runs = streamEventBatches({ store: log, bus, ecosystemId: ECO, afterSeq: 1 });
    expect(runSeqs(await runs.next())).toEqual([2, 3, 4]);
    const next = runs.next();
    await bus.publish(log.append(5));
    expect(runSeqs(await next)).toEqual([5, 6, 7, 8, 9]);
    await runs.return(undefined);
  });

  it('fills a hole in a published burst from the store before the rest of it, each seq once, in order', async () => {
    const log = new FakeLog();
    const bus = new InProcessEventBus();
    const runs = streamEventBatches({ store: log, bus, ecosystemId: ECO, afterSeq: 0 });
    const first = runs.next();
    const burst = log.append(6);
    // The bus lost 2 and 3 and repeats 1: the stream reads 2..3 back from the log.
    await bus.publish([burst[0]!, burst[3]!, burst[0]!, burst[4]!, burst[5]!]);
    const seqs = runSeqs(await first);
    while (seqs.length < 6) seqs.push(...runSeqs(await runs.next()));
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
    await runs.return(undefined);
  });
});
