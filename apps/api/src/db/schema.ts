/**
 * The database schema shared by PGlite and PostgreSQL; `npm run db:generate` turns changes into migrations.
 * Times are bigint milliseconds since the epoch (mode 'number'); model floats are double precision so
 * every JavaScript number round-trips exactly.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  vector,
} from 'drizzle-orm/pg-core';
import type { BigFive, Conversation, Emotion, MemoryKind, Objective, PAD } from '@ensemble/core';
import type { DialogueSetting } from '../dialogue/setting.ts';

const ms = (name: string) => bigint(name, { mode: 'number' });

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: ms('created_at').notNull(),
  },
  (t) => [
    // Emails are unique regardless of case; lookups compare lower(email).
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
  ],
);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: text('family_id').notNull(),
    tokenHash: text('token_hash').notNull().unique('refresh_tokens_token_hash_key'),
    expiresAt: ms('expires_at').notNull(),
    usedAt: ms('used_at'),
    revokedAt: ms('revoked_at'),
    createdAt: ms('created_at').notNull(),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.familyId), index('refresh_tokens_user_idx').on(t.userId)],
);

export const ecosystems = pgTable(
  'ecosystems',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull(),
    /** Seq of the newest event; bumped with the row locked, which keeps seqs gap-free per ecosystem. */
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
    /** Who speaks for the characters (DialogueSetting); null: the templates. */
    dialogue: jsonb('dialogue').$type<DialogueSetting>(),
    /** Whether characters' personalities drift with sustained experience (core personality/drift.ts). */
    personalityDrift: boolean('personality_drift').notNull().default(true),
    /** The ecosystem this one was forked from (no foreign key: a branch outlives its parent), and at which seq. */
    parentId: text('parent_id'),
    forkSeq: bigint('fork_seq', { mode: 'number' }),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
  },
  (t) => [index('ecosystems_owner_idx').on(t.ownerId, t.createdAt)],
);

const ecosystemRef = () =>
  text('ecosystem_id')
    .notNull()
    .references(() => ecosystems.id, { onDelete: 'cascade' });

