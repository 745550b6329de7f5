import type {
  EcosystemEvent,
  EngineStore,
  EventType,
  Id,
  InteractionRecord,
  Relationship,
  Scenario,
  ScenarioStatus,
} from '@ensemble/core';
import type { DialogueSetting } from '../dialogue/setting.ts';

/** A registered person. */
export interface UserRecord {
  id: Id;
  email: string;
  displayName: string;
  /** argon2id PHC string. */
  passwordHash: string;
  createdAt: number;
}

/** A rotating refresh token; only its SHA-256 hash is stored. */
export interface RefreshTokenRecord {
  id: Id;
  userId: Id;
  /** Every token descending from one login shares a family; reuse of a used token revokes the family. */
  familyId: Id;
  tokenHash: string;
  expiresAt: number;
  usedAt: number | null;
  revokedAt: number | null;
  createdAt: number;
}

export type ApiKeyKind = 'secret' | 'publishable';

/** An API key; only the SHA-256 of the key itself is stored, so it is shown once, on creation. */
export interface ApiKeyRecord {
  id: Id;
  ownerId: Id;
  kind: ApiKeyKind;
  name: string;
  /** The key's first characters, for recognising it in a list. */
  prefix: string;
  keyHash: string;
  /** Origins a publishable key's widgets may run on (scheme://host[:port]); empty for secret keys. */
  origins: string[];
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** A POST sent with an Idempotency-Key: claimed before it runs, completed with its response. */
export interface IdempotencyRecord {
  /** Who sent it (`user:<id>`, `widget:<token id>`): keys are scoped per caller. */
  callerId: string;
  key: string;
  requestHash: string;
  /** Null while the first request is still running; the body is the response's JSON text. */
  response: { status: number; body: string } | null;
  createdAt: number;
}

export interface EcosystemRecord {
  id: Id;
  ownerId: Id;
  name: string;
  description: string;
  /** Seq of the newest event (0 when none). */
  lastSeq: number;
  /** Who speaks for its characters. @default DEFAULT_DIALOGUE (templates) */
  dialogue?: DialogueSetting;
  /** Whether personalities drift with sustained experience (core `driftPersonality`). @default true */
  personalityDrift?: boolean;
  /** The ecosystem this one was forked from and the seq it was forked at; null for an original. */
  parent?: { id: Id; seq: number } | null;
  createdAt: number;
  updatedAt: number;
}

/** The character card a character was imported from, kept whole for export. */
export interface CharacterCardRecord {
  characterId: Id;
  ecosystemId: Id;
  /** The card's JSON text. */
  card: string;
  /** Its picture (base64 PNG without card chunks), or null. */
  image: string | null;
  createdAt: number;
}

/** A replay checkpoint: the state after event `seq`. */
export interface StateSnapshotRecord {
  ecosystemId: Id;
  seq: number;
  state: Record<string, unknown>;
  createdAt: number;
}

export interface DocumentRecord {
  id: Id;
  ecosystemId: Id;
  ownerId: Id;
  title: string;
  content: string;
  /** Characters who know this lore (their lines may draw on it); null: every character. */
  knownTo: Id[] | null;
  createdAt: number;
  updatedAt: number;
}

/** One passage of a document: the document and its place in it (0-based). */
export interface PassageKey {
  documentId: Id;
  ordinal: number;
}

/** A passage found by a search, with that search's score (ts_rank, or cosine similarity). */
export interface PassageHit extends PassageKey {
  score: number;
  /** Search by text only: the share of the query's terms the passage holds (0–1). */
  coverage?: number;
}

/** A passage as shown in results: its document's title, its text and a snippet around the query's words. */
export interface PassageView extends PassageKey {
  title: string;
  text: string;
  snippet: string;
}

/** A passage's title and text, as the embedder reads them. */
export interface PassageText extends PassageKey {
  title: string;
  text: string;
}

/** A vector for a passage, stored only if its title and text are still the ones embedded. */
export interface PassageEmbedding extends PassageText {
  embedding: number[];
}

/** A memory's content, as the embedder reads it. */
export interface MemoryText {
  id: Id;
  content: string;
}

/** A vector for a memory. */
export interface MemoryEmbedding extends MemoryText {
  embedding: number[];
}

/** Passages of an ecosystem, and how many of them have their vector yet. */
export interface PassageStats {
  passages: number;
  embedded: number;
}

export interface RelationshipPoint {
  at: number;
  strength: number;
  trust: number;
  interactionId: Id | null;
}

export interface InteractionQuery {
  limit: number;
  /** Only interactions created strictly before this time (paging, newest first). */
  before?: number | null;
  characterId?: Id | null;
  scenarioId?: Id | null;
}

/**
 * Everything the API persists. Extends the engine's port so one object (and one transaction) serves both.
 * Implemented once over drizzle for PGlite and PostgreSQL (apps/api/src/store/sql-store.ts).
 * Writes that violate uniqueness throw StoreError('conflict'); missing rows are returned as null, not thrown.
 */
export interface AppStore extends EngineStore {
  transaction<T>(work: (tx: AppStore) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` with the events each transaction appended, once it has committed (never for one rolled
   * back), in commit order; returns a function removing it. Callers never publish events themselves.
   */
  onCommitted(listener: (events: readonly EcosystemEvent[]) => void): () => void;

  createUser(user: UserRecord): Promise<void>;
  getUserByEmail(email: string): Promise<UserRecord | null>;
  getUserById(id: Id): Promise<UserRecord | null>;

  createRefreshToken(token: RefreshTokenRecord): Promise<void>;
  getRefreshTokenByHash(tokenHash: string): Promise<RefreshTokenRecord | null>;
  /** Marks the token used at `at` if it was neither used nor revoked; false if it already was (race-safe). */
  consumeRefreshToken(id: Id, at: number): Promise<boolean>;
  revokeTokenFamily(familyId: Id, at: number): Promise<void>;

  createApiKey(key: ApiKeyRecord): Promise<void>;
  getApiKey(id: Id): Promise<ApiKeyRecord | null>;
  /** The keys among `ids` that exist, by id (one round trip: a widget token stands on up to two keys). */
  getApiKeys(ids: readonly Id[]): Promise<Map<Id, ApiKeyRecord>>;
  getApiKeyByHash(keyHash: string): Promise<ApiKeyRecord | null>;
  /** The owner's keys, revoked ones included, newest first. */
  listApiKeys(ownerId: Id): Promise<ApiKeyRecord[]>;
  /** Revokes the owner's key at `at`; false when it is not theirs or already revoked. */
  revokeApiKey(id: Id, ownerId: Id, at: number): Promise<boolean>;
  /** Records that the key was used at `at`. */
  touchApiKey(id: Id, at: number): Promise<void>;
  /** Whether some unrevoked publishable key lists the origin. */
  isPublishableOrigin(origin: string): Promise<boolean>;

  /**
   * Claims (callerId, key) for a request about to run. Returns null when this call claimed it; otherwise
   * the record already there (running or done). A claim still running since before `staleBefore` is
   * taken over (its process died), and a record older than `expiredBefore` is replaced.
   */
  claimIdempotencyKey(
    claim: { callerId: string; key: string; requestHash: string; createdAt: number },
    limits: { staleBefore: number; expiredBefore: number },
  ): Promise<IdempotencyRecord | null>;
  /** Stores the response of a claimed request. */
  completeIdempotencyKey(
    callerId: string,
    key: string,
    response: { status: number; body: string },
    at: number,
  ): Promise<void>;
  /** Drops a claim whose request failed on our side, so a retry runs it again. */
  releaseIdempotencyKey(callerId: string, key: string): Promise<void>;

  createEcosystem(ecosystem: EcosystemRecord): Promise<void>;
  getEcosystem(id: Id): Promise<EcosystemRecord | null>;
  /** For each existing character among `ids`: its ecosystem and that ecosystem's owner (for access checks). */
  characterOwners(ids: readonly Id[]): Promise<Map<Id, { ecosystemId: Id; ownerId: Id }>>;
  listEcosystems(ownerId: Id): Promise<EcosystemRecord[]>;
  updateEcosystem(
    id: Id,
    patch: { name?: string; description?: string; dialogue?: DialogueSetting; personalityDrift?: boolean },
    at: number,
  ): Promise<EcosystemRecord | null>;
  /** Removes the ecosystem and everything in it. */
  deleteEcosystem(id: Id): Promise<boolean>;

  /** Removes the character with its relationships (both directions) and memories; past interactions and events stay. */
  deleteCharacter(id: Id): Promise<boolean>;

  /** Relationships in both directions that involve the character. */
  listRelationshipsOf(characterId: Id): Promise<Relationship[]>;
  /** Strength and trust of from→to after each change, oldest first (from relationship_changed events). */
  relationshipHistory(fromId: Id, toId: Id, limit: number): Promise<RelationshipPoint[]>;

  /** Newest first. */
  listInteractions(ecosystemId: Id, query: InteractionQuery): Promise<InteractionRecord[]>;

  listScenarios(ecosystemId: Id): Promise<Scenario[]>;
  /** Across all ecosystems (the runner resumes running scenarios after a restart). */
  listScenariosByStatus(status: ScenarioStatus): Promise<Scenario[]>;
  /**
   * Takes or renews the lease on a running scenario for node `owner` for `ttlMs` (by the database's clock):
   * true when `owner` held it already or it was free or lapsed; false when another node holds it or the
   * scenario is not running. Inside a transaction the scenario's row stays locked until commit.
   */
  acquireScenarioLease(scenarioId: Id, owner: string, ttlMs: number): Promise<boolean>;
  /** Extends the leases `owner` still holds on running scenarios among `scenarioIds`; returns the ids still held. */
  renewScenarioLeases(scenarioIds: readonly Id[], owner: string, ttlMs: number): Promise<Id[]>;
  /** Gives up `owner`'s lease on the scenario (a no-op when someone else holds it). */
  releaseScenarioLease(scenarioId: Id, owner: string): Promise<void>;
  /** Ids of running scenarios without a live lease (never claimed, released, or lapsed), oldest first. */
  listClaimableScenarios(limit: number): Promise<Id[]>;
  /**
   * Inside a transaction: locks the scenario's row until it ends, so concurrent read-modify-write changes
   * (turns, interventions, pause) from any node queue up. Null when the scenario does not exist.
   */
  lockScenario(scenarioId: Id): Promise<ScenarioLock | null>;
  /**
   * Inside a transaction: tries to take the advisory lock named `key` until the transaction ends; false at
   * once when another transaction (on any node) holds it. For work with no row of its own (graph sync).
   */
  tryAdvisoryLock(key: string): Promise<boolean>;
  /** Every ecosystem's id (maintenance: rebuilding the graph). */
  listEcosystemIds(): Promise<Id[]>;
  /** The newest event seq of each existing ecosystem among `ecosystemIds`, in one read (missing ones are absent). */
  lastSeqs(ecosystemIds: readonly Id[]): Promise<Map<Id, number>>;
  /** Events of one type with seq > afterSeq, ascending. */
  listEventsOfType(ecosystemId: Id, type: EventType, afterSeq: number, limit: number): Promise<EcosystemEvent[]>;
  /** Events whose data.scenario_id is the scenario, seq ascending. */
  listScenarioEvents(scenarioId: Id, afterSeq: number, limit: number): Promise<EcosystemEvent[]>;
  /** Number of events per minute in [fromMs, toMs), one entry per minute (zeros included), oldest first. */
  eventCountsByMinute(ecosystemId: Id, fromMs: number, toMs: number): Promise<number[]>;

  createDocument(doc: DocumentRecord): Promise<void>;
  getDocument(id: Id): Promise<DocumentRecord | null>;
  listDocuments(ecosystemId: Id): Promise<DocumentRecord[]>;
  updateDocument(
    id: Id,
    patch: { title?: string; content?: string; knownTo?: Id[] | null },
    at: number,
  ): Promise<DocumentRecord | null>;
  deleteDocument(id: Id): Promise<boolean>;

  /** Passages matching any word of the query, best ts_rank first; with `knower`, only lore that character knows. */
  searchPassagesByText(ecosystemId: Id, query: string, limit: number, knower?: Id): Promise<PassageHit[]>;
  /** Embedded passages nearest to the vector (cosine), nearest first. */
  searchPassagesByVector(ecosystemId: Id, vector: readonly number[], limit: number, knower?: Id): Promise<PassageHit[]>;
  /** The passages named (in no particular order), with snippets marking the query's words. */
  getPassageViews(keys: readonly PassageKey[], query: string): Promise<PassageView[]>;
  /** Passages without a vector yet, across ecosystems (the embedding queue's work). */
  passagesToEmbed(limit: number): Promise<PassageText[]>;
  /** Stores vectors of passages still as embedded; returns how many were stored. */
  setPassageEmbeddings(embeddings: readonly PassageEmbedding[]): Promise<number>;
  passageStats(ecosystemId: Id): Promise<PassageStats>;
  /** Memories without a vector yet, across ecosystems, oldest first (the embedding queue's work). */
  memoriesToEmbed(limit: number): Promise<MemoryText[]>;
  /** Stores vectors of memories still without one; returns how many were stored. */
  setMemoryEmbeddings(embeddings: readonly MemoryEmbedding[]): Promise<number>;

  /** Stores (or replaces) the card a character was imported from. */
  saveCharacterCard(record: CharacterCardRecord): Promise<void>;
  getCharacterCard(characterId: Id): Promise<CharacterCardRecord | null>;

  /** Stores a replay checkpoint (a second one at the same seq is ignored: the log never changes). */
  saveStateSnapshot(record: StateSnapshotRecord): Promise<void>;
  /** The newest checkpoint at or before `seq`, or null. */
  latestStateSnapshot(ecosystemId: Id, atOrBeforeSeq: number): Promise<StateSnapshotRecord | null>;
  /** Seq of the last event at or before `atMs` (event time), 0 when none. */
  seqAtTime(ecosystemId: Id, atMs: number): Promise<number>;
}

/** A scenario row as seen under its lock: what a turn re-checks before it plays. */
export interface ScenarioLock {
  scenarioId: Id;
  status: ScenarioStatus;
  turn: number;
  /** The node holding the lease, or null. */
  leaseOwner: string | null;
  /** When the lease lapses (ms since the epoch, database clock), or null. */
  leaseExpiresAt: number | null;
}

/** A storage failure the API maps to a client error. */
export class StoreError extends Error {
  constructor(
    readonly code: 'conflict' | 'not_found',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
