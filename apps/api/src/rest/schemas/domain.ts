/**
 * What the camelCase REST endpoints return: the tRPC procedures' results, described for the OpenAPI
 * document. Tests validate real responses against these, so the document cannot drift from the API.
 */
import {
  EMOTION_NAMES,
  EVENT_TYPES,
  INTERACTION_TYPES,
  MOOD_OCTANTS,
  RELATIONSHIP_LABELS,
  SCENARIO_MOODS,
  bigFiveSchema,
} from '@ensemble/core';
import { z } from 'zod';
import { DIALOGUE_MODES } from '../../dialogue/setting.ts';
import { component, id, ms, nullableMs } from './registry.ts';

const unit = z.number().min(-1).max(1);

export const ErrorSchema = component(
  'Error',
  'Every error: a stable snake_case code to switch on and a plain message.',
  z.object({
    error: z.object({
      code: z
        .string()
        .describe('e.g. unauthenticated, token_expired, ecosystem_not_found, invalid_input, idempotency_key_reused'),
      message: z.string(),
    }),
  }),
);

export const UserSchema = component(
  'User',
  'An account.',
  z.object({
    id,
    email: z.string(),
    displayName: z.string(),
  }),
);

export const AuthSessionSchema = component(
  'AuthSession',
  'A signed-in session: a 15-minute access token and a 30-day rotating refresh token.',
  z.object({
    user: UserSchema,
    accessToken: z.string().describe('Send as `Authorization: Bearer <accessToken>`.'),
    accessTokenExpiresAt: ms,
    refreshToken: z.string().describe('Exchange at POST /api/v1/auth/refresh; each one works once.'),
    refreshTokenExpiresAt: ms,
  }),
);

export const OkSchema = component('Ok', 'The call succeeded.', z.object({ ok: z.literal(true) }));

export const DeletedSchema = component(
  'Deleted',
  'What a delete did; `deleted` is false when there was nothing left to delete.',
  z.object({
    id,
    deleted: z.boolean(),
  }),
);

export const EcosystemSchema = component(
  'Ecosystem',
  'A world of characters, owned by one account.',
  z.object({
    id,
    ownerId: id,
    name: z.string(),
    description: z.string(),
    lastSeq: z.number().int().describe('Seq of the newest event (0 when none).'),
    dialogue: z
      .object({
        mode: z
          .enum(DIALOGUE_MODES)
          .describe("template: the built-in grammar; llm: the server's language model (templates as fallback)."),
        model: z.string().nullable().describe("The model asked for; null uses the server's LLM_MODEL."),
        tokensPerHour: z
          .number()
          .int()
          .nullable()
          .describe('Token budget per hour; once spent the ecosystem speaks with templates.'),
      })
      .describe('Who speaks for the characters.'),
    parent: z
      .object({ id, seq: z.number().int() })
      .nullable()
      .describe('The ecosystem this one was forked from and the seq it was forked at; null for an original.'),
    personalityDrift: z
      .boolean()
      .describe(
        'Whether personalities drift slowly with sustained experience (README, "Characters who change"). Default true.',
      ),
    createdAt: ms,
    updatedAt: ms,
  }),
);

export const PersonalitySchema = component('Personality', 'Big Five traits, each in [0,1].', bigFiveSchema);

export const MoodSchema = component(
  'Mood',
  'A point in PAD space (Mehrabian), each axis in [-1,1].',
  z.object({
    pleasure: unit,
    arousal: unit,
    dominance: unit,
  }),
);

export const CharacterSchema = component(
  'Character',
  'A character, its mood and energy brought up to now.',
  z.object({
    id,
    ecosystemId: id,
    name: z.string(),
    description: z.string(),
    personality: PersonalitySchema,
    mood: MoodSchema,
    lastEmotion: z.object({ name: z.enum(EMOTION_NAMES), intensity: z.number() }).nullable(),
    energy: z.number().min(0).max(1),
    active: z.boolean(),
    stateUpdatedAt: ms,
    createdAt: ms,
  }),
);

export const LoreSearchSchema = component(
  'LoreSearch',
  "Passages of the ecosystem's documents best matching a query, best first.",
  z.object({
    mode: z
      .enum(['hybrid', 'text', 'vector'])
      .describe('The ranking used: hybrid falls back to text when no embedder is configured or it failed.'),
    results: z.array(
      z.object({
        documentId: id,
        title: z.string().describe("The document's title."),
        ordinal: z.number().int().describe("The passage's place in its document, from 0."),
        text: z.string().describe('The whole passage.'),
        snippet: z
          .string()
          .describe("Plain text around the query's words, each marked `<mark>…</mark>`; not HTML-escaped."),
        score: z
          .number()
          .describe('Fused reciprocal-rank score (hybrid), ts_rank (text) or cosine similarity (vector).'),
        textRank: z.number().int().nullable().describe('Rank by text among the candidates; null if not found by text.'),
        vectorRank: z
          .number()
          .int()
          .nullable()
          .describe('Rank by meaning among the candidates; null if not found by meaning.'),
      }),
    ),
    indexed: z
      .object({ passages: z.number().int(), embedded: z.number().int() })
      .describe("The ecosystem's passages, and how many have their vectors yet (searchable by meaning)."),
  }),
);

export const DocumentSchema = component(
  'Document',
  'Notes or lore attached to an ecosystem, visible to its owner.',
  z.object({
    id,
    ecosystemId: id,
    ownerId: id,
    title: z.string(),
    content: z.string(),
    knownTo: z
      .array(id)
      .nullable()
      .describe('Characters who know this lore (their lines may draw on it); null: every character.'),
    createdAt: ms,
    updatedAt: ms,
  }),
);

