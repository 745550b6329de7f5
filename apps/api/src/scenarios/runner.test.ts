import type { EcosystemEvent, EngineDeps, Id, Scenario, ScenarioStatus } from '@ensemble/core';
import { describe, expect, it } from 'vitest';
import { InProcessEventBus } from '../realtime/in-process-bus.ts';
import type { AppStore } from '../store/app-store.ts';
import type { LeaseTiming } from './leases.ts';
import { ScenarioRunner, type PlayTurn, type TurnResult } from './runner.ts';

const ECO = 'eco-1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Just enough of a store for the runner: scenarios with a status, a speed, a turn counter and a lease
 * (owner, expiry by a shared clock), so several runners over one world behave like nodes over one database.
 */
function fakeWorld(scenarios: Array<{ id: Id; speed: number; status?: ScenarioStatus }>) {
  const rows = new Map(
    scenarios.map((s) => [
      s.id,
      {
        ...s,
        status: s.status ?? 'running',
        turn: 0,
        owner: null as string | null,
        expires: 0,
      },
    ]),
  );
  let seq = 0;
  const listeners = new Set<(events: readonly EcosystemEvent[]) => void>();
  const live = (row: { owner: string | null; expires: number }) => row.owner !== null && row.expires >= Date.now();
  const store = {
    async getScenario(id: Id) {
      const row = rows.get(id);
      return row ? ({ id, ecosystemId: ECO, speed: row.speed, status: row.status, turn: row.turn } as Scenario) : null;
    },
    async listClaimableScenarios() {
      return [...rows.values()].filter((r) => r.status === 'running' && !live(r)).map((r) => r.id);
    },
    async acquireScenarioLease(id: Id, owner: string, ttlMs: number) {
      const row = rows.get(id);
      if (!row || row.status !== 'running' || (live(row) && row.owner !== owner)) return false;
      row.owner = owner;
      row.expires = Date.now() + ttlMs;
      return true;
    },
    async renewScenarioLeases(ids: Id[], owner: string, ttlMs: number) {
      const held = ids.filter((id) => rows.get(id)?.owner === owner && rows.get(id)?.status === 'running');
      for (const id of held) rows.get(id)!.expires = Date.now() + ttlMs;
      return held;
    },
    async releaseScenarioLease(id: Id, owner: string) {
      const row = rows.get(id);
      if (row?.owner === owner) row.owner = null;
    },
    // As the real store does: a committed transaction's events go to the commit listeners (the bus).
    async transaction<T>(work: (tx: AppStore) => Promise<T>): Promise<T> {
      const result = await work(store as unknown as AppStore);
      const events = (result as { events?: readonly EcosystemEvent[] } | undefined)?.events ?? [];
      if (events.length > 0) for (const listener of listeners) listener(events);
      return result;
    },
    onCommitted(listener: (events: readonly EcosystemEvent[]) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  const turnEvent = (scenarioId: Id, turn: number): EcosystemEvent => {
    seq += 1;
    return {
      id: `e${seq}`,
      ecosystemId: ECO,
      seq,
      type: 'scenario_turn',
      timestamp: '',
      data: { scenario_id: scenarioId, turn },
    };
  };
  return { rows, store: store as unknown as AppStore, turnEvent };
}

const deps = () => ({}) as EngineDeps;

/** A runner over the fake world; no minimum gap so the tests' short intervals are honoured. */
function makeRunner(
  store: AppStore,
  playTurn: PlayTurn,
  options: {
    bus?: InProcessEventBus;
    log?: (l: string) => void;
    nodeId?: string;
    leases?: LeaseTiming;
  } = {},
) {
  const bus = options.bus ?? new InProcessEventBus();
  store.onCommitted((events) => {
    void bus.publish(events).catch(() => {});
  });
  return new ScenarioRunner({
    store,
    engineDeps: deps,
    playTurn,
    log: options.log ?? (() => {}),
    minGapMs: 0,
    nodeId: options.nodeId ?? 'node-1',
    leases: options.leases ?? { scanEveryMs: 60_000 },
  });
}

describe('ScenarioRunner', () => {
  it('plays every running scenario found at start, one turn per 60000/speed ms, and publishes its events', async () => {
    const world = fakeWorld([
      { id: 's1', speed: 3000 },
      { id: 's2', speed: 3000 },
      { id: 'p', speed: 3000, status: 'paused' },
    ]);
    const bus = new InProcessEventBus();
    const published: string[] = [];
    bus.subscribe(ECO, (e) => published.push(`${String(e.data['scenario_id'])}:${String(e.data['turn'])}`));
    const played: Id[] = [];
    const playTurn: PlayTurn = async (_deps, id) => {
      played.push(id);
      const row = world.rows.get(id)!;
      row.turn += 1;
      return { kind: 'played', events: [world.turnEvent(id, row.turn)] };
    };
    const runner = makeRunner(world.store, playTurn, { bus });
    await runner.start();
    await sleep(230);
    await runner.stop();
    const s1 = played.filter((id) => id === 's1').length;
    // 20 ms per turn over ~230 ms: about 11, allowing for timer jitter on a busy machine.
    expect(s1).toBeGreaterThanOrEqual(5);
    expect(s1).toBeLessThanOrEqual(12);
    expect(played).not.toContain('p');
    expect(published.filter((p) => p.startsWith('s1:'))).toEqual(Array.from({ length: s1 }, (_, i) => `s1:${i + 1}`));
  });

  it('never plays two turns of one scenario at once, even when a turn is slower than the interval', async () => {
    const world = fakeWorld([{ id: 's1', speed: 6000 }]);
    let inFlight = 0;
    let maxInFlight = 0;
    let turns = 0;
    const playTurn: PlayTurn = async () => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await sleep(40);
      inFlight -= 1;
      turns += 1;
      return { kind: 'played', events: [] };
    };
    const runner = makeRunner(world.store, playTurn);
    await runner.start();
    runner.schedule('s1');
    runner.schedule('s1');
    await sleep(300);
    await runner.stop();
    expect(maxInFlight).toBe(1);
    expect(turns).toBeGreaterThanOrEqual(3);
  });

  it('stops playing a scenario once a turn reports it ended or not running', async () => {
    const world = fakeWorld([
      { id: 'ends', speed: 6000 },
      { id: 'paused-elsewhere', speed: 6000 },
    ]);
    const calls = new Map<Id, number>();
    const playTurn: PlayTurn = async (_d, id): Promise<TurnResult> => {
      const n = (calls.get(id) ?? 0) + 1;
      calls.set(id, n);
      if (id === 'ends') {
        if (n === 3) world.rows.get(id)!.status = 'ended';
        return { kind: n === 3 ? 'ended' : 'played', events: [] };
      }
      world.rows.get(id)!.status = 'paused';
      return { kind: 'not_running', events: [] };
    };
    const runner = makeRunner(world.store, playTurn);
    await runner.start();
    await sleep(250);
    expect(calls.get('ends')).toBe(3);
    expect(calls.get('paused-elsewhere')).toBe(1);
    expect(runner.scheduledIds()).toEqual([]);
    await runner.stop();
  });

  it('logs a failing turn and retries it later instead of crashing or giving up', async () => {
    const world = fakeWorld([{ id: 's1', speed: 6000 }]);
    const lines: string[] = [];
    let attempts = 0;
    const playTurn: PlayTurn = async () => {
      attempts += 1;
      if (attempts <= 2) throw new Error('database is busy');
      return { kind: 'ended', events: [] };
    };
    const runner = makeRunner(world.store, playTurn, { log: (l) => lines.push(l) });
    await runner.start();
    await sleep(400);
    await runner.stop();
    expect(attempts).toBe(3);
    expect(lines.filter((l) => l.includes('database is busy'))).toHaveLength(2);
  });

  it('plays nothing after unschedule, and resumes at the normal pace when scheduled again', async () => {
    const world = fakeWorld([{ id: 's1', speed: 3000 }]);
    let turns = 0;
    const playTurn: PlayTurn = async () => {
      turns += 1;
      return { kind: 'played', events: [] };
    };
    const runner = makeRunner(world.store, playTurn);
    await runner.start();
    await sleep(100);
    runner.unschedule('s1');
    const atPause = turns;
    await sleep(150);
    expect(turns).toBe(atPause);
    runner.schedule('s1');
    runner.schedule('s1');
    await sleep(110);
    await runner.stop();
    // Scheduling twice must not double the rate: ~5 turns in 110 ms at 20 ms each.
    expect(turns - atPause).toBeGreaterThanOrEqual(2);
    expect(turns - atPause).toBeLessThanOrEqual(6);
  });

  it('stop() waits for the turn in flight and plays nothing afterwards', async () => {
    const world = fakeWorld([{ id: 's1', speed: 6000 }]);
    let finished = 0;
    let started = 0;
    const playTurn: PlayTurn = async () => {
      started += 1;
      await sleep(60);
      finished += 1;
      return { kind: 'played', events: [] };
    };
    const runner = makeRunner(world.store, playTurn);
    await runner.start();
    await sleep(30);
    expect(started).toBe(1);
    await runner.stop();
    expect(finished).toBe(1);
    await sleep(100);
    expect(started).toBe(1);
  });

  it('does not schedule a scenario that is not running', async () => {
    const world = fakeWorld([{ id: 'p', speed: 6000, status: 'paused' }]);
    let turns = 0;
    const playTurn: PlayTurn = async () => {
      turns += 1;
      return { kind: 'played', events: [] };
    };
    const runner = makeRunner(world.store, playTurn);
    runner.schedule('p');
    await sleep(60);
    expect(turns).toBe(0);
    expect(runner.scheduledIds()).toEqual([]);
    await runner.stop();
  });

  describe('across nodes (leases)', () => {
    const fast: LeaseTiming = { ttlMs: 120, renewEveryMs: 30, scanEveryMs: 20 };

    /** Two runners over one world; each turn records which node played which turn number. */
    function twoNodes(world: ReturnType<typeof fakeWorld>) {
      const played: Array<{ node: string; turn: number }> = [];
      const turnOn =
        (node: string): PlayTurn =>
        async (_deps, id) => {
          const row = world.rows.get(id)!;
          row.turn += 1;
          played.push({ node, turn: row.turn });
          return { kind: 'played', events: [] };
        };
      const a = makeRunner(world.store, turnOn('a'), { nodeId: 'a', leases: fast });
      const b = makeRunner(world.store, turnOn('b'), { nodeId: 'b', leases: fast });
      return { a, b, played };
    }

    it('only the lease holder plays; after it dies the other node takes over and continues the count', async () => {
      const world = fakeWorld([{ id: 's1', speed: 3000 }]);
      const { a, b, played } = twoNodes(world);
      await a.start();
      await b.start();
      await sleep(200);
      expect(new Set(played.map((p) => p.node))).toEqual(new Set(['a']));
      expect(b.scheduledIds()).toEqual([]);
      await a.stop({ releaseLeases: false }); // a crash: the lease is left to lapse
      const atCrash = played.length;
      await sleep(100);
      expect(played.length).toBe(atCrash); // lease still live: nobody plays
      await sleep(250);
      await b.stop();
      expect(played.slice(atCrash).every((p) => p.node === 'b')).toBe(true);
      expect(played.length - atCrash).toBeGreaterThanOrEqual(3);
      expect(played.map((p) => p.turn)).toEqual(played.map((_, i) => i + 1));
    });

    it('a graceful stop releases the lease, so another node takes over at its next scan, before the lease would lapse', async () => {
      const world = fakeWorld([{ id: 's1', speed: 3000 }]);
      const played: string[] = [];
      const turnOn =
        (node: string): PlayTurn =>
        async () => {
          played.push(node);
          return { kind: 'played', events: [] };
        };
      const a = makeRunner(world.store, turnOn('a'), {
        nodeId: 'a',
        leases: { ttlMs: 60_000, renewEveryMs: 30, scanEveryMs: 20 },
      });
      const b = makeRunner(world.store, turnOn('b'), {
        nodeId: 'b',
        leases: { ttlMs: 60_000, renewEveryMs: 30, scanEveryMs: 20 },
      });
      await a.start();
      await b.start();
      await sleep(80);
      await a.stop();
      await sleep(150);
      await b.stop();
      expect(played).toContain('a');
      expect(played.at(-1)).toBe('b');
    });

    it('does not play a turn once another node holds the lease, and stops scheduling that scenario here', async () => {
      const world = fakeWorld([{ id: 's1', speed: 3000 }]);
      let turns = 0;
      const runner = makeRunner(
        world.store,
        async () => {
          turns += 1;
          return { kind: 'played', events: [] };
        },
        {
          nodeId: 'a',
          leases: { ttlMs: 60_000, renewEveryMs: 60_000, scanEveryMs: 60_000 },
        },
      );
      await runner.start();
      await sleep(60);
      expect(turns).toBeGreaterThan(0);
      const row = world.rows.get('s1')!;
      row.owner = 'b'; // taken over while this node was stalled
      const before = turns;
      await sleep(100);
      await runner.stop();
      expect(turns).toBe(before);
      expect(runner.scheduledIds()).toEqual([]);
    });

    it('drops a scenario whose lease renewal fails (paused or taken elsewhere) without waiting for its next turn', async () => {
      const world = fakeWorld([{ id: 'slow', speed: 1 }]);
      const runner = makeRunner(world.store, async () => ({ kind: 'played', events: [] }), {
        nodeId: 'a',
        leases: { ttlMs: 60_000, renewEveryMs: 20, scanEveryMs: 60_000 },
      });
      await runner.start();
      await sleep(30);
      expect(runner.scheduledIds()).toEqual(['slow']);
      world.rows.get('slow')!.status = 'paused';
      await sleep(60);
      expect(runner.scheduledIds()).toEqual([]);
      await runner.stop();
    });
  });
});
