import { describe, expect, it } from 'vitest';
import type { Id } from '@ensemble/core';
import type { AppStore } from '../app-store.ts';
import { draft, sampleScenario, seedEcosystem, seedPair } from './fixtures.ts';

const LONG_TTL = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function seedScenario(store: AppStore, status: 'running' | 'paused' | 'ended' = 'running'): Promise<Id> {
  const { ecosystem } = await seedEcosystem(store);
  const [a, b] = await seedPair(store, ecosystem.id);
  const scenario = sampleScenario(ecosystem.id, [a.id, b.id], { status });
  await store.saveScenario(scenario);
  return scenario.id;
}

/** Claimable ids among `ids` (the table is shared with other tests, so only ours are looked at). */
async function claimableAmong(store: AppStore, ids: Id[]): Promise<Id[]> {
  const all = new Set(await store.listClaimableScenarios(100_000));
  return ids.filter((id) => all.has(id));
}

/** Scenario leases: exactly one node plays a running scenario; a lapsed lease can be taken over. */
export function describeLeases(getStore: () => AppStore): void {
  describe('scenario leases', () => {
    it('gives a running scenario to one node at a time; the holder renews, others are refused while it lives', async () => {
      const store = getStore();
      const id = await seedScenario(store);
      expect(await store.acquireScenarioLease(id, 'node-a', LONG_TTL)).toBe(true);
      expect(await store.acquireScenarioLease(id, 'node-b', LONG_TTL)).toBe(false);
      expect(await store.acquireScenarioLease(id, 'node-a', LONG_TTL)).toBe(true);
      expect(await store.renewScenarioLeases([id], 'node-b', LONG_TTL)).toEqual([]);
      expect(await store.renewScenarioLeases([id], 'node-a', LONG_TTL)).toEqual([id]);
      expect(await claimableAmong(store, [id])).toEqual([]);
    });

    it('lets another node take over a lapsed lease; the former holder can then neither renew nor reclaim it', async () => {
      const store = getStore();
      const id = await seedScenario(store);
      expect(await store.acquireScenarioLease(id, 'node-a', 5)).toBe(true);
      await sleep(30);
      expect(await claimableAmong(store, [id])).toEqual([id]);
      expect(await store.acquireScenarioLease(id, 'node-b', LONG_TTL)).toBe(true);
      expect(await store.renewScenarioLeases([id], 'node-a', LONG_TTL)).toEqual([]);
      expect(await store.acquireScenarioLease(id, 'node-a', LONG_TTL)).toBe(false);
    });

    it('never leases a scenario that is not running; one that stops running gives its lease up', async () => {
      const store = getStore();
      const paused = await seedScenario(store, 'paused');
      const ended = await seedScenario(store, 'ended');
      const running = await seedScenario(store);
      expect(await store.acquireScenarioLease(paused, 'node-a', LONG_TTL)).toBe(false);
      expect(await store.acquireScenarioLease(ended, 'node-a', LONG_TTL)).toBe(false);
      expect(await claimableAmong(store, [paused, ended, running])).toEqual([running]);

      expect(await store.acquireScenarioLease(running, 'node-a', LONG_TTL)).toBe(true);
      const scenario = (await store.getScenario(running))!;
      await store.saveScenario({ ...scenario, status: 'paused' });
      expect(await store.renewScenarioLeases([running], 'node-a', LONG_TTL)).toEqual([]);
      // Pausing gave the lease up: once resumed, any node may take the scenario at once.
      await store.saveScenario({ ...scenario, status: 'running' });
      expect(await claimableAmong(store, [running])).toEqual([running]);
      expect(await store.acquireScenarioLease(running, 'node-b', LONG_TTL)).toBe(true);
    });

    it('saving a scenario keeps its lease; releasing frees it at once, but only for its holder', async () => {
      const store = getStore();
      const id = await seedScenario(store);
      expect(await store.acquireScenarioLease(id, 'node-a', LONG_TTL)).toBe(true);
      const scenario = (await store.getScenario(id))!;
      await store.saveScenario({ ...scenario, turn: 1 });
      expect(await store.acquireScenarioLease(id, 'node-b', LONG_TTL)).toBe(false);
      await store.releaseScenarioLease(id, 'node-b');
      expect(await store.acquireScenarioLease(id, 'node-b', LONG_TTL)).toBe(false);
      await store.releaseScenarioLease(id, 'node-a');
      expect(await claimableAmong(store, [id])).toEqual([id]);
      expect(await store.acquireScenarioLease(id, 'node-b', LONG_TTL)).toBe(true);
    });

    it('lockScenario reports the row as locked and refuses to run outside a transaction', async () => {
      const store = getStore();
      const id = await seedScenario(store);
      await store.acquireScenarioLease(id, 'node-a', LONG_TTL);
      await expect(store.lockScenario(id)).rejects.toThrow(/inside a transaction/);
      const seen = await store.transaction((tx) => tx.lockScenario(id));
      expect(seen).toMatchObject({ scenarioId: id, status: 'running', turn: 0, leaseOwner: 'node-a' });
      expect(seen?.leaseExpiresAt).toBeGreaterThan(Date.now());
      expect(await store.transaction((tx) => tx.lockScenario('no-such-scenario'))).toBeNull();
    });

    it('concurrent read-modify-write transactions that lock the scenario first lose no update', async () => {
      const store = getStore();
      const id = await seedScenario(store);
      const bump = () =>
        store.transaction(async (tx) => {
          await tx.lockScenario(id);
          const current = (await tx.getScenario(id))!;
          await sleep(40); // a slow turn: without the lock the other writer would read the same turn
          await tx.saveScenario({ ...current, turn: current.turn + 1 });
        });
      await Promise.all([bump(), bump(), bump()]);
      expect((await store.getScenario(id))?.turn).toBe(3);
    });

    it('an advisory lock is held by one transaction at a time and freed when it ends', async () => {
      const store = getStore();
      const key = `graph:${crypto.randomUUID()}`;
      let holding = false;
      const first = store.transaction(async (tx) => {
        const taken = await tx.tryAdvisoryLock(key);
        holding = true;
        await sleep(150);
        holding = false;
        return taken;
      });
      await sleep(40);
      // On PostgreSQL the second answers false at once; PGlite runs transactions one at a time, so it
      // only gets to ask after the first ended. Either way it never holds the lock alongside the first.
      const second = await store.transaction(async (tx) => ({
        taken: await tx.tryAdvisoryLock(key),
        whileHeld: holding,
      }));
      expect(await first).toBe(true);
      expect(second.taken && second.whileHeld).toBe(false);
      expect(await store.transaction((tx) => tx.tryAdvisoryLock(key))).toBe(true);
      await expect(store.tryAdvisoryLock(key)).rejects.toThrow(/inside a transaction/);
    });

    it('lists every ecosystem id, and reads the newest seq of many ecosystems at once', async () => {
      const store = getStore();
      const { ecosystem: one } = await seedEcosystem(store);
      const { ecosystem: two } = await seedEcosystem(store);
      const ids = await store.listEcosystemIds();
      expect(ids).toContain(one.id);
      expect(ids).toContain(two.id);
      await store.appendEvents([draft(two.id, 'scenario_turn', {}), draft(two.id, 'scenario_turn', {})]);
      const seqs = await store.lastSeqs([one.id, two.id, 'no-such-ecosystem']);
      expect([...seqs].sort()).toEqual(
        [
          [one.id, 0],
          [two.id, 2],
        ].sort(),
      );
      expect(await store.lastSeqs([])).toEqual(new Map());
    });
  });
}
