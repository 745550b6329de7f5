import { describe, expect, it } from 'vitest';
import { StoreError, type AppStore } from '../app-store.ts';
import {
  draft,
  sampleCharacter,
  sampleEcosystem,
  sampleInteraction,
  sampleRelationship,
  seedEcosystem,
  seedPair,
  T0,
} from './fixtures.ts';

/** An interaction's state changes and its events commit together or not at all; seqs stay gap-free. */
export function describeAtomicity(getStore: () => AppStore): void {
  describe('atomicity', () => {
    it('a transaction writing characters, a relationship and events, then throwing, leaves nothing', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      await expect(
        store.transaction(async (tx) => {
          await tx.saveCharacter({ ...a, energy: 0.5, mood: { pleasure: 1, arousal: 1, dominance: 1 } });
          await tx.saveCharacter(sampleCharacter(ecosystem.id, { name: 'Newcomer' }));
          await tx.saveRelationship(sampleRelationship(ecosystem.id, a.id, b.id));
          await tx.saveInteraction(sampleInteraction(ecosystem.id, a.id, b.id));
          await tx.appendEvents([draft(ecosystem.id, 'character_interaction', {})]);
          await tx.updateEcosystem(ecosystem.id, { name: 'Changed' }, T0 + 1);
          throw new Error('dialogue generator failed');
        }),
      ).rejects.toThrow('dialogue generator failed');
      expect(await store.listCharacters(ecosystem.id)).toEqual([a, b]);
      expect(await store.listRelationships(ecosystem.id)).toEqual([]);
      expect(await store.listInteractions(ecosystem.id, { limit: 10 })).toEqual([]);
      expect(await store.listEvents(ecosystem.id, 0, 10)).toEqual([]);
      expect(await store.getEcosystem(ecosystem.id)).toEqual(ecosystem);
    });

    it("hands a committed transaction's events to the commit listeners once, and a rolled-back one's never", async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const seen: number[][] = [];
      const stop = store.onCommitted((events) => {
        const mine = events.filter((e) => e.ecosystemId === ecosystem.id);
        if (mine.length > 0) seen.push(mine.map((e) => e.seq));
      });
      try {
        await expect(
          store.transaction(async (tx) => {
            await tx.appendEvents([draft(ecosystem.id, 'character_interaction', {})]);
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
        expect(seen).toEqual([]);
        await store.transaction(async (tx) => {
          await tx.appendEvents([draft(ecosystem.id, 'character_interaction', {})]);
          await tx.transaction((nested) => nested.appendEvents([draft(ecosystem.id, 'character_interaction', {})]));
          expect(seen).toEqual([]); // not before the commit
        });
        await store.appendEvents([draft(ecosystem.id, 'character_interaction', {})]);
        expect(seen).toEqual([[1, 2], [3]]);
      } finally {
        stop();
      }
    });

    it('lockCharacters reads the characters as committed and holds writers of them until commit', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      await expect(store.lockCharacters([a.id])).rejects.toThrow('inside a transaction');
      const order: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked!: () => void;
      const hasLock = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const first = store.transaction(async (tx) => {
        const found = await tx.lockCharacters([b.id, a.id, 'no-such-character']);
        expect([...found.keys()].sort()).toEqual([a.id, b.id].sort());
        locked();
        await held;
        await tx.saveCharacter({ ...found.get(a.id)!, energy: 0.5 });
        order.push('first');
      });
      await hasLock;
      // On PGlite transactions run one at a time anyway; on PostgreSQL the second waits on the row lock.
      const second = store.transaction(async (tx) => {
        const found = await tx.lockCharacters([a.id]);
        order.push(`second saw ${found.get(a.id)!.energy}`);
      });
      await new Promise((r) => setTimeout(r, 50));
      release();
      await Promise.all([first, second]);
      expect(order).toEqual(['first', 'second saw 0.5']);
    });

    it('saveAll with events for an ecosystem that does not exist fails as not_found and writes nothing', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      const missing = sampleEcosystem(ecosystem.ownerId).id;
      await expect(
        store.saveAll({
          characters: [{ ...a, energy: 0 }],
          relationships: [sampleRelationship(ecosystem.id, a.id, b.id)],
          events: [draft(missing, 'character_interaction', {})],
        }),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect(await store.listCharacters(ecosystem.id)).toEqual([a, b]);
      expect(await store.listRelationships(ecosystem.id)).toEqual([]);
    });

    it('saveAll rolls back with the transaction around it', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      await expect(
        store.transaction(async (tx) => {
          await tx.saveAll({
            characters: [{ ...a, energy: 0 }],
            interactions: [sampleInteraction(ecosystem.id, a.id, b.id)],
            events: [draft(ecosystem.id, 'character_interaction', {})],
          });
          throw new Error('later step failed');
        }),
      ).rejects.toThrow('later step failed');
      expect(await store.listCharacters(ecosystem.id)).toEqual([a, b]);
      expect(await store.listInteractions(ecosystem.id, { limit: 10 })).toEqual([]);
      expect(await store.listEvents(ecosystem.id, 0, 10)).toEqual([]);
      expect((await store.getEcosystem(ecosystem.id))?.lastSeq).toBe(0);
    });

    it('a constraint violation inside a transaction rolls back its earlier writes and surfaces as a conflict', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      const existing = sampleInteraction(ecosystem.id, a.id, b.id);
      await store.saveInteraction(existing);
      const error = await store
        .transaction(async (tx) => {
          await tx.saveRelationship(sampleRelationship(ecosystem.id, a.id, b.id));
          await tx.appendEvents([draft(ecosystem.id, 'relationship_changed', {})]);
          await tx.saveInteraction({ ...existing, content: 'again' });
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('conflict');
      expect(await store.getRelationship(a.id, b.id)).toBeNull();
      expect(await store.listEvents(ecosystem.id, 0, 10)).toEqual([]);
      expect((await store.appendEvents([draft(ecosystem.id, 'relationship_changed', {})]))[0]?.seq).toBe(1);
    });

    it('appending to an unknown ecosystem fails as not found and stores nothing', async () => {
      const store = getStore();
      const { user, ecosystem } = await seedEcosystem(store);
      const missing = sampleEcosystem(user.id);
      await expect(
        store.appendEvents([draft(ecosystem.id, 'scenario_turn', {}), draft(missing.id, 'scenario_turn', {})]),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect(await store.listEvents(ecosystem.id, 0, 10)).toEqual([]);
    });

    it('parallel transactions and plain appends to one ecosystem get gap-free, unique seqs', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const writers = Array.from({ length: 12 }, (_, i) =>
        i % 3 === 0
          ? store.appendEvents([draft(ecosystem.id, 'scenario_turn', { writer: i })])
          : store.transaction(async (tx) => {
              const first = await tx.appendEvents([draft(ecosystem.id, 'scenario_turn', { writer: i })]);
              const second = await tx.appendEvents([draft(ecosystem.id, 'scenario_turn', { writer: i })]);
              return [...first, ...second];
            }),
      );
      const appended = (await Promise.all(writers)).flat();
      const seqs = appended.map((e) => e.seq).sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      // Each transaction's two events are consecutive: the ecosystem row stays locked until it commits.
      const byWriter = new Map<unknown, number[]>();
      for (const e of appended) byWriter.set(e.data.writer, [...(byWriter.get(e.data.writer) ?? []), e.seq]);
      for (const s of byWriter.values()) if (s.length === 2) expect(s[1]! - s[0]!).toBe(1);
      expect((await store.listEvents(ecosystem.id, 0, 100)).map((e) => e.seq)).toEqual(seqs);
      expect((await store.getEcosystem(ecosystem.id))?.lastSeq).toBe(20);
    });
  });
}