export const ScenarioSchema = component(
  'Scenario',
  'A multi-character scene the director plays turn by turn.',
  z.object({
    id,
    ecosystemId: id,
    title: z.string(),
    setting: z.string(),
    mood: z.enum(SCENARIO_MOODS),
    objectives: z
      .array(
        z.object({
          id,
          text: z.string(),
          state: z.enum(['open', 'in_progress', 'done']),
          progress: z.number().min(0).max(1),
        }),
      )
      .describe('Each objective, how far it has come (0–1) and its state.'),
    endWhenObjectivesDone: z.boolean().optional().describe('The scenario ends once every objective is done.'),
    conversations: z
      .array(
        z
          .object({
            id,
            participantIds: z.array(id),
            topicKey: z.string(),
            topic: z.string(),
            lines: z.number().int(),
          })
          .passthrough(),
      )
      .optional()
      .describe('Conversations under way.'),
    participantIds: z.array(id),
    durationMinutes: z.number(),
    speed: z.number().describe('Turns per minute.'),
    maxTurns: z.number().int().nullable(),
    seed: z.number().int(),
    status: z.enum(['running', 'paused', 'ended']),
    turn: z.number().int(),
    addressed: z.array(id),
    startedAt: ms,
    endedAt: nullableMs,
    endReason: z
      .string()
      .nullable()
      .describe("'duration' | 'max_turns' | 'objectives_done' | 'user' | 'no_feasible_turns'"),
  }),
);

export const InterventionResultSchema = component(
  'InterventionResult',
  "The characters' replies to a user's message.",
  z.object({
    scenarioId: id,
    conversationId: id.describe(
      "The conversation the message joined: the addressed character's, else the one the user is in, else a new one. The user stays in it until it closes.",
    ),
    responses: z.array(z.object({ characterId: id, characterName: z.string(), response: z.string() })),
  }),
);

export const TranscriptSchema = component(
  'Transcript',
  'What was said in a scenario, oldest first; page with afterSeq = nextAfterSeq.',
  z.object({
    scenarioId: id,
    lines: z.array(
      z.object({
        seq: z.number().int(),
        timestamp: z.string(),
        turn: z.number().int().nullable(),
        kind: z.enum(['opening', 'reply', 'user', 'user_reply']),
        speakerId: id.nullable(),
        speakerName: z.string(),
        addresseeId: id.nullable(),
        addresseeName: z.string().nullable(),
        interactionType: z.enum(INTERACTION_TYPES).nullable(),
        text: z.string(),
        conversationId: id.optional().describe("The conversation the line belongs to (a user's lines too)."),
        act: z.string().optional().describe('The dialogue act: ask, answer, inform, propose, accept, …'),
        topic: z.string().optional().describe('What the line is about, as said.'),
        emotion: z.string().nullable().optional().describe('The emotion the line shows (character lines).'),
        addresseeIds: z.array(id).optional(),
        objectives: z
          .array(z.object({ id, text: z.string(), progress: z.number(), state: z.string() }))
          .optional()
          .describe("Objectives this line's exchange moved, as they stand after it."),
      }),
    ),
    nextAfterSeq: z.number().int().nullable(),
  }),
);

export const EventSchema = component(
  'Event',
  "An event in the plan's envelope; `seq` is gap-free per ecosystem.",
  z.object({
    id,
    ecosystemId: id,
    seq: z.number().int().min(1),
    type: z.enum(EVENT_TYPES),
    timestamp: z.string().describe('ISO 8601'),
    data: z.record(z.string(), z.unknown()),
  }),
);

export const EventPageSchema = component(
  'EventPage',
  'Stored events after afterSeq, oldest first; nextAfterSeq is null when caught up.',
  z.object({
    events: z.array(EventSchema),
    nextAfterSeq: z.number().int().nullable(),
  }),
);

export const GraphSchema = component(
  'Graph',
  'The relationship graph as it stands now, ready for a force layout.',
  z.object({
    nodes: z.array(
      z.object({
        id,
        name: z.string(),
        mood: z.object({
          pleasure: unit,
          arousal: unit,
          dominance: unit,
          label: z.string(),
          octant: z.enum(MOOD_OCTANTS),
        }),
        energy: z.number(),
        degree: z.number().int(),
        active: z.boolean(),
      }),
    ),
    edges: z.array(
      z.object({
        source: id,
        target: id,
        strength: unit,
        trust: z.number(),
        interactionCount: z.number().int(),
        label: z.enum(RELATIONSHIP_LABELS),
      }),
    ),
  }),
);

export const ApiKeySchema = component(
  'ApiKey',
  'An API key as listed; the key itself is only ever shown on creation.',
  z.object({
    id,
    kind: z.enum(['secret', 'publishable']),
    name: z.string(),
    prefix: z.string().describe('The first characters of the key, to recognise it.'),
    origins: z.array(z.string()).describe('Publishable keys: origins their widgets may run on.'),
    createdAt: ms,
    lastUsedAt: nullableMs,
    revokedAt: nullableMs,
  }),
);

export const CreatedApiKeySchema = component(
  'CreatedApiKey',
  'A new key. `secret` is the key itself: store it now, it is never shown again.',
  z.object({
    key: ApiKeySchema,
    secret: z.string().describe('ens_sk_… or ens_pk_…'),
  }),
);

export const WidgetTokenSchema = component(
  'WidgetToken',
  'A short-lived token for the widgets on a page, for one ecosystem.',
  z.object({
    token: z.string().describe('Give it to the widget; it sends it as a bearer token.'),
    expiresAt: ms,
    ecosystemId: id,
    scope: z.enum(['read', 'participant']),
    origins: z.array(z.string()).describe("Browser origins it may be used from (the publishable key's)."),
  }),
);
