import type {
  Character,
  EcosystemEvent,
  EventDraft,
  Id,
  InteractionRecord,
  Memory,
  Relationship,
  Scenario,
} from '../model.ts';
import type { EngineStore, IdGenerator, RecallAsk, StoreChanges } from '../ports/index.ts';
import { batchedFrom } from './batch.ts';
import { copyCharacter, copyInteraction, copyMemory, copyRelationship, copyScenario, frozenEvent } from './copies.ts';
import { PendingWrites, Tables, relationshipKey } from './in-memory-tables.ts';

/** Options of the in-memory store. */
export interface InMemoryStoreOptions {
  /**
   * Ids for appended events.
   * @default `${ecosystemId}:${seq}`, unique within the store and deterministic
   */
  eventIds?: IdGenerator;
}

/**
 * The engine's store held in Maps: for simulations, tests and the benchmark.
 *
 * Transactions are serialised (one at a time, in call order), which is what makes the per-ecosystem
 * `seq` gap-free under concurrent callers. Writes inside a transaction go to an overlay that becomes
 * visible to other readers only on commit (read committed), and is dropped when the work throws.
 * Writes outside a transaction are single-statement transactions. Records are copied in and out, so
 * callers never share objects with the store; events, being immutable facts, are deep-frozen copies
 * instead, handed out as they are stored (appended and listed without further copying). Inside a transaction always use the
 * `tx` handle: calling the outer store's write methods from inside would wait for the transaction itself.
 */
export class InMemoryStore implements EngineStore {
  private readonly tables = new Tables();
  private readonly eventIds: IdGenerator | null;
  private queue: Promise<void> = Promise.resolve();

  constructor(options: InMemoryStoreOptions = {}) {
    this.eventIds = options.eventIds ?? null;
  }

  async getCharacter(id: Id): Promise<Character | null> {
    const c = this.tables.characters.get(id);
    return c ? copyCharacter(c) : null;
  }

  async listCharacters(ecosystemId: Id): Promise<Character[]> {
    return committedCharacters(this.tables, ecosystemId).map(copyCharacter);
  }

  saveCharacter(character: Character): Promise<void> {
    return this.transaction((tx) => tx.saveCharacter(character));
  }

  async getRelationship(fromId: Id, toId: Id): Promise<Relationship | null> {
    const r = this.tables.relationships.get(relationshipKey(fromId, toId));
    return r ? copyRelationship(r) : null;
  }

  async listRelationships(ecosystemId: Id): Promise<Relationship[]> {
    return committedRelationships(this.tables, ecosystemId).map(copyRelationship);
  }

  saveRelationship(relationship: Relationship): Promise<void> {
    return this.transaction((tx) => tx.saveRelationship(relationship));
  }

  addMemory(memory: Memory): Promise<void> {
    return this.transaction((tx) => tx.addMemory(memory));
  }

  async listMemories(characterId: Id, limit: number): Promise<Memory[]> {
    return newestMemories(this.tables.memories.get(characterId) ?? [], [], limit).map(copyMemory);
  }

  saveInteraction(record: InteractionRecord): Promise<void> {
    return this.transaction((tx) => tx.saveInteraction(record));
  }

  // Batched forms: one transaction for the writes, plain loops for the reads (a call costs nothing here).
  private readonly batched = batchedFrom(this);
  getCharacters(ids: readonly Id[]): Promise<Map<Id, Character>> {
    return this.batched.getCharacters(ids);
  }
  // Transactions run one at a time here: reading is locking.
  lockCharacters(ids: readonly Id[]): Promise<Map<Id, Character>> {
    return this.batched.getCharacters(ids);
  }
  getRelationshipPair(aId: Id, bId: Id): Promise<[Relationship | null, Relationship | null]> {
    return this.batched.getRelationshipPair(aId, bId);
  }
  recallMemories(asks: readonly RecallAsk[]): Promise<Memory[][]> {
    return this.batched.recallMemories(asks);
  }
  saveCharacters(characters: readonly Character[]): Promise<void> {
    return this.transaction((tx) => tx.saveCharacters(characters));
  }
  saveRelationships(relationships: readonly Relationship[]): Promise<void> {
    return this.transaction((tx) => tx.saveRelationships(relationships));
  }
  addMemories(memories: readonly Memory[]): Promise<void> {
    return this.transaction((tx) => tx.addMemories(memories));
  }
  saveAll(changes: StoreChanges): Promise<EcosystemEvent[]> {
    return this.transaction((tx) => tx.saveAll(changes));
  }

