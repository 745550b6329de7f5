import type { Character, EcosystemEvent, Id, InteractionRecord, Memory, Relationship, Scenario } from '../model.ts';

/** Key of a directed relationship. NUL cannot occur in ids we issue, so keys never collide. */
export function relationshipKey(fromId: Id, toId: Id): string {
  return `${fromId}\u0000${toId}`;
}

/** Writes made inside one transaction, applied to the tables only when the work succeeds. */
export class PendingWrites {
  readonly characters = new Map<Id, Character>();
  readonly relationships = new Map<string, Relationship>();
  readonly memories: Memory[] = [];
  readonly interactions = new Map<Id, InteractionRecord>();
  readonly scenarios = new Map<Id, Scenario>();
  /** Per ecosystem, in seq order, continuing the committed log. */
  readonly events = new Map<Id, EcosystemEvent[]>();
}

/**
 * The committed state of an in-memory store. Objects held here are owned by the tables: callers receive
 * copies. Indexes by ecosystem keep listing proportional to the ecosystem, not to the whole store.
 */
export class Tables {
  readonly characters = new Map<Id, Character>();
  readonly charactersByEcosystem = new Map<Id, Map<Id, Character>>();
  readonly relationships = new Map<string, Relationship>();
  readonly relationshipsByEcosystem = new Map<Id, Map<string, Relationship>>();
  /** Per character, ascending by createdAt (ties in insertion order). */
  readonly memories = new Map<Id, Memory[]>();
  readonly interactions = new Map<Id, InteractionRecord>();
  readonly scenarios = new Map<Id, Scenario>();
  /** Per ecosystem; events[i].seq === i + 1 always holds. */
  readonly events = new Map<Id, EcosystemEvent[]>();

  eventCount(ecosystemId: Id): number {
    return this.events.get(ecosystemId)?.length ?? 0;
  }

  /** Applies a transaction's writes. Cannot fail halfway: only Map and array updates. */
  commit(pending: PendingWrites): void {
    for (const c of pending.characters.values()) this.putCharacter(c);
    for (const [key, r] of pending.relationships) this.putRelationship(key, r);
    for (const m of pending.memories) insertMemory(this.memories, m);
    for (const [id, i] of pending.interactions) this.interactions.set(id, i);
    for (const [id, s] of pending.scenarios) this.scenarios.set(id, s);
    for (const [ecosystemId, appended] of pending.events) {
      const log = this.events.get(ecosystemId);
      if (log) log.push(...appended);
      else this.events.set(ecosystemId, [...appended]);
    }
  }

  private putCharacter(c: Character): void {
    const previous = this.characters.get(c.id);
    if (previous && previous.ecosystemId !== c.ecosystemId) {
      this.charactersByEcosystem.get(previous.ecosystemId)?.delete(c.id);
    }
    this.characters.set(c.id, c);
    indexUnder(this.charactersByEcosystem, c.ecosystemId, c.id, c);
  }

  private putRelationship(key: string, r: Relationship): void {
    const previous = this.relationships.get(key);
    if (previous && previous.ecosystemId !== r.ecosystemId) {
      this.relationshipsByEcosystem.get(previous.ecosystemId)?.delete(key);
    }
    this.relationships.set(key, r);
    indexUnder(this.relationshipsByEcosystem, r.ecosystemId, key, r);
  }
}

function indexUnder<K, V>(index: Map<Id, Map<K, V>>, ecosystemId: Id, key: K, value: V): void {
  const entries = index.get(ecosystemId);
  if (entries) entries.set(key, value);
  else index.set(ecosystemId, new Map([[key, value]]));
}

/** Inserts keeping ascending createdAt; memories almost always arrive in order, so this is O(1) then. */
export function insertMemory(byCharacter: Map<Id, Memory[]>, memory: Memory): void {
  const list = byCharacter.get(memory.characterId);
  if (!list) {
    byCharacter.set(memory.characterId, [memory]);
    return;
  }
  let at = list.length;
  while (at > 0 && list[at - 1]!.createdAt > memory.createdAt) at -= 1;
  list.splice(at, 0, memory);
}
