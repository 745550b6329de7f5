import { describe, expect, it } from 'vitest';
import type { AppStore } from '../app-store.ts';
import { draft, MINUTE, sampleInteraction, sampleScenario, seedEcosystem, seedPair, T0 } from './fixtures.ts';

/** The read models over history: interactions, scenarios, the event log by scenario, time and relationship. */
export function describeHistory(getStore: () => AppStore): void {
  describe('interactions', () => {
    it('lists newest first, pages with `before`, and filters by character (either side) and scenario', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const { ecosystem: other } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      const [c] = await seedPair(store, ecosystem.id);
      const scenario = sampleScenario(ecosystem.id, [a.id, b.id]);
      await store.saveScenario(scenario);
      const ab = sampleInteraction(ecosystem.id, a.id, b.id, { createdAt: T0 + 1 });
      const ba = sampleInteraction(ecosystem.id, b.id, a.id, {
        createdAt: T0 + 2,
        scenarioId: scenario.id,
        type: 'conflict',
      });
      const bc = sampleInteraction(ecosystem.id, b.id, c.id, { createdAt: T0 + 3, scenarioId: scenario.id });
      const cb = sampleInteraction(ecosystem.id, c.id, b.id, { createdAt: T0 + 4, sentiment: -1 / 3 });
      for (const i of [bc, ab, cb, ba]) await store.saveInteraction(i);
      const [x, y] = await seedPair(store, other.id);
      await store.saveInteraction(sampleInteraction(other.id, x.id, y.id, { createdAt: T0 + 5 }));

      expect(await store.listInteractions(ecosystem.id, { limit: 10 })).toEqual([cb, bc, ba, ab]);
      expect(await store.listInteractions(ecosystem.id, { limit: 2 })).toEqual([cb, bc]);
      expect(await store.listInteractions(ecosystem.id, { limit: 2, before: bc.createdAt })).toEqual([ba, ab]);
      expect(await store.listInteractions(ecosystem.id, { limit: 10, characterId: a.id })).toEqual([ba, ab]);
      expect(await store.listInteractions(ecosystem.id, { limit: 10, characterId: c.id })).toEqual([cb, bc]);
      expect(await store.listInteractions(ecosystem.id, { limit: 10, scenarioId: scenario.id })).toEqual([bc, ba]);
      expect(
        await store.listInteractions(ecosystem.id, {
          limit: 10,
          scenarioId: scenario.id,
          characterId: a.id,
          before: null,
        }),
      ).toEqual([ba]);
    });

    it('rejects a duplicate interaction id as a conflict', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      const i = sampleInteraction(ecosystem.id, a.id, b.id);
      await store.saveInteraction(i);
      await expect(store.saveInteraction({ ...i })).rejects.toMatchObject({ code: 'conflict' });
    });
  });

  describe('scenarios', () => {
    it("lists an ecosystem's scenarios newest first, participants in their given order", async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const { ecosystem: other } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      const older = sampleScenario(ecosystem.id, [b.id, a.id], { status: 'ended', endedAt: T0 + 5, endReason: 'user' });
      const newer = sampleScenario(ecosystem.id, [a.id, b.id], { startedAt: T0 + 10 });
      await store.saveScenario(older);
      await store.saveScenario(newer);
      await store.saveScenario(sampleScenario(other.id, []));
      expect(await store.listScenarios(ecosystem.id)).toEqual([newer, older]);
    });

    it('re-saving with reordered or fewer participants keeps exactly the new list', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      const s = sampleScenario(ecosystem.id, [a.id, b.id]);
      await store.saveScenario(s);
      await store.saveScenario({ ...s, participantIds: [b.id, a.id] });
      expect((await store.getScenario(s.id))?.participantIds).toEqual([b.id, a.id]);
      await store.saveScenario({ ...s, participantIds: [a.id] });
      expect((await store.getScenario(s.id))?.participantIds).toEqual([a.id]);
    });

    it('lists scenarios by status across ecosystems', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const { ecosystem: other } = await seedEcosystem(store);
      const paused = [
        sampleScenario(ecosystem.id, [], { status: 'paused' }),
        sampleScenario(other.id, [], { status: 'paused' }),
      ];
      const running = sampleScenario(ecosystem.id, []);
      for (const s of [...paused, running]) await store.saveScenario(s);
      const listed = await store.listScenariosByStatus('paused');
      expect(listed).toEqual(expect.arrayContaining(paused));
      expect(listed.every((s) => s.status === 'paused')).toBe(true);
      expect((await store.listScenariosByStatus('running')).map((s) => s.id)).toContain(running.id);
    });
  });

  describe('event history', () => {
    it("lists a scenario's events (data.scenario_id) after a seq, ascending, up to a limit", async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const scenario = sampleScenario(ecosystem.id, []);
      const otherScenario = sampleScenario(ecosystem.id, []);
      await store.saveScenario(scenario);
      await store.saveScenario(otherScenario);
      const stored = await store.appendEvents([
        draft(ecosystem.id, 'scenario_started', { scenario_id: scenario.id }),
        draft(ecosystem.id, 'scenario_turn', { scenario_id: otherScenario.id }),
        draft(ecosystem.id, 'character_created', {}),
        draft(ecosystem.id, 'scenario_turn', { scenario_id: scenario.id, turn: 1 }),
        draft(ecosystem.id, 'scenario_ended', { scenario_id: scenario.id }),
      ]);
      const mine = [stored[0], stored[3], stored[4]];
      expect(await store.listScenarioEvents(scenario.id, 0, 10)).toEqual(mine);
      expect(await store.listScenarioEvents(scenario.id, 1, 1)).toEqual([stored[3]]);
      expect(await store.listScenarioEvents(scenario.id, 5, 10)).toEqual([]);
    });

    it('counts events per minute over a window, zeros included, oldest first', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const { ecosystem: other } = await seedEcosystem(store);
      const at = [
        T0 - 1,
        T0,
        T0 + 59_999,
        T0 + 2 * MINUTE + 5,
        T0 + 2 * MINUTE + 6,
        T0 + 2 * MINUTE + 7,
        T0 + 4 * MINUTE,
      ];
      await store.appendEvents(at.map((t) => draft(ecosystem.id, 'scenario_turn', {}, t)));
      await store.appendEvents([draft(other.id, 'scenario_turn', {}, T0 + 1)]);
      expect(await store.eventCountsByMinute(ecosystem.id, T0, T0 + 4 * MINUTE)).toEqual([2, 0, 3, 0]);
      expect(await store.eventCountsByMinute(ecosystem.id, T0 + 3 * MINUTE, T0 + 5 * MINUTE)).toEqual([0, 1]);
      expect(await store.eventCountsByMinute(ecosystem.id, T0, T0)).toEqual([]);
    });

    it("gives a relationship's strength and trust after each change, oldest first, latest `limit` points", async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      const change = (
        from: string,
        to: string,
        strength: number,
        trust: number,
        at: number,
        interactionId: string | null,
      ) =>
        draft(
          ecosystem.id,
          'relationship_changed',
          { from_id: from, to_id: to, strength, trust, ...(interactionId ? { interaction_id: interactionId } : {}) },
          at,
        );
      await store.appendEvents([
        change(a.id, b.id, 0.1, 0.05, T0 + 1, 'i1'),
        change(b.id, a.id, -0.5, 0, T0 + 1, 'i1'),
        change(a.id, b.id, 0.1 + 0.2, 1 / 3, T0 + 2, 'i2'),
        change(a.id, b.id, 0.5, 0.5, T0 + 3, null),
      ]);
      expect(await store.relationshipHistory(a.id, b.id, 10)).toEqual([
        { at: T0 + 1, strength: 0.1, trust: 0.05, interactionId: 'i1' },
        { at: T0 + 2, strength: 0.1 + 0.2, trust: 1 / 3, interactionId: 'i2' },
        { at: T0 + 3, strength: 0.5, trust: 0.5, interactionId: null },
      ]);
      expect((await store.relationshipHistory(a.id, b.id, 2)).map((p) => p.at)).toEqual([T0 + 2, T0 + 3]);
      expect(await store.relationshipHistory(b.id, a.id, 10)).toEqual([
        { at: T0 + 1, strength: -0.5, trust: 0, interactionId: 'i1' },
      ]);
    });
  });
}
