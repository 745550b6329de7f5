import type {
  Character,
  EcosystemEvent,
  EventDraft,
  EventType,
  ExchangeReads,
  Id,
  InteractionRecord,
  Memory,
  RecallAsk,
  Relationship,
  Scenario,
  ScenarioStatus,
  StoreChanges,
} from '@ensemble/core';
import type { Database, SqlDb } from '../db/database.ts';
import type {
  AppStore,
  DocumentRecord,
  MemoryEmbedding,
  MemoryText,
  PassageEmbedding,
  PassageHit,
  PassageKey,
  PassageStats,
  PassageText,
  PassageView,
  ScenarioLock,
  EcosystemRecord,
  InteractionQuery,
  RefreshTokenRecord,
  RelationshipPoint,
  UserRecord,
  ApiKeyRecord,
  IdempotencyRecord,
  CharacterCardRecord,
  StateSnapshotRecord,
} from './app-store.ts';
import * as accounts from './queries/accounts.ts';
import * as keys from './queries/api-keys.ts';
import * as idempotency from './queries/idempotency.ts';
import * as cast from './queries/characters.ts';
import { saveAll } from './queries/save-all.ts';
import { currentRequestId, withRequestId } from '../telemetry/request-context.ts';
import * as ecosystems from './queries/ecosystems.ts';
import * as log from './queries/events.ts';
import * as history from './queries/history.ts';
import * as interactions from './queries/interactions.ts';
import * as leases from './queries/leases.ts';
import * as memoryEmbeddings from './queries/memory-embeddings.ts';
import * as passages from './queries/passages.ts';
import * as locks from './queries/locks.ts';
import * as scenarios from './queries/scenarios.ts';
import { guardWrite, isRetryable } from './sql-errors.ts';

/** Receives the events of a committed transaction. */
type CommitListener = (events: readonly EcosystemEvent[]) => void;

/** Runs of a transaction that lost a deadlock or serialization race, the first included. */
const TRANSACTION_ATTEMPTS = 3;

/**
 * The AppStore over drizzle, one implementation for PGlite and PostgreSQL.
 * Constraint violations surface as StoreError; missing rows as null.
 */
export class SqlStore implements AppStore {
  readonly #listeners: Set<CommitListener>;
  /** Events appended by the open transaction this store is bound to, handed to the listeners after commit. */
  readonly #appended: EcosystemEvent[] | null;

  /** `db` is the database, or the open transaction this store is bound to (`inTransaction`). */
  constructor(
    readonly db: SqlDb,
    readonly inTransaction = false,
    listeners?: Set<CommitListener>,
    appended?: EcosystemEvent[],
    /**
     * Transactions run one at a time (PGlite, one connection): nothing can commit between a lock and the
     * reads after it, so an exchange's locking read and its other reads may share one statement.
     */
    readonly serialTransactions = false,
    /** Database.statementsRun, where this process sees every statement (PGlite). */
    readonly statements: (() => number) | null = null,
  ) {
    this.#listeners = listeners ?? new Set();
    this.#appended = appended ?? null;
  }

  /** The store over an opened database (its transactions run one at a time on PGlite). */
  static over(database: Pick<Database, 'db' | 'kind' | 'statementsRun'>): SqlStore {
    const serial = database.kind === 'pglite';
    return new SqlStore(database.db, false, undefined, undefined, serial, (serial && database.statementsRun) || null);
  }