export const characters = pgTable(
  'characters',
  {
    id: text('id').primaryKey(),
    ecosystemId: ecosystemRef(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    personality: jsonb('personality').$type<BigFive>().notNull(),
    mood: jsonb('mood').$type<PAD>().notNull(),
    lastEmotion: jsonb('last_emotion').$type<Emotion>(),
    energy: doublePrecision('energy').notNull(),
    active: boolean('active').notNull(),
    stateUpdatedAt: ms('state_updated_at').notNull(),
    createdAt: ms('created_at').notNull(),
  },
  (t) => [index('characters_ecosystem_idx').on(t.ecosystemId, t.createdAt)],
);

export const relationships = pgTable(
  'relationships',
  {
    ecosystemId: ecosystemRef(),
    fromId: text('from_id').notNull(),
    toId: text('to_id').notNull(),
    strength: doublePrecision('strength').notNull(),
    trust: doublePrecision('trust').notNull(),
    interactionCount: integer('interaction_count').notNull(),
    lastInteractionAt: ms('last_interaction_at'),
    label: text('label').notNull(),
  },
  (t) => [
    primaryKey({ name: 'relationships_pkey', columns: [t.fromId, t.toId] }),
    foreignKey({ name: 'relationships_from_fk', columns: [t.fromId], foreignColumns: [characters.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ name: 'relationships_to_fk', columns: [t.toId], foreignColumns: [characters.id] }).onDelete('cascade'),
    index('relationships_ecosystem_idx').on(t.ecosystemId),
    // The primary key serves lookups by from_id; this one serves "relationships toward a character".
    index('relationships_to_idx').on(t.toId),
  ],
);

/** Interactions outlive their characters (history stays when a character is deleted), so no character FKs. */
export const interactions = pgTable(
  'interactions',
  {
    id: text('id').primaryKey(),
    ecosystemId: ecosystemRef(),
    scenarioId: text('scenario_id'),
    initiatorId: text('initiator_id').notNull(),
    targetId: text('target_id').notNull(),
    type: text('type').notNull(),
    content: text('content').notNull(),
    response: text('response').notNull(),
    sentiment: doublePrecision('sentiment').notNull(),
    createdAt: ms('created_at').notNull(),
  },
  (t) => [
    index('interactions_ecosystem_idx').on(t.ecosystemId, t.createdAt),
    index('interactions_scenario_idx').on(t.scenarioId, t.createdAt),
    index('interactions_initiator_idx').on(t.initiatorId, t.createdAt),
    index('interactions_target_idx').on(t.targetId, t.createdAt),
  ],
);

export const scenarios = pgTable(
  'scenarios',
  {
    id: text('id').primaryKey(),
    ecosystemId: ecosystemRef(),
    title: text('title').notNull(),
    setting: text('setting').notNull(),
    mood: text('mood').notNull(),
    /** Objectives with their standing; rows written before conversations hold plain strings. */
    objectives: jsonb('objectives').$type<(string | Objective)[]>().notNull(),
    endWhenObjectivesDone: boolean('end_when_objectives_done').notNull().default(false),
    /** The director's conversations under way. */
    conversations: jsonb('conversations').$type<Conversation[]>().notNull().default([]),
    durationMinutes: doublePrecision('duration_minutes').notNull(),
    speed: doublePrecision('speed').notNull(),
    maxTurns: integer('max_turns'),
    seed: bigint('seed', { mode: 'number' }).notNull(),
    status: text('status').notNull(),
    turn: integer('turn').notNull(),
    addressed: jsonb('addressed').$type<string[]>().notNull(),
    startedAt: ms('started_at').notNull(),
    endedAt: ms('ended_at'),
    endReason: text('end_reason'),
    /** Node running the scenario when scaled out (DESIGN.md §6); null when unclaimed. */
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: ms('lease_expires_at'),
  },
  (t) => [index('scenarios_ecosystem_idx').on(t.ecosystemId, t.startedAt), index('scenarios_status_idx').on(t.status)],
);

/** Participants of a scenario in their given order; kept after a character is deleted, like history. */
export const scenarioParticipants = pgTable(
  'scenario_participants',
  {
    scenarioId: text('scenario_id')
      .notNull()
      .references(() => scenarios.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    characterId: text('character_id').notNull(),
  },
  (t) => [primaryKey({ name: 'scenario_participants_pkey', columns: [t.scenarioId, t.position] })],
);

/** Dimensions of the passage and memory embeddings (all-MiniLM-L6-v2, or a remote model of that size). */
export const EMBEDDING_DIMENSIONS = 384;

export const memories = pgTable(
  'memories',
  {
    id: text('id').primaryKey(),
    ecosystemId: ecosystemRef(),
    characterId: text('character_id')
      .notNull()
      .references(() => characters.id, { onDelete: 'cascade' }),
    aboutId: text('about_id'),
    content: text('content').notNull(),
    valence: doublePrecision('valence').notNull(),
    importance: doublePrecision('importance').notNull(),
    createdAt: ms('created_at').notNull(),
    /** Insertion order, so memories written in the same millisecond still list newest first. */
    ord: bigint('ord', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    /** observation, summary (of a closed conversation) or reflection (core's MEMORY_KINDS). */
    kind: text('kind').$type<MemoryKind>().notNull().default('observation'),
    /** The content's vector, filled by the embedding queue when an embedder is configured. */
    embedding: vector('embedding', { dimensions: EMBEDDING_DIMENSIONS }),
  },
  (t) => [
    index('memories_character_idx').on(t.characterId, t.createdAt, t.ord),
    index('memories_ecosystem_idx').on(t.ecosystemId),
    // The embedding queue's work list: memories still without a vector.
    index('memories_unembedded_idx')
      .on(t.ord)
      .where(sql`${t.embedding} is null`),
  ],
);

export const documents = pgTable(
  'documents',
  {
    id: text('id').primaryKey(),
    ecosystemId: ecosystemRef(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    content: text('content').notNull(),
    /** Characters who know this lore (ids); null: every character does. */
    knownTo: text('known_to').array(),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
  },
  (t) => [index('documents_ecosystem_idx').on(t.ecosystemId, t.createdAt)],
);

/** A PostgreSQL full-text search vector (read by SQL only; never selected into JavaScript). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A document split into passages: each is searchable by text at once (`tsv`, generated from the
 * document's title and the passage) and by meaning once the embedding queue has filled `embedding`.
 */
export const documentPassages = pgTable(
  'document_passages',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    ecosystemId: ecosystemRef(),
    ordinal: integer('ordinal').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    tsv: tsvector('tsv')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "text"), 'B')`,
      ),
    embedding: vector('embedding', { dimensions: EMBEDDING_DIMENSIONS }),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.ordinal] }),
    index('document_passages_ecosystem_idx').on(t.ecosystemId),
    index('document_passages_tsv_idx').using('gin', t.tsv),
    index('document_passages_embedding_idx').using('hnsw', t.embedding.op('vector_cosine_ops')),
    // The embedding queue's work list: passages still without a vector.
    index('document_passages_unembedded_idx')
      .on(t.documentId, t.ordinal)
      .where(sql`${t.embedding} is null`),
  ],
);

export const events = pgTable(
  'events',
  {
    ecosystemId: ecosystemRef(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    id: uuid('id').notNull().unique('events_id_key'),
    type: text('type').notNull(),
    /** ISO-8601, exactly as the engine wrote it. */
    timestamp: text('timestamp').notNull(),
    /** The timestamp in ms, for time-window queries. */
    createdAt: ms('created_at').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** The X-Request-Id of the request that caused the event (log lines carry it too); null for scenario turns. */
    requestId: text('request_id'),
  },
  (t) => [
    primaryKey({ name: 'events_pkey', columns: [t.ecosystemId, t.seq] }),
    index('events_created_idx').on(t.ecosystemId, t.createdAt),
    index('events_scenario_idx').on(sql`(${t.data}->>'scenario_id')`, t.seq),
    index('events_relationship_idx')
      .on(sql`(${t.data}->>'from_id')`, sql`(${t.data}->>'to_id')`, t.seq)
      .where(sql`${t.type} = 'relationship_changed'`),
  ],
);

/**
 * API keys of an account: secret keys (server to server) and publishable keys (an origin allow-list for
 * widgets). Only the SHA-256 of a key is stored; `prefix` is its first characters, for recognising it in lists.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** 'secret' | 'publishable' */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull().unique('api_keys_key_hash_key'),
    /** Origins a publishable key's widgets may run on; empty for secret keys. */
    origins: jsonb('origins').$type<string[]>().notNull(),
    createdAt: ms('created_at').notNull(),
    lastUsedAt: ms('last_used_at'),
    revokedAt: ms('revoked_at'),
  },
  (t) => [index('api_keys_owner_idx').on(t.ownerId, t.createdAt)],
);

/**
 * Responses to POSTs sent with an Idempotency-Key, per caller and key: the row is claimed (status null)
 * before the request runs, so a concurrent duplicate finds it and never runs the request a second time.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    callerId: text('caller_id').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    /** HTTP status of the stored response; null while the first request is still running. */
    status: integer('status'),
    /** The response body exactly as sent (JSON text), so a replay is byte for byte the same. */
    response: text('response'),
    createdAt: ms('created_at').notNull(),
    completedAt: ms('completed_at'),
  },
  (t) => [
    primaryKey({ name: 'idempotency_keys_pkey', columns: [t.callerId, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
);

/**
 * The character card a character was imported from (Character Card V2/V3), kept whole so that an export
 * gives the same card back: `card` is the JSON text as imported (text, not jsonb, which would reorder keys);
 * `image` the card's picture without its card chunks (base64 PNG) when it came as a PNG.
 */
export const characterCards = pgTable('character_cards', {
  characterId: text('character_id')
    .primaryKey()
    .references(() => characters.id, { onDelete: 'cascade' }),
  ecosystemId: ecosystemRef(),
  card: text('card').notNull(),
  image: text('image'),
  createdAt: ms('created_at').notNull(),
});

/**
 * Replay checkpoints: an ecosystem's state (characters and relationships, as the event log tells them) after
 * event `seq`, so that the state at any seq is a checkpoint plus the events after it. The log never changes,
 * so a checkpoint never goes stale.
 */
export const stateSnapshots = pgTable(
  'state_snapshots',
  {
    ecosystemId: ecosystemRef(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    createdAt: ms('created_at').notNull(),
  },
  (t) => [primaryKey({ name: 'state_snapshots_pkey', columns: [t.ecosystemId, t.seq] })],
);
