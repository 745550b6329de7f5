import type {
  EcosystemEvent, EngineStore, Id, InteractionRecord, Relationship, Scenario, ScenarioStatus,
} from '@ensemble/core';

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

export interface EcosystemRecord {
  id: Id;
  ownerId: Id;
  name: string;
  description: string;
  /** Seq of the newest event (0 when none). */
  lastSeq: number;
  createdAt: number;
  updatedAt: number;
}

export interface DocumentRecord {
  id: Id;
  ecosystemId: Id;
  ownerId: Id;
  title: string;
  content: string;
  createdAt: number;
  updatedAt: number;
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

  createUser(user: UserRecord): Promise<void>;
  getUserByEmail(email: string): Promise<UserRecord | null>;
  getUserById(id: Id): Promise<UserRecord | null>;

  createRefreshToken(token: RefreshTokenRecord): Promise<void>;
  getRefreshTokenByHash(tokenHash: string): Promise<RefreshTokenRecord | null>;
  /** Marks the token used at `at` if it was neither used nor revoked; false if it already was (race-safe). */
  consumeRefreshToken(id: Id, at: number): Promise<boolean>;
  revokeTokenFamily(familyId: Id, at: number): Promise<void>;

  createEcosystem(ecosystem: EcosystemRecord): Promise<void>;
  getEcosystem(id: Id): Promise<EcosystemRecord | null>;
  listEcosystems(ownerId: Id): Promise<EcosystemRecord[]>;
  updateEcosystem(id: Id, patch: { name?: string; description?: string }, at: number): Promise<EcosystemRecord | null>;
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
  /** Events whose data.scenario_id is the scenario, seq ascending. */
  listScenarioEvents(scenarioId: Id, afterSeq: number, limit: number): Promise<EcosystemEvent[]>;
  /** Number of events per minute in [fromMs, toMs), one entry per minute (zeros included), oldest first. */
  eventCountsByMinute(ecosystemId: Id, fromMs: number, toMs: number): Promise<number[]>;

  createDocument(doc: DocumentRecord): Promise<void>;
  getDocument(id: Id): Promise<DocumentRecord | null>;
  listDocuments(ecosystemId: Id): Promise<DocumentRecord[]>;
  updateDocument(id: Id, patch: { title?: string; content?: string }, at: number): Promise<DocumentRecord | null>;
  deleteDocument(id: Id): Promise<boolean>;
}

/** A storage failure the API maps to a client error. */
export class StoreError extends Error {
  constructor(readonly code: 'conflict' | 'not_found', message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