  async getScenario(id: Id): Promise<Scenario | null> {
    const s = this.tables.scenarios.get(id);
    return s ? copyScenario(s) : null;
  }

  saveScenario(scenario: Scenario): Promise<void> {
    return this.transaction((tx) => tx.saveScenario(scenario));
  }

  appendEvents(drafts: EventDraft[]): Promise<EcosystemEvent[]> {
    return this.transaction((tx) => tx.appendEvents(drafts));
  }

  async listEvents(ecosystemId: Id, afterSeq: number, limit: number): Promise<EcosystemEvent[]> {
    return eventsAfter(this.tables.events.get(ecosystemId) ?? [], afterSeq, limit);
  }

  /** Runs `work` alone against an overlay; commits it when `work` resolves, discards it when it throws. */
  transaction<T>(work: (tx: EngineStore) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const pending = new PendingWrites();
      const tx = new TransactionView(this.tables, pending, this.eventIds);
      try {
        const result = await work(tx);
        tx.close();
        this.tables.commit(pending);
        return result;
      } catch (error) {
        tx.close();
        throw error;
      }
    });
    this.queue = run.then(ignore, ignore);
    return run;
  }
}

function ignore(): void {}

/** The store as seen from inside one transaction: committed tables plus this transaction's writes. */
class TransactionView implements EngineStore {
  private open = true;

  constructor(
    private readonly tables: Tables,
    private readonly pending: PendingWrites,
    private readonly eventIds: IdGenerator | null,
  ) {}

  close(): void {
    this.open = false;
  }

  private assertOpen(): void {
    if (!this.open) throw new Error('This transaction has already finished; use the store instead.');
  }

  async getCharacter(id: Id): Promise<Character | null> {
    this.assertOpen();
    const c = this.pending.characters.get(id) ?? this.tables.characters.get(id);
    return c ? copyCharacter(c) : null;
  }

  async listCharacters(ecosystemId: Id): Promise<Character[]> {
    this.assertOpen();
    const pending = this.pending.characters;
    const committed = committedCharacters(this.tables, ecosystemId);
    if (pending.size === 0) return committed.map(copyCharacter);
    const result = committed.filter((c) => !pending.has(c.id));
    for (const c of pending.values()) if (c.ecosystemId === ecosystemId) result.push(c);
    return result.map(copyCharacter);
  }

  async saveCharacter(character: Character): Promise<void> {
    this.assertOpen();
    this.pending.characters.set(character.id, copyCharacter(character));
  }

  async getRelationship(fromId: Id, toId: Id): Promise<Relationship | null> {
    this.assertOpen();
    const key = relationshipKey(fromId, toId);
    const r = this.pending.relationships.get(key) ?? this.tables.relationships.get(key);
    return r ? copyRelationship(r) : null;
  }

  async listRelationships(ecosystemId: Id): Promise<Relationship[]> {
    this.assertOpen();
    const pending = this.pending.relationships;
    const committed = committedRelationships(this.tables, ecosystemId);
    if (pending.size === 0) return committed.map(copyRelationship);
    const result = committed.filter((r) => !pending.has(relationshipKey(r.fromId, r.toId)));
    for (const r of pending.values()) if (r.ecosystemId === ecosystemId) result.push(r);
    return result.map(copyRelationship);
  }

  async saveRelationship(relationship: Relationship): Promise<void> {
    this.assertOpen();
    const key = relationshipKey(relationship.fromId, relationship.toId);
    this.pending.relationships.set(key, copyRelationship(relationship));
  }

  async addMemory(memory: Memory): Promise<void> {
    this.assertOpen();
    this.pending.memories.push(copyMemory(memory));
  }

  async listMemories(characterId: Id, limit: number): Promise<Memory[]> {
    this.assertOpen();
    const committed = this.tables.memories.get(characterId) ?? [];
    const added = this.pending.memories.filter((m) => m.characterId === characterId);
    return newestMemories(committed, added, limit).map(copyMemory);
  }

