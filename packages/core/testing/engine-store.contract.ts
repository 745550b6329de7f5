import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Character, Id } from '../src/model.ts';
import type { EngineStore } from '../src/ports/index.ts';
import { pickRecall } from '../src/store/batch.ts';
import {
  sampleCharacter,
  sampleDraft,
  sampleInteraction,
  sampleMemory,
  sampleRelationship,
  sampleScenario,
} from './contract-fixtures.ts';

/** What a store implementation gives the contract suite for one test. */
export interface EngineStoreContractContext {
  store: EngineStore;
  /** An existing ecosystem with no events yet. */
  ecosystemId: Id;
  /** A second existing ecosystem, also with no events yet. */
  otherEcosystemId: Id;
  close?: () => Promise<void>;
}

/**
 * The behaviour every EngineStore must have (in-memory, PGlite, PostgreSQL). `setup` runs before each
 * test and must return two fresh, event-free ecosystems; the suite uses fresh uuids for everything else.
 */
export function describeEngineStoreContract(name: string, setup: () => Promise<EngineStoreContractContext>): void {
  describe(`EngineStore contract: ${name}`, () => {
    let ctx: EngineStoreContractContext;
    let store: EngineStore;
    let eco: Id;
    let otherEco: Id;

    beforeEach(async () => {
      ctx = await setup();
      ({ store, ecosystemId: eco, otherEcosystemId: otherEco } = ctx);
    });
    afterEach(async () => {
      await ctx.close?.();
    });

    async function savedPair(): Promise<[Character, Character]> {
      const a = sampleCharacter(eco, { name: 'Ada' });
      const b = sampleCharacter(eco, { name: 'Bo' });
      await store.saveCharacter(a);
      await store.saveCharacter(b);
      return [a, b];
    }

    describe('characters', () => {
      it('round-trips every field, including personality, mood and last emotion', async () => {
        const c = sampleCharacter(eco);
        await store.saveCharacter(c);
        expect(await store.getCharacter(c.id)).toEqual(c);
      });

      it('round-trips a null last emotion and an inactive, exhausted character', async () => {
        const c = sampleCharacter(eco, { lastEmotion: null, active: false, energy: 0 });
        await store.saveCharacter(c);
        expect(await store.getCharacter(c.id)).toEqual(c);
      });

      it('returns null for an unknown id', async () => {
        expect(await store.getCharacter(sampleCharacter(eco).id)).toBeNull();
      });

      it('saving again replaces the stored character', async () => {
        const c = sampleCharacter(eco);
        await store.saveCharacter(c);
        const changed: Character = {
          ...c,
          name: 'Ada Renamed',
          energy: 0.25,
          mood: { pleasure: 0.5, arousal: -0.5, dominance: 0.25 },
          lastEmotion: { name: 'anger', intensity: 1 },
          stateUpdatedAt: c.stateUpdatedAt + 1000,
        };
        await store.saveCharacter(changed);
        expect(await store.getCharacter(c.id)).toEqual(changed);
        expect((await store.listCharacters(eco)).filter((x) => x.id === c.id)).toHaveLength(1);
      });

      it('lists exactly the characters of the asked ecosystem', async () => {
        const [a, b] = await savedPair();
        const other = sampleCharacter(otherEco, { name: 'Cy' });
        await store.saveCharacter(other);
        const listed = await store.listCharacters(eco);
        expect(listed.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
        expect(listed.find((c) => c.id === a.id)).toEqual(a);
        expect((await store.listCharacters(otherEco)).map((c) => c.id)).toEqual([other.id]);
      });

      it('hands out copies: mutating a returned or saved object does not change stored state', async () => {
        const c = sampleCharacter(eco);
        await store.saveCharacter(c);
        const original = structuredClone(c);
        c.personality.openness = 0;
        c.mood.pleasure = 1;
        const got = (await store.getCharacter(c.id))!;
        got.name = 'mutated';
        got.mood.arousal = -1;
        got.lastEmotion!.intensity = 0;
        expect(await store.getCharacter(c.id)).toEqual(original);
      });
    });

    describe('relationships', () => {
      it('round-trips every field', async () => {
        const [a, b] = await savedPair();
        const r = sampleRelationship(eco, a.id, b.id);
        await store.saveRelationship(r);
        expect(await store.getRelationship(a.id, b.id)).toEqual(r);
      });

      it('is directed: a→b and b→a are stored independently', async () => {
        const [a, b] = await savedPair();
        expect(await store.getRelationship(a.id, b.id)).toBeNull();
        const forward = sampleRelationship(eco, a.id, b.id, { strength: 0.75, trust: 0.5, label: 'friend' });
        await store.saveRelationship(forward);
        expect(await store.getRelationship(b.id, a.id)).toBeNull();
        const reverse = sampleRelationship(eco, b.id, a.id, {
          strength: -0.25,
          trust: 0,
          interactionCount: 1,
          lastInteractionAt: null,
          label: 'stranger',
        });
        await store.saveRelationship(reverse);
        expect(await store.getRelationship(a.id, b.id)).toEqual(forward);
        expect(await store.getRelationship(b.id, a.id)).toEqual(reverse);
      });

      it('saving again replaces the stored relationship', async () => {
        const [a, b] = await savedPair();
        await store.saveRelationship(sampleRelationship(eco, a.id, b.id));
        const updated = sampleRelationship(eco, a.id, b.id, {
          strength: 0.875,
          trust: 0.625,
          interactionCount: 8,
          lastInteractionAt: 1_700_000_900_000,
          label: 'close friend',
        });
        await store.saveRelationship(updated);
        expect(await store.getRelationship(a.id, b.id)).toEqual(updated);
        expect(await store.listRelationships(eco)).toHaveLength(1);
      });

      it('lists exactly the relationships of the asked ecosystem', async () => {
        const [a, b] = await savedPair();
        const c = sampleCharacter(otherEco);
        const d = sampleCharacter(otherEco);
        await store.saveCharacter(c);
        await store.saveCharacter(d);
        const ab = sampleRelationship(eco, a.id, b.id);
        const ba = sampleRelationship(eco, b.id, a.id, { label: 'enemy', strength: -0.875 });
        const cd = sampleRelationship(otherEco, c.id, d.id);
        for (const r of [ab, ba, cd]) await store.saveRelationship(r);
        const listed = await store.listRelationships(eco);
        const byDirection = (x: { fromId: Id }, y: { fromId: Id }) => x.fromId.localeCompare(y.fromId);
        expect([...listed].sort(byDirection)).toEqual([ab, ba].sort(byDirection));
        expect(await store.listRelationships(otherEco)).toEqual([cd]);
      });
    });

    describe('memories', () => {
      it("lists a character's memories newest first, every field intact, up to the limit", async () => {
        const [a, b] = await savedPair();
        const times = [1_700_000_000_000, 1_700_000_500_000, 1_700_000_100_000, 1_700_000_900_000];
        const memories = times.map((t, i) => sampleMemory(eco, a.id, i % 2 === 0 ? b.id : null, t, `memory ${i}`));
        for (const m of memories) await store.addMemory(m);
        await store.addMemory(sampleMemory(eco, b.id, a.id, 1_700_000_950_000, "not Ada's"));
        const newestFirst = [...memories].sort((x, y) => y.createdAt - x.createdAt);
        expect(await store.listMemories(a.id, 10)).toEqual(newestFirst);
        expect(await store.listMemories(a.id, 2)).toEqual(newestFirst.slice(0, 2));
        expect(await store.listMemories(b.id, 10)).toHaveLength(1);
      });

      it('returns nothing for a character without memories', async () => {
        const [a] = await savedPair();
        expect(await store.listMemories(a.id, 5)).toEqual([]);
      });
    });

    describe('batched reads and writes', () => {
      it('getCharacters finds the existing ones by id and skips unknown ids', async () => {
        const [a, b] = await savedPair();
        const found = await store.getCharacters([a.id, 'no-such-character', b.id]);
        expect([...found.keys()].sort()).toEqual([a.id, b.id].sort());
        expect(found.get(a.id)).toEqual(a);
        expect(found.get(b.id)).toEqual(b);
        expect((await store.getCharacters([])).size).toBe(0);
      });

      it('saveCharacters inserts new ones and replaces existing ones in one call', async () => {
        const [a] = await savedPair();
        const changed = {
          ...a,
          energy: 0.125,
          mood: { pleasure: -0.5, arousal: 0.25, dominance: 0 },
          lastEmotion: null,
        };
        const fresh = sampleCharacter(eco, { name: 'Cy' });
        await store.saveCharacters([changed, fresh]);
        expect(await store.getCharacter(a.id)).toEqual(changed);
        expect(await store.getCharacter(fresh.id)).toEqual(fresh);
      });

      it('getRelationshipPair gives [a→b, b→a], with null for a missing direction', async () => {
        const [a, b] = await savedPair();
        expect(await store.getRelationshipPair(a.id, b.id)).toEqual([null, null]);
        const ab = sampleRelationship(eco, a.id, b.id);
        await store.saveRelationship(ab);
        expect(await store.getRelationshipPair(a.id, b.id)).toEqual([ab, null]);
        expect(await store.getRelationshipPair(b.id, a.id)).toEqual([null, ab]);
      });

      it('saveRelationships inserts and replaces both directions in one call', async () => {
        const [a, b] = await savedPair();
        const ab = sampleRelationship(eco, a.id, b.id);
        await store.saveRelationship(ab);
        const abAfter = { ...ab, strength: 0.5, trust: 0.75, interactionCount: 8, label: 'friend' as const };
        const ba = sampleRelationship(eco, b.id, a.id, { strength: 0.25 });
        await store.saveRelationships([abAfter, ba]);
        expect(await store.getRelationshipPair(a.id, b.id)).toEqual([abAfter, ba]);
      });

      it('addMemories keeps the order given: later ones are newer within the same millisecond', async () => {
        const [a, b] = await savedPair();
        const t = 1_700_000_000_000;
        const batch = [
          sampleMemory(eco, a.id, b.id, t, 'first'),
          sampleMemory(eco, a.id, null, t, 'second'),
          sampleMemory(eco, b.id, a.id, t, 'other'),
        ];
        await store.addMemories(batch);
        expect((await store.listMemories(a.id, 5)).map((m) => m.content)).toEqual(['second', 'first']);
        expect(await store.listMemories(b.id, 5)).toEqual([batch[2]]);
      });

      it('recallMemories picks, per ask, the newest about-memories and the newest others out of the window', async () => {
        const [a, b] = await savedPair();
        const c = sampleCharacter(eco, { name: 'Cy' });
        await store.saveCharacter(c);
        // Ada: 12 memories, alternating about Bo, about nobody, about Cy; two share a millisecond.
        const about = [b.id, null, c.id];
        const adas = Array.from({ length: 12 }, (_, i) =>
          sampleMemory(eco, a.id, about[i % 3]!, 1_700_000_000_000 + Math.min(i, 10) * 1000, `ada ${i}`),
        );
        await store.addMemories(adas);
        await store.addMemories([sampleMemory(eco, b.id, a.id, 1_700_000_000_000, 'bo 0')]);
        const newest = await store.listMemories(a.id, 100);
        const asks = [
          { characterId: a.id, aboutId: b.id, window: 50, about: 2, others: 2 },
          { characterId: a.id, aboutId: c.id, window: 5, about: 4, others: 1 },
          { characterId: a.id, aboutId: null, window: 50, about: 4, others: 3 },
          { characterId: b.id, aboutId: c.id, window: 50, about: 4, others: 2 },
          { characterId: c.id, aboutId: a.id, window: 50, about: 4, others: 2 },
        ];
        const recalled = await store.recallMemories(asks);
        expect(recalled.map((list) => list.map((m) => m.content))).toEqual([
          ['ada 11', 'ada 10', 'ada 9', 'ada 6'],
          ['ada 11', 'ada 10', 'ada 8'],
          ['ada 11', 'ada 10', 'ada 9'],
          ['bo 0'],
          [],
        ]);
        expect(recalled[0]).toEqual(pickRecall(newest, asks[0]!));
        expect(recalled[0]![0]).toEqual(adas[11]);
      });

      it('loadExchange, where a store has it, reads what lockCharacters, getRelationshipPair and recallMemories read', async (context) => {
        if (!store.loadExchange) return context.skip('this store reads an exchange with the three calls');
        const [a, b] = await savedPair();
        const ab = sampleRelationship(eco, a.id, b.id, { strength: 0.123456789, trust: -0.3 });
        await store.saveRelationships([ab]);
        await store.addMemories(
          Array.from({ length: 7 }, (_, i) =>
            sampleMemory(
              eco,
              i % 2 === 0 ? a.id : b.id,
              i % 3 === 0 ? null : i % 2 === 0 ? b.id : a.id,
              1_700_000_000_000 + Math.min(i, 4) * 1000,
              `m ${i}`,
            ),
          ),
        );
        const asks = [
          { characterId: a.id, aboutId: b.id, window: 50, about: 2, others: 1 },
          { characterId: b.id, aboutId: a.id, window: 50, about: 2, others: 1 },
        ];
        await store.transaction(async (tx) => {
          const reads = await tx.loadExchange!(a.id, b.id, asks);
          expect(reads.characters).toEqual(await tx.lockCharacters([a.id, b.id]));
          expect(reads.characters.get(a.id)).toEqual(a);
          expect(reads.pair).toEqual(await tx.getRelationshipPair(a.id, b.id));
          expect(reads.pair).toEqual([ab, null]);
          expect(reads.memories).toEqual(await tx.recallMemories(asks));
          expect(reads.memories.map((list) => list.length)).toEqual([3, 3]);
          const without = await tx.loadExchange!(b.id, a.id, null);
          expect(without.pair).toEqual([null, ab]);
          expect(without.memories).toEqual([]);
          const unknown = await tx.loadExchange!(a.id, 'ffffffff-ffff-4fff-8fff-ffffffffffff', asks.slice(0, 1));
          expect([...unknown.characters.keys()]).toEqual([a.id]);
          expect(unknown.pair).toEqual([null, null]);
        });
      });

      it('saveAll writes every kind of row and appends the events after the ones already there', async () => {
        const [a, b] = await savedPair();
        await store.appendEvents([sampleDraft(eco, 'before')]);
        const aAfter = { ...a, energy: 0.25 };
        const c = sampleCharacter(eco, { name: 'Cy' });
        const ab = sampleRelationship(eco, a.id, b.id);
        const ba = sampleRelationship(eco, b.id, a.id, { strength: 0.5, label: 'friend' });
        const t = 1_700_000_000_000;
        const memories = [sampleMemory(eco, a.id, b.id, t, 'one'), sampleMemory(eco, a.id, b.id, t, 'two')];
        const interaction = sampleInteraction(eco, a.id, b.id, null);
        const drafts = [sampleDraft(eco, 1), sampleDraft(eco, 2)];
        const stored = await store.saveAll({
          characters: [aAfter, c],
          relationships: [ab, ba],
          memories,
          interactions: [interaction],
          events: drafts,
        });
        expect(stored.map((e) => e.seq)).toEqual([2, 3]);
        expect(
          stored.map(({ ecosystemId, type, timestamp, data }) => ({ ecosystemId, type, timestamp, data })),
        ).toEqual(drafts);
        expect(await store.listEvents(eco, 1, 10)).toEqual(stored);
        expect(await store.getCharacter(a.id)).toEqual(aAfter);
        expect(await store.getCharacter(c.id)).toEqual(c);
        expect(await store.getRelationshipPair(a.id, b.id)).toEqual([ab, ba]);
        expect((await store.listMemories(a.id, 5)).map((m) => m.content)).toEqual(['two', 'one']);
        // Events of two ecosystems, or none at all, work the same.
        expect(await store.saveAll({ characters: [{ ...c, energy: 0.5 }] })).toEqual([]);
        expect((await store.getCharacter(c.id))?.energy).toBe(0.5);
        const mixed = await store.saveAll({ events: [sampleDraft(otherEco, 'x'), sampleDraft(eco, 'y')] });
        expect(mixed.map((e) => [e.ecosystemId, e.seq])).toEqual([
          [otherEco, 1],
          [eco, 4],
        ]);
      });

      it('batched writes inside a transaction roll back with it', async () => {
        const [a, b] = await savedPair();
        await expect(
          store.transaction(async (tx) => {
            await tx.saveCharacters([{ ...a, energy: 0 }]);
            await tx.saveRelationships([sampleRelationship(eco, a.id, b.id)]);
            await tx.addMemories([sampleMemory(eco, a.id, b.id, 1_700_000_000_000)]);
            expect((await tx.getCharacters([a.id])).get(a.id)?.energy).toBe(0);
            expect(
              (await tx.recallMemories([{ characterId: a.id, aboutId: b.id, window: 5, about: 1, others: 1 }]))[0],
            ).toHaveLength(1);
            throw new Error('undo');
          }),
        ).rejects.toThrow('undo');
        expect(await store.getCharacter(a.id)).toEqual(a);
        expect(await store.getRelationshipPair(a.id, b.id)).toEqual([null, null]);
        expect(await store.listMemories(a.id, 5)).toEqual([]);
      });
    });

    describe('interactions', () => {
      it('saves interaction records, with and without a scenario', async () => {
        const [a, b] = await savedPair();
        const scenario = sampleScenario(eco, [a.id, b.id]);
        await store.saveScenario(scenario);
        await expect(store.saveInteraction(sampleInteraction(eco, a.id, b.id, null))).resolves.toBeUndefined();
        await expect(store.saveInteraction(sampleInteraction(eco, b.id, a.id, scenario.id))).resolves.toBeUndefined();
      });
    });

    describe('scenarios', () => {
      it('round-trips every field, including arrays and nulls', async () => {
        const [a, b] = await savedPair();
        const s = sampleScenario(eco, [a.id, b.id]);
        await store.saveScenario(s);
        expect(await store.getScenario(s.id)).toEqual(s);
        expect(await store.getScenario(sampleScenario(eco, []).id)).toBeNull();
      });

      it('round-trips empty arrays, a turn cap and an ended state', async () => {
        const [a, b] = await savedPair();
        const s = sampleScenario(eco, [a.id, b.id], {
          objectives: [],
          endWhenObjectivesDone: false,
          conversations: [],
          maxTurns: 200,
          status: 'ended',
          turn: 200,
          addressed: [b.id, a.id],
          endedAt: 1_700_000_600_000,
          endReason: 'max_turns',
          mood: 'hostile',
          speed: 0.5,
        });
        await store.saveScenario(s);
        expect(await store.getScenario(s.id)).toEqual(s);
      });

      it('saving again replaces the stored scenario', async () => {
        const [a, b] = await savedPair();
        const s = sampleScenario(eco, [a.id, b.id]);
        await store.saveScenario(s);
        const paused = { ...s, status: 'paused' as const, turn: 3, addressed: [a.id] };
        await store.saveScenario(paused);
        expect(await store.getScenario(s.id)).toEqual(paused);
      });
    });

    describe('events', () => {
      it('returns the stored envelope: id, ecosystemId, seq, type, timestamp and data', async () => {
        const draft = sampleDraft(eco, 'x');
        const [event] = await store.appendEvents([draft]);
        expect(event).toEqual({ ...draft, id: expect.any(String), seq: 1 });
        expect(event!.id.length).toBeGreaterThan(0);
        expect(await store.listEvents(eco, 0, 10)).toEqual([event]);
      });

      it('numbers events 1, 2, 3... per ecosystem across appends, with unique ids', async () => {
        const first = await store.appendEvents([sampleDraft(eco, 1), sampleDraft(eco, 2)]);
        const second = await store.appendEvents([sampleDraft(eco, 3)]);
        const third = await store.appendEvents([sampleDraft(eco, 4), sampleDraft(eco, 5), sampleDraft(eco, 6)]);
        const all = [...first, ...second, ...third];
        expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(all.map((e) => e.data.marker)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(new Set(all.map((e) => e.id)).size).toBe(6);
      });

      it("keeps the two ecosystems' sequences independent, even within one append", async () => {
        await store.appendEvents([sampleDraft(eco, 'a1'), sampleDraft(eco, 'a2')]);
        const mixed = await store.appendEvents([
          sampleDraft(otherEco, 'b1'),
          sampleDraft(eco, 'a3'),
          sampleDraft(otherEco, 'b2'),
        ]);
        expect(mixed.map((e) => [e.ecosystemId, e.seq])).toEqual([
          [otherEco, 1],
          [eco, 3],
          [otherEco, 2],
        ]);
        expect((await store.listEvents(eco, 0, 10)).map((e) => e.data.marker)).toEqual(['a1', 'a2', 'a3']);
        expect((await store.listEvents(otherEco, 0, 10)).map((e) => e.seq)).toEqual([1, 2]);
      });

      it('lists events after a seq, ascending, up to a limit', async () => {
        await store.appendEvents([1, 2, 3, 4, 5, 6, 7].map((i) => sampleDraft(eco, i)));
        expect((await store.listEvents(eco, 2, 3)).map((e) => e.seq)).toEqual([3, 4, 5]);
        expect((await store.listEvents(eco, 5, 100)).map((e) => e.seq)).toEqual([6, 7]);
        expect(await store.listEvents(eco, 7, 10)).toEqual([]);
        expect(await store.listEvents(otherEco, 0, 10)).toEqual([]);
      });

      it('appending no drafts stores nothing', async () => {
        expect(await store.appendEvents([])).toEqual([]);
        const [next] = await store.appendEvents([sampleDraft(eco)]);
        expect(next!.seq).toBe(1);
      });

      it('keeps seq gap-free under concurrent appends', async () => {
        await Promise.all(
          Array.from({ length: 8 }, (_, i) => store.appendEvents([sampleDraft(eco, i), sampleDraft(eco, i)])),
        );
        expect((await store.listEvents(eco, 0, 100)).map((e) => e.seq)).toEqual(range(1, 16));
      });
    });

    describe('transactions', () => {
      it("commits every write together and returns the work's value", async () => {
        const a = sampleCharacter(eco, { name: 'Ada' });
        const b = sampleCharacter(eco, { name: 'Bo' });
        const value = await store.transaction(async (tx) => {
          await tx.saveCharacter(a);
          await tx.saveCharacter(b);
          expect(await tx.getCharacter(a.id)).toEqual(a);
          await tx.saveRelationship(sampleRelationship(eco, a.id, b.id));
          await tx.addMemory(sampleMemory(eco, a.id, b.id, 1_700_000_000_000));
          await tx.saveInteraction(sampleInteraction(eco, a.id, b.id, null));
          const events = await tx.appendEvents([sampleDraft(eco, 1), sampleDraft(eco, 2)]);
          expect((await tx.listEvents(eco, 0, 10)).map((e) => e.seq)).toEqual([1, 2]);
          return events.map((e) => e.seq);
        });
        expect(value).toEqual([1, 2]);
        expect(await store.getCharacter(b.id)).toEqual(b);
        expect(await store.getRelationship(a.id, b.id)).not.toBeNull();
        expect(await store.listMemories(a.id, 5)).toHaveLength(1);
        expect(await store.listEvents(eco, 0, 10)).toHaveLength(2);
      });

      it('reads inside a transaction see its own writes over committed state', async () => {
        const [a, b] = await savedPair();
        await store.transaction(async (tx) => {
          await tx.saveCharacter({ ...a, energy: 0.125 });
          await tx.saveRelationship(sampleRelationship(eco, a.id, b.id, { strength: 0.5 }));
          await tx.addMemory(sampleMemory(eco, a.id, b.id, 1_700_000_000_000));
          expect((await tx.getCharacter(a.id))!.energy).toBe(0.125);
          expect((await tx.listCharacters(eco)).find((c) => c.id === a.id)!.energy).toBe(0.125);
          expect((await tx.getRelationship(a.id, b.id))!.strength).toBe(0.5);
          expect(await tx.listRelationships(eco)).toHaveLength(1);
          expect(await tx.listMemories(a.id, 5)).toHaveLength(1);
        });
      });

      it('rolls back all state and events when the work throws, and rethrows its error', async () => {
        const [a, b] = await savedPair();
        await store.appendEvents([sampleDraft(eco, 'before')]);
        const scenario = sampleScenario(eco, [a.id, b.id]);
        const newcomer = sampleCharacter(eco, { name: 'Cy' });
        const failure = new Error('boom');
        await expect(
          store.transaction(async (tx) => {
            await tx.saveCharacter({ ...a, energy: 0 });
            await tx.saveCharacter(newcomer);
            await tx.saveRelationship(sampleRelationship(eco, a.id, b.id));
            await tx.addMemory(sampleMemory(eco, a.id, b.id, 1_700_000_000_000));
            await tx.saveScenario(scenario);
            await tx.saveInteraction(sampleInteraction(eco, a.id, b.id, scenario.id));
            await tx.appendEvents([sampleDraft(eco, 'lost'), sampleDraft(otherEco, 'lost')]);
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await store.getCharacter(a.id)).toEqual(a);
        expect(await store.getCharacter(newcomer.id)).toBeNull();
        expect(await store.getRelationship(a.id, b.id)).toBeNull();
        expect(await store.listMemories(a.id, 5)).toEqual([]);
        expect(await store.getScenario(scenario.id)).toBeNull();
        expect((await store.listEvents(eco, 0, 10)).map((e) => e.data.marker)).toEqual(['before']);
        expect(await store.listEvents(otherEco, 0, 10)).toEqual([]);
        const [next] = await store.appendEvents([sampleDraft(eco, 'after')]);
        expect(next!.seq).toBe(2);
      });

      it('a nested transaction joins the outer one: it commits and rolls back with it', async () => {
        const a = sampleCharacter(eco);
        const b = sampleCharacter(eco);
        await store.transaction((tx) => tx.transaction((inner) => inner.saveCharacter(a)));
        expect(await store.getCharacter(a.id)).toEqual(a);
        await expect(
          store.transaction(async (tx) => {
            await tx.transaction(async (inner) => {
              await inner.saveCharacter(b);
              await inner.appendEvents([sampleDraft(eco)]);
            });
            throw new Error('outer fails after inner finished');
          }),
        ).rejects.toThrow('outer fails');
        expect(await store.getCharacter(b.id)).toBeNull();
        expect(await store.listEvents(eco, 0, 10)).toEqual([]);
      });

      it('keeps seq gap-free when parallel transactions append and some of them fail', async () => {
        const outcomes = await Promise.allSettled(
          range(0, 9).map((i) =>
            store.transaction(async (tx) => {
              await tx.appendEvents([sampleDraft(eco, i)]);
              await Promise.resolve();
              await tx.appendEvents([sampleDraft(eco, i), sampleDraft(otherEco, i)]);
              if (i % 3 === 0) throw new Error(`transaction ${i} fails`);
            }),
          ),
        );
        expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(4);
        const events = await store.listEvents(eco, 0, 100);
        expect(events.map((e) => e.seq)).toEqual(range(1, 12));
        expect(events.every((e) => Number(e.data.marker) % 3 !== 0)).toBe(true);
        expect((await store.listEvents(otherEco, 0, 100)).map((e) => e.seq)).toEqual(range(1, 6));
      });
    });
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