  /**
   * Calls `listener` with the events of every transaction of this store once it has committed (and never
   * for one rolled back), in commit order: publishing belongs to the commit, not to its callers. Returns
   * a function that removes the listener. A listener must not throw.
   */
  onCommitted(listener: CommitListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Runs `work` in one transaction: everything it writes commits together or not at all.
   * Inside a transaction, a nested call joins it. On PGlite transactions run one at a time, so
   * `work` must use the `tx` it is given, never the outer store (that would wait for itself).
   * On PostgreSQL a transaction chosen as a deadlock victim (40P01) or failing serialization (40001) is
   * run again, up to three times in all: `work` must not have effects outside the transaction.
   */
  async transaction<T>(work: (tx: SqlStore) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    for (let attempt = 1; ; attempt++) {
      const appended: EcosystemEvent[] = [];
      try {
        // PGlite runs the callback from its own queue, outside the caller's async context: carry the request id in.
        const requestId = currentRequestId();
        const result = await guardWrite(() =>
          this.db.transaction((tx) =>
            withRequestId(requestId, () =>
              work(new SqlStore(tx, true, this.#listeners, appended, this.serialTransactions, this.statements)),
            ),
          ),
        );
        if (appended.length > 0) for (const listener of this.#listeners) listener(appended);
        return result;
      } catch (error) {
        if (attempt >= TRANSACTION_ATTEMPTS || !isRetryable(error)) throw error;
      }
    }
  }

  /**
   * Statements run on the database so far that could change what a read returns, or null where that cannot be
   * known (PostgreSQL: other connections write unseen). Two equal readings prove nothing was written between.
   */
  statementsRun(): number | null {
    return this.statements?.() ?? null;
  }

  #collect(events: EcosystemEvent[]): EcosystemEvent[] {
    this.#appended?.push(...events);
    return events;
  }

  // Characters, relationships, memories
  getCharacter(id: Id): Promise<Character | null> {
    return cast.getCharacter(this.db, id);
  }
  listCharacters(ecosystemId: Id): Promise<Character[]> {
    return cast.listCharacters(this.db, ecosystemId);
  }
  saveCharacter(character: Character): Promise<void> {
    return guardWrite(() => cast.saveCharacter(this.db, character));
  }
  deleteCharacter(id: Id): Promise<boolean> {
    return cast.deleteCharacter(this.db, id);
  }
  getRelationship(fromId: Id, toId: Id): Promise<Relationship | null> {
    return cast.getRelationship(this.db, fromId, toId);
  }
  listRelationships(ecosystemId: Id): Promise<Relationship[]> {
    return cast.listRelationships(this.db, ecosystemId);
  }
  listRelationshipsOf(characterId: Id): Promise<Relationship[]> {
    return cast.listRelationshipsOf(this.db, characterId);
  }
  saveRelationship(r: Relationship): Promise<void> {
    return guardWrite(() => cast.saveRelationship(this.db, r));
  }
  addMemory(memory: Memory): Promise<void> {
    return guardWrite(() => cast.addMemory(this.db, memory));
  }
  listMemories(characterId: Id, limit: number): Promise<Memory[]> {
    return cast.listMemories(this.db, characterId, limit);
  }
  getCharacters(ids: readonly Id[]): Promise<Map<Id, Character>> {
    return cast.getCharacters(this.db, ids);
  }
  lockCharacters(ids: readonly Id[]): Promise<Map<Id, Character>> {
    if (!this.inTransaction) return Promise.reject(new Error('lockCharacters must be called inside a transaction'));
    return cast.lockCharacters(this.db, ids);
  }
  saveCharacters(list: readonly Character[]): Promise<void> {
    return guardWrite(() => cast.saveCharacters(this.db, list));
  }
  getRelationshipPair(aId: Id, bId: Id): Promise<[Relationship | null, Relationship | null]> {
    return cast.getRelationshipPair(this.db, aId, bId);
  }
  saveRelationships(list: readonly Relationship[]): Promise<void> {
    return guardWrite(() => cast.saveRelationships(this.db, list));
  }
  addMemories(list: readonly Memory[]): Promise<void> {
    return guardWrite(() => cast.addMemories(this.db, list));
  }
  recallMemories(asks: readonly RecallAsk[]): Promise<Memory[][]> {
    return cast.recallMemories(this.db, asks);
  }
  /**
   * One statement where transactions run one at a time, or without `lock` (a dry run's read, allowed outside
   * a transaction). Otherwise two: on PostgreSQL a statement reads the snapshot taken when it began, so the
   * pair and memories read in the statement that waited for the locks could miss what the holder of the
   * locks committed meanwhile (a cooldown, a first relationship); the statement after the locks sees it.
   */
  async loadExchange(aId: Id, bId: Id, recall: readonly RecallAsk[] | null, lock = true): Promise<ExchangeReads> {
    if (lock && !this.inTransaction) throw new Error('loadExchange must be called inside a transaction');
    if (!lock || this.serialTransactions) return cast.loadExchange(this.db, aId, bId, recall, lock);
    const characters = await this.lockCharacters([aId, bId]);
    return { ...(await cast.loadExchange(this.db, aId, bId, recall, false)), characters };
  }
  saveAll(changes: StoreChanges): Promise<EcosystemEvent[]> {
    return this.transaction(async (tx) => tx.#collect(await guardWrite(() => saveAll(tx.db, changes))));
  }

  // Interactions and scenarios
  saveInteraction(record: InteractionRecord): Promise<void> {
    return guardWrite(() => interactions.saveInteraction(this.db, record));
  }
  listInteractions(ecosystemId: Id, query: InteractionQuery): Promise<InteractionRecord[]> {
    return interactions.listInteractions(this.db, ecosystemId, query);
  }
  getScenario(id: Id): Promise<Scenario | null> {
    return scenarios.getScenario(this.db, id);
  }
  saveScenario(scenario: Scenario): Promise<void> {
    return this.transaction((tx) => guardWrite(() => scenarios.saveScenario(tx.db, scenario)));
  }
  listScenarios(ecosystemId: Id): Promise<Scenario[]> {
    return scenarios.listScenarios(this.db, ecosystemId);
  }
  listScenariosByStatus(status: ScenarioStatus): Promise<Scenario[]> {
    return scenarios.listScenariosByStatus(this.db, status);
  }

  // Scenario leases and row locks (several API nodes)
  acquireScenarioLease(scenarioId: Id, owner: string, ttlMs: number): Promise<boolean> {
    return leases.acquireScenarioLease(this.db, scenarioId, owner, ttlMs);
  }
  renewScenarioLeases(scenarioIds: readonly Id[], owner: string, ttlMs: number): Promise<Id[]> {
    return leases.renewScenarioLeases(this.db, scenarioIds, owner, ttlMs);
  }
  releaseScenarioLease(scenarioId: Id, owner: string): Promise<void> {
    return leases.releaseScenarioLease(this.db, scenarioId, owner);
  }
  listClaimableScenarios(limit: number): Promise<Id[]> {
    return leases.listClaimableScenarios(this.db, limit);
  }
  lockScenario(scenarioId: Id): Promise<ScenarioLock | null> {
    // Outside a transaction the lock would be released as soon as it was taken: a silent no-op.
    if (!this.inTransaction) return Promise.reject(new Error('lockScenario must be called inside a transaction'));
    return leases.lockScenario(this.db, scenarioId);
  }
  tryAdvisoryLock(key: string): Promise<boolean> {
    if (!this.inTransaction) return Promise.reject(new Error('tryAdvisoryLock must be called inside a transaction'));
    return locks.tryAdvisoryLock(this.db, key);
  }

  // Events
  appendEvents(drafts: EventDraft[]): Promise<EcosystemEvent[]> {
    if (drafts.length === 0) return Promise.resolve([]);
    return this.transaction(async (tx) => tx.#collect(await guardWrite(() => log.appendEvents(tx.db, drafts))));
  }
  listEvents(ecosystemId: Id, afterSeq: number, limit: number): Promise<EcosystemEvent[]> {
    return log.listEvents(this.db, ecosystemId, afterSeq, limit);
  }
  listEventsOfType(ecosystemId: Id, type: EventType, afterSeq: number, limit: number): Promise<EcosystemEvent[]> {
    return log.listEvents(this.db, ecosystemId, afterSeq, limit, type);
  }
  listScenarioEvents(scenarioId: Id, afterSeq: number, limit: number): Promise<EcosystemEvent[]> {
    return log.listScenarioEvents(this.db, scenarioId, afterSeq, limit);
  }
  relationshipHistory(fromId: Id, toId: Id, limit: number): Promise<RelationshipPoint[]> {
    return log.relationshipHistory(this.db, fromId, toId, limit);
  }
  eventCountsByMinute(ecosystemId: Id, fromMs: number, toMs: number): Promise<number[]> {
    return log.eventCountsByMinute(this.db, ecosystemId, fromMs, toMs);
  }

  // Accounts
  createUser(user: UserRecord): Promise<void> {
    return guardWrite(() => accounts.createUser(this.db, user));
  }
  getUserByEmail(email: string): Promise<UserRecord | null> {
    return accounts.getUserByEmail(this.db, email);
  }
  getUserById(id: Id): Promise<UserRecord | null> {
    return accounts.getUserById(this.db, id);
  }
  createRefreshToken(token: RefreshTokenRecord): Promise<void> {
    return guardWrite(() => accounts.createRefreshToken(this.db, token));
  }
  getRefreshTokenByHash(tokenHash: string): Promise<RefreshTokenRecord | null> {
    return accounts.getRefreshTokenByHash(this.db, tokenHash);
  }
  consumeRefreshToken(id: Id, at: number): Promise<boolean> {
    return accounts.consumeRefreshToken(this.db, id, at);
  }
  revokeTokenFamily(familyId: Id, at: number): Promise<void> {
    return accounts.revokeTokenFamily(this.db, familyId, at);
  }

  // API keys and idempotency keys
  createApiKey(key: ApiKeyRecord): Promise<void> {
    return guardWrite(() => keys.createApiKey(this.db, key));
  }
  getApiKey(id: Id): Promise<ApiKeyRecord | null> {
    return keys.getApiKey(this.db, id);
  }
  getApiKeys(ids: readonly Id[]): Promise<Map<Id, ApiKeyRecord>> {
    return keys.getApiKeys(this.db, ids);
  }
  getApiKeyByHash(keyHash: string): Promise<ApiKeyRecord | null> {
    return keys.getApiKeyByHash(this.db, keyHash);
  }
  listApiKeys(ownerId: Id): Promise<ApiKeyRecord[]> {
    return keys.listApiKeys(this.db, ownerId);
  }
  revokeApiKey(id: Id, ownerId: Id, at: number): Promise<boolean> {
    return keys.revokeApiKey(this.db, id, ownerId, at);
  }
  touchApiKey(id: Id, at: number): Promise<void> {
    return keys.touchApiKey(this.db, id, at);
  }
  isPublishableOrigin(origin: string): Promise<boolean> {
    return keys.isPublishableOrigin(this.db, origin);
  }
  claimIdempotencyKey(
    claim: { callerId: string; key: string; requestHash: string; createdAt: number },
    limits: { staleBefore: number; expiredBefore: number },
  ): Promise<IdempotencyRecord | null> {
    return idempotency.claimIdempotencyKey(this.db, claim, limits);
  }
  completeIdempotencyKey(
    callerId: string,
    key: string,
    response: { status: number; body: string },
    at: number,
  ): Promise<void> {
    return idempotency.completeIdempotencyKey(this.db, callerId, key, response, at);
  }
  releaseIdempotencyKey(callerId: string, key: string): Promise<void> {
    return idempotency.releaseIdempotencyKey(this.db, callerId, key);
  }

  // Ecosystems and documents
  createEcosystem(e: EcosystemRecord): Promise<void> {
    return guardWrite(() => ecosystems.createEcosystem(this.db, e));
  }
  getEcosystem(id: Id): Promise<EcosystemRecord | null> {
    return ecosystems.getEcosystem(this.db, id);
  }
  characterOwners(ids: readonly Id[]): Promise<Map<Id, { ecosystemId: Id; ownerId: Id }>> {
    return ecosystems.characterOwners(this.db, ids);
  }
  listEcosystems(ownerId: Id): Promise<EcosystemRecord[]> {
    return ecosystems.listEcosystems(this.db, ownerId);
  }
  listEcosystemIds(): Promise<Id[]> {
    return ecosystems.listEcosystemIds(this.db);
  }
  lastSeqs(ecosystemIds: readonly Id[]): Promise<Map<Id, number>> {
    return ecosystems.lastSeqs(this.db, ecosystemIds);
  }
  updateEcosystem(
    id: Id,
    patch: Parameters<AppStore['updateEcosystem']>[1],
    at: number,
  ): Promise<EcosystemRecord | null> {
    return ecosystems.updateEcosystem(this.db, id, patch, at);
  }
  deleteEcosystem(id: Id): Promise<boolean> {
    return ecosystems.deleteEcosystem(this.db, id);
  }
  /** The document and its passages, in one transaction. */
  createDocument(doc: DocumentRecord): Promise<void> {
    return this.transaction((tx) => guardWrite(() => ecosystems.createDocument(tx.db, doc)));
  }
  getDocument(id: Id): Promise<DocumentRecord | null> {
    return ecosystems.getDocument(this.db, id);
  }
  listDocuments(ecosystemId: Id): Promise<DocumentRecord[]> {
    return ecosystems.listDocuments(this.db, ecosystemId);
  }
  /** The document and its passages, in one transaction. */
  updateDocument(
    id: Id,
    patch: { title?: string; content?: string; knownTo?: Id[] | null },
    at: number,
  ): Promise<DocumentRecord | null> {
    return this.transaction((tx) => ecosystems.updateDocument(tx.db, id, patch, at));
  }
  deleteDocument(id: Id): Promise<boolean> {
    return ecosystems.deleteDocument(this.db, id);
  }
  searchPassagesByText(ecosystemId: Id, query: string, limit: number, knower?: Id): Promise<PassageHit[]> {
    return passages.searchPassagesByText(this.db, ecosystemId, query, limit, knower);
  }
  searchPassagesByVector(
    ecosystemId: Id,
    vector: readonly number[],
    limit: number,
    knower?: Id,
  ): Promise<PassageHit[]> {
    return passages.searchPassagesByVector(this.db, ecosystemId, vector, limit, knower);
  }
  getPassageViews(keys: readonly PassageKey[], query: string): Promise<PassageView[]> {
    return passages.getPassageViews(this.db, keys, query);
  }
  passagesToEmbed(limit: number): Promise<PassageText[]> {
    return passages.passagesToEmbed(this.db, limit);
  }
  setPassageEmbeddings(embeddings: readonly PassageEmbedding[]): Promise<number> {
    return passages.setPassageEmbeddings(this.db, embeddings);
  }
  memoriesToEmbed(limit: number): Promise<MemoryText[]> {
    return memoryEmbeddings.memoriesToEmbed(this.db, limit);
  }
  setMemoryEmbeddings(embeddings: readonly MemoryEmbedding[]): Promise<number> {
    return memoryEmbeddings.setMemoryEmbeddings(this.db, embeddings);
  }
  passageStats(ecosystemId: Id): Promise<PassageStats> {
    return passages.passageStats(this.db, ecosystemId);
  }

  // Character cards and replay checkpoints
  saveCharacterCard(record: CharacterCardRecord): Promise<void> {
    return guardWrite(() => history.saveCharacterCard(this.db, record));
  }
  getCharacterCard(characterId: Id): Promise<CharacterCardRecord | null> {
    return history.getCharacterCard(this.db, characterId);
  }
  saveStateSnapshot(record: StateSnapshotRecord): Promise<void> {
    return history.saveStateSnapshot(this.db, record);
  }
  latestStateSnapshot(ecosystemId: Id, atOrBeforeSeq: number): Promise<StateSnapshotRecord | null> {
    return history.latestStateSnapshot(this.db, ecosystemId, atOrBeforeSeq);
  }
  seqAtTime(ecosystemId: Id, atMs: number): Promise<number> {
    return history.seqAtTime(this.db, ecosystemId, atMs);
  }
}