  private readonly batched = batchedFrom(this);
  getCharacters(ids: readonly Id[]): Promise<Map<Id, Character>> {
    return this.batched.getCharacters(ids);
  }
  // Transactions run one at a time here: reading is locking.
  lockCharacters(ids: readonly Id[]): Promise<Map<Id, Character>> {
    return this.batched.getCharacters(ids);
  }
  saveCharacters(characters: readonly Character[]): Promise<void> {
    return this.batched.saveCharacters(characters);
  }
  getRelationshipPair(aId: Id, bId: Id): Promise<[Relationship | null, Relationship | null]> {
    return this.batched.getRelationshipPair(aId, bId);
  }
  saveRelationships(relationships: readonly Relationship[]): Promise<void> {
    return this.batched.saveRelationships(relationships);
  }
  addMemories(memories: readonly Memory[]): Promise<void> {
    return this.batched.addMemories(memories);
  }
  recallMemories(asks: readonly RecallAsk[]): Promise<Memory[][]> {
    return this.batched.recallMemories(asks);
  }
  saveAll(changes: StoreChanges): Promise<EcosystemEvent[]> {
    return this.batched.saveAll(changes);
  }

  async saveInteraction(record: InteractionRecord): Promise<void> {
    this.assertOpen();
    this.pending.interactions.set(record.id, copyInteraction(record));
  }

  async getScenario(id: Id): Promise<Scenario | null> {
    this.assertOpen();
    const s = this.pending.scenarios.get(id) ?? this.tables.scenarios.get(id);
    return s ? copyScenario(s) : null;
  }

  async saveScenario(scenario: Scenario): Promise<void> {
    this.assertOpen();
    this.pending.scenarios.set(scenario.id, copyScenario(scenario));
  }

  async appendEvents(drafts: EventDraft[]): Promise<EcosystemEvent[]> {
    this.assertOpen();
    const stored: EcosystemEvent[] = [];
    for (const draft of drafts) {
      let log = this.pending.events.get(draft.ecosystemId);
      if (!log) {
        log = [];
        this.pending.events.set(draft.ecosystemId, log);
      }
      const seq = this.tables.eventCount(draft.ecosystemId) + log.length + 1;
      const id = this.eventIds ? this.eventIds.next() : `${draft.ecosystemId}:${seq}`;
      const event = frozenEvent({ id, seq, ...draft });
      log.push(event);
      stored.push(event);
    }
    return stored;
  }

  async listEvents(ecosystemId: Id, afterSeq: number, limit: number): Promise<EcosystemEvent[]> {
    this.assertOpen();
    const committed = this.tables.events.get(ecosystemId) ?? [];
    const added = this.pending.events.get(ecosystemId) ?? [];
    const all = added.length === 0 ? committed : [...committed, ...added];
    return eventsAfter(all, afterSeq, limit);
  }

  /** Nested transactions join this one. */
  transaction<T>(work: (tx: EngineStore) => Promise<T>): Promise<T> {
    this.assertOpen();
    return work(this);
  }
}

function committedCharacters(tables: Tables, ecosystemId: Id): Character[] {
  const entries = tables.charactersByEcosystem.get(ecosystemId);
  return entries ? [...entries.values()] : [];
}

function committedRelationships(tables: Tables, ecosystemId: Id): Relationship[] {
  const entries = tables.relationshipsByEcosystem.get(ecosystemId);
  return entries ? [...entries.values()] : [];
}

/** `log[i].seq === i + 1`, so the page starts at index `afterSeq`. */
function eventsAfter(log: readonly EcosystemEvent[], afterSeq: number, limit: number): EcosystemEvent[] {
  const from = Math.max(0, Math.floor(afterSeq));
  return log.slice(from, from + Math.max(0, Math.floor(limit)));
}

/** Newest first. `committed` is ascending; `added` was written later, so it wins ties. */
function newestMemories(committed: readonly Memory[], added: readonly Memory[], limit: number): Memory[] {
  const count = Math.max(0, Math.floor(limit));
  if (count === 0) return [];
  const tail = committed.slice(-count);
  const merged = added.length === 0 ? tail : [...tail, ...added].sort((a, b) => a.createdAt - b.createdAt);
  return merged.slice(-count).reverse();
}
