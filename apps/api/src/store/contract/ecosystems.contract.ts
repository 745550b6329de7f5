import { describe, expect, it } from 'vitest';
import { StoreError, type AppStore } from '../app-store.ts';
import {
  draft,
  sampleCharacter,
  sampleDocument,
  sampleEcosystem,
  sampleInteraction,
  sampleMemory,
  sampleRelationship,
  sampleScenario,
  seedEcosystem,
  seedPair,
  T0,
} from './fixtures.ts';

/** Ecosystems, documents, and deleting characters and ecosystems with what hangs off them. */
export function describeEcosystems(getStore: () => AppStore): void {
  describe('ecosystems', () => {
    it("round-trips an ecosystem and lists an owner's ecosystems oldest first", async () => {
      const store = getStore();
      const { user, ecosystem } = await seedEcosystem(store);
      const newer = sampleEcosystem(user.id, { name: 'Second', createdAt: T0 + 10, updatedAt: T0 + 10 });
      await store.createEcosystem(newer);
      await seedEcosystem(store); // someone else's
      expect(await store.getEcosystem(ecosystem.id)).toEqual(ecosystem);
      expect(await store.listEcosystems(user.id)).toEqual([ecosystem, newer]);
      expect(await store.getEcosystem(sampleEcosystem(user.id).id)).toBeNull();
    });

    it("characterOwners gives each existing character's ecosystem and owner, skipping unknown ids", async () => {
      const store = getStore();
      const mine = await seedEcosystem(store);
      const theirs = await seedEcosystem(store);
      const [a] = await seedPair(store, mine.ecosystem.id);
      const [c] = await seedPair(store, theirs.ecosystem.id);
      const owners = await store.characterOwners([a.id, c.id, sampleEcosystem(mine.user.id).id]);
      expect(owners.size).toBe(2);
      expect(owners.get(a.id)).toEqual({ ecosystemId: mine.ecosystem.id, ownerId: mine.user.id });
      expect(owners.get(c.id)).toEqual({ ecosystemId: theirs.ecosystem.id, ownerId: theirs.user.id });
      expect((await store.characterOwners([])).size).toBe(0);
    });

    it('rejects a duplicate ecosystem id as a conflict', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      await expect(store.createEcosystem({ ...ecosystem })).rejects.toMatchObject({ code: 'conflict' });
    });

    it('updates only the given fields and the update time; null for an unknown ecosystem', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const renamed = await store.updateEcosystem(ecosystem.id, { name: 'Renamed' }, T0 + 50);
      expect(renamed).toEqual({ ...ecosystem, name: 'Renamed', updatedAt: T0 + 50 });
      const described = await store.updateEcosystem(ecosystem.id, { description: 'New' }, T0 + 60);
      expect(described).toEqual({ ...ecosystem, name: 'Renamed', description: 'New', updatedAt: T0 + 60 });
      expect(await store.getEcosystem(ecosystem.id)).toEqual(described);
      expect(await store.updateEcosystem(sampleEcosystem(ecosystem.ownerId).id, { name: 'x' }, T0)).toBeNull();
    });

    it('keeps the dialogue setting, templates unless set', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      expect((await store.getEcosystem(ecosystem.id))?.dialogue).toEqual({
        mode: 'template',
        model: null,
        tokensPerHour: null,
      });
      const dialogue = { mode: 'llm' as const, model: 'llama3.2', tokensPerHour: 20_000 };
      expect((await store.updateEcosystem(ecosystem.id, { dialogue }, T0 + 70))?.dialogue).toEqual(dialogue);
      expect((await store.getEcosystem(ecosystem.id))?.dialogue).toEqual(dialogue);
    });

    it("reports lastSeq as the newest event's seq", async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      await store.appendEvents([
        draft(ecosystem.id, 'ecosystem_updated', {}),
        draft(ecosystem.id, 'ecosystem_updated', {}),
      ]);
      expect((await store.getEcosystem(ecosystem.id))?.lastSeq).toBe(2);
    });

    it('deleting an ecosystem removes everything in it and nothing elsewhere', async () => {
      const store = getStore();
      const { user, ecosystem } = await seedEcosystem(store);
      const { ecosystem: kept } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      const [keptA] = await seedPair(store, kept.id);
      await store.saveRelationship(sampleRelationship(ecosystem.id, a.id, b.id));
      await store.addMemory(sampleMemory(ecosystem.id, a.id, b.id));
      await store.saveInteraction(sampleInteraction(ecosystem.id, a.id, b.id));
      const scenario = sampleScenario(ecosystem.id, [a.id, b.id]);
      await store.saveScenario(scenario);
      const doc = sampleDocument(ecosystem.id, user.id);
      await store.createDocument(doc);
      await store.appendEvents([draft(ecosystem.id, 'character_created', { scenario_id: scenario.id })]);
      await store.appendEvents([draft(kept.id, 'character_created', {})]);

      expect(await store.deleteEcosystem(ecosystem.id)).toBe(true);
      expect(await store.getEcosystem(ecosystem.id)).toBeNull();
      expect(await store.listCharacters(ecosystem.id)).toEqual([]);
      expect(await store.getCharacter(a.id)).toBeNull();
      expect(await store.listRelationships(ecosystem.id)).toEqual([]);
      expect(await store.listMemories(a.id, 10)).toEqual([]);
      expect(await store.listInteractions(ecosystem.id, { limit: 10 })).toEqual([]);
      expect(await store.getScenario(scenario.id)).toBeNull();
      expect(await store.getDocument(doc.id)).toBeNull();
      expect(await store.listEvents(ecosystem.id, 0, 10)).toEqual([]);
      expect(await store.listScenarioEvents(scenario.id, 0, 10)).toEqual([]);
      expect(await store.getUserById(user.id)).not.toBeNull();
      expect(await store.getCharacter(keptA.id)).toEqual(keptA);
      expect(await store.listEvents(kept.id, 0, 10)).toHaveLength(1);
      expect(await store.deleteEcosystem(ecosystem.id)).toBe(false);
    });
  });

  describe('characters and relationships', () => {
    it('deleting a character removes its relationships both ways and its memories; history stays', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      const c = sampleCharacter(ecosystem.id, { name: 'Cy' });
      await store.saveCharacter(c);
      for (const [from, to] of [
        [a, b],
        [b, a],
        [b, c],
        [c, b],
      ] as const) {
        await store.saveRelationship(sampleRelationship(ecosystem.id, from.id, to.id));
      }
      await store.addMemory(sampleMemory(ecosystem.id, a.id, b.id));
      await store.addMemory(sampleMemory(ecosystem.id, b.id, a.id, { content: 'about Ada' }));
      const interaction = sampleInteraction(ecosystem.id, a.id, b.id);
      await store.saveInteraction(interaction);
      await store.appendEvents([draft(ecosystem.id, 'character_interaction', { participants: [a.id, b.id] })]);

      expect(await store.deleteCharacter(a.id)).toBe(true);
      expect(await store.getCharacter(a.id)).toBeNull();
      expect(await store.getRelationship(a.id, b.id)).toBeNull();
      expect(await store.getRelationship(b.id, a.id)).toBeNull();
      expect((await store.listRelationships(ecosystem.id)).map((r) => [r.fromId, r.toId]).sort()).toEqual(
        [
          [b.id, c.id],
          [c.id, b.id],
        ].sort(),
      );
      expect(await store.listMemories(a.id, 10)).toEqual([]);
      expect(await store.listMemories(b.id, 10)).toHaveLength(1);
      expect(await store.listInteractions(ecosystem.id, { limit: 10 })).toEqual([interaction]);
      expect(await store.listEvents(ecosystem.id, 0, 10)).toHaveLength(1);
      expect(await store.deleteCharacter(a.id)).toBe(false);
    });

    it("lists a character's relationships in both directions, not those of others", async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const [a, b] = await seedPair(store, ecosystem.id);
      const c = sampleCharacter(ecosystem.id, { name: 'Cy' });
      await store.saveCharacter(c);
      const ab = sampleRelationship(ecosystem.id, a.id, b.id, { strength: 0.5 });
      const ca = sampleRelationship(ecosystem.id, c.id, a.id, { strength: -0.5, label: 'rival' });
      const bc = sampleRelationship(ecosystem.id, b.id, c.id);
      for (const r of [ab, ca, bc]) await store.saveRelationship(r);
      const ofA = await store.listRelationshipsOf(a.id);
      expect(ofA).toHaveLength(2);
      expect(ofA).toEqual(expect.arrayContaining([ab, ca]));
    });

    it('round-trips floats exactly (0.1 + 0.2, 1/3) and rejects a character of an unknown ecosystem', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const c = sampleCharacter(ecosystem.id);
      await store.saveCharacter(c);
      expect(await store.getCharacter(c.id)).toEqual(c);
      const orphan = sampleCharacter(sampleEcosystem(ecosystem.ownerId).id);
      const error = await store.saveCharacter(orphan).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('not_found');
    });
  });

  describe('documents', () => {
    it('creates, reads, lists (oldest first), updates and deletes documents', async () => {
      const store = getStore();
      const { user, ecosystem } = await seedEcosystem(store);
      const { ecosystem: other } = await seedEcosystem(store);
      const first = sampleDocument(ecosystem.id, user.id);
      const second = sampleDocument(ecosystem.id, user.id, { title: 'Map', createdAt: T0 + 1, updatedAt: T0 + 1 });
      await store.createDocument(second);
      await store.createDocument(first);
      await store.createDocument(sampleDocument(other.id, other.ownerId));
      expect(await store.getDocument(first.id)).toEqual(first);
      expect(await store.listDocuments(ecosystem.id)).toEqual([first, second]);

      const updated = await store.updateDocument(first.id, { content: 'Revised' }, T0 + 99);
      expect(updated).toEqual({ ...first, content: 'Revised', updatedAt: T0 + 99 });
      expect(await store.getDocument(first.id)).toEqual(updated);
      expect(await store.updateDocument(sampleDocument(ecosystem.id, user.id).id, { title: 'x' }, T0)).toBeNull();

      expect(await store.deleteDocument(first.id)).toBe(true);
      expect(await store.deleteDocument(first.id)).toBe(false);
      expect(await store.getDocument(first.id)).toBeNull();
      expect(await store.listDocuments(ecosystem.id)).toEqual([second]);
    });

    it('rejects a duplicate document id as a conflict', async () => {
      const store = getStore();
      const { user, ecosystem } = await seedEcosystem(store);
      const doc = sampleDocument(ecosystem.id, user.id);
      await store.createDocument(doc);
      await expect(store.createDocument({ ...doc })).rejects.toMatchObject({ code: 'conflict' });
    });

    it('keeps a character card as its exact text and picture, replaces it, and drops it with the character', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      const [a] = await seedPair(store, ecosystem.id);
      expect(await store.getCharacterCard(a.id)).toBeNull();
      // Key order and spacing survive (a jsonb column would reorder keys and lose the spacing).
      const text = '{"spec":"chara_card_v3", "data":{"name":"A","b":1,"a":2}}';
      const card = { characterId: a.id, ecosystemId: ecosystem.id, card: text, image: 'iVBORw0K', createdAt: T0 };
      await store.saveCharacterCard(card);
      expect(await store.getCharacterCard(a.id)).toEqual(card);
      await store.saveCharacterCard({ ...card, card: '{}', image: null, createdAt: T0 + 1 });
      expect(await store.getCharacterCard(a.id)).toEqual({ ...card, card: '{}', image: null, createdAt: T0 + 1 });
      await store.deleteCharacter(a.id);
      expect(await store.getCharacterCard(a.id)).toBeNull();
    });

    it('stores replay checkpoints and finds the newest at or before a seq; the seq of a time', async () => {
      const store = getStore();
      const { ecosystem } = await seedEcosystem(store);
      expect(await store.latestStateSnapshot(ecosystem.id, 100)).toBeNull();
      const at = (seq: number) => ({ ecosystemId: ecosystem.id, seq, state: { seq }, createdAt: T0 });
      await store.saveStateSnapshot(at(10));
      await store.saveStateSnapshot(at(20));
      // Saved again, a checkpoint replaces the one at its seq (one written in an older replay format is rebuilt).
      await store.saveStateSnapshot({ ...at(20), state: { seq: 20, version: 2 } });
      expect(await store.latestStateSnapshot(ecosystem.id, 9)).toBeNull();
      expect(await store.latestStateSnapshot(ecosystem.id, 19)).toEqual(at(10));
      expect(await store.latestStateSnapshot(ecosystem.id, 25)).toEqual({ ...at(20), state: { seq: 20, version: 2 } });
      expect(await store.seqAtTime(ecosystem.id, T0)).toBe(0);
      await store.appendEvents([
        draft(ecosystem.id, 'ecosystem_updated', { changes: {} }, T0 + 100),
        draft(ecosystem.id, 'ecosystem_updated', { changes: {} }, T0 + 200),
      ]);
      expect(await store.seqAtTime(ecosystem.id, T0 + 150)).toBe(1);
      expect(await store.seqAtTime(ecosystem.id, T0 + 500)).toBe(2);
    });
  });
}
