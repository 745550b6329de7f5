/**
 * The EngineStore's batched methods in terms of its single-record ones: how the in-memory store (where a
 * call costs nothing) provides them. Database stores implement them with one statement each instead.
 */
import type { Character, Id, Memory, Relationship } from '../model.ts';
import type { EngineStore, RecallAsk, StoreChanges } from '../ports/index.ts';

type Singles = Pick<
  EngineStore,
  | 'getCharacter'
  | 'saveCharacter'
  | 'getRelationship'
  | 'saveRelationship'
  | 'addMemory'
  | 'listMemories'
  | 'saveInteraction'
  | 'appendEvents'
>;
type Batched = Pick<
  EngineStore,
  | 'getCharacters'
  | 'saveCharacters'
  | 'getRelationshipPair'
  | 'saveRelationships'
  | 'addMemories'
  | 'recallMemories'
  | 'saveAll'
>;

/** Of `newestFirst` (a character's newest memories, at most the ask's window), what RecallAsk picks, newest first. */
export function pickRecall(
  newestFirst: readonly Memory[],
  ask: Pick<RecallAsk, 'aboutId' | 'window' | 'about' | 'others' | 'sinceReflection'>,
): Memory[] {
  const picked: Memory[] = [];
  let about = 0;
  let others = 0;
  let window = newestFirst.slice(0, Math.max(0, ask.window));
  if (ask.sinceReflection !== undefined) {
    const reflection = window.findIndex((m) => m.kind === 'reflection');
    if (reflection >= 0) window = window.slice(0, reflection);
    if (window.reduce((sum, m) => sum + m.importance, 0) < ask.sinceReflection) return [];
  }
  for (const m of window) {
    if (ask.aboutId !== null && m.aboutId === ask.aboutId) {
      if (about < ask.about) {
        picked.push(m);
        about += 1;
      }
    } else if (others < ask.others) {
      picked.push(m);
      others += 1;
    }
  }
  return picked;
}

export function batchedFrom(store: Singles): Batched {
  return {
    async getCharacters(ids: readonly Id[]) {
      const found = new Map<Id, Character>();
      for (const id of ids) {
        const c = await store.getCharacter(id);
        if (c) found.set(id, c);
      }
      return found;
    },
    async saveCharacters(characters: readonly Character[]) {
      for (const c of characters) await store.saveCharacter(c);
    },
    async getRelationshipPair(aId: Id, bId: Id): Promise<[Relationship | null, Relationship | null]> {
      return [await store.getRelationship(aId, bId), await store.getRelationship(bId, aId)];
    },
    async saveRelationships(relationships: readonly Relationship[]) {
      for (const r of relationships) await store.saveRelationship(r);
    },
    async addMemories(memories: readonly Memory[]) {
      for (const m of memories) await store.addMemory(m);
    },
    /** Call inside a transaction (the in-memory store does) for it to be atomic. */
    async saveAll(changes: StoreChanges) {
      for (const c of changes.characters ?? []) await store.saveCharacter(c);
      for (const r of changes.relationships ?? []) await store.saveRelationship(r);
      for (const m of changes.memories ?? []) await store.addMemory(m);
      for (const i of changes.interactions ?? []) await store.saveInteraction(i);
      return changes.events && changes.events.length > 0 ? store.appendEvents([...changes.events]) : [];
    },
    async recallMemories(asks: readonly RecallAsk[]) {
      const recalled: Memory[][] = [];
      for (const ask of asks) recalled.push(pickRecall(await store.listMemories(ask.characterId, ask.window), ask));
      return recalled;
    },
  };
}
