/** The Phase 1 plan's four endpoints answer in the plan's snake_case shapes. */
import { EMOTION_NAMES, RELATIONSHIP_LABELS } from '@ensemble/core';
import { z } from 'zod';
import { component, id, ms } from './registry.ts';

const OCTANTS = ['exuberant', 'bored', 'dependent', 'disdainful', 'relaxed', 'anxious', 'docile', 'hostile'] as const;

const EmotionalStateSchema = component(
  'EmotionalState',
  "A character's mood (PAD), its label, last emotion and energy.",
  z.object({
    pleasure: z.number(),
    arousal: z.number(),
    dominance: z.number(),
    label: z.string().describe('e.g. "moderately exuberant"'),
    octant: z.enum(OCTANTS),
    emotion: z.enum(EMOTION_NAMES).nullable(),
    energy: z.number(),
  }),
);

const RelationshipUpdateSchema = component(
  'RelationshipUpdate',
  "One direction's change (the plan's RelationshipUpdate).",
  z.object({
    from_id: id,
    to_id: id,
    strength_delta: z.number(),
    trust_delta: z.number(),
    new_strength: z.number(),
    new_trust: z.number(),
    label: z.enum(RELATIONSHIP_LABELS),
  }),
);

export const InteractionResultSchema = component(
  'InteractionResult',
  "The plan's InteractionResult. When the exchange cannot happen (tired, cooldown, inactive…) `success` is false with a `reason` code; that is a normal outcome, answered with 200.",
  z.union([
    z.object({
      success: z.literal(true),
      response: z.string().describe("The target's reply."),
      relationship_change: z.object({ forward: RelationshipUpdateSchema, reverse: RelationshipUpdateSchema }),
      emotional_state: EmotionalStateSchema.describe("The target's state after the exchange."),
      initiator_state: EmotionalStateSchema,
      interaction: z.object({
        id,
        ecosystem_id: id,
        scenario_id: id.nullable(),
        initiator_id: id,
        target_id: id,
        type: z.string(),
        content: z.string(),
        response: z.string(),
        sentiment: z.number(),
        created_at: ms,
      }),
    }),
    z.object({
      success: z.literal(false),
      reason: z.enum(['not_found', 'same_character', 'different_ecosystem', 'inactive', 'tired', 'cooldown']),
      message: z.string(),
    }),
  ]),
);

const TieSchema = z.object({
  from_id: id,
  from_name: z.string(),
  to_id: id,
  to_name: z.string(),
  strength: z.number(),
  trust: z.number(),
  interaction_count: z.number().int(),
  label: z.enum(RELATIONSHIP_LABELS),
});

export const DashboardSchema = component(
  'Dashboard',
  "The Observatory's numbers for one ecosystem, as of now.",
  z.object({
    ecosystem_id: id,
    generated_at: ms,
    last_seq: z.number().int().describe('Apply live events with a greater seq on top of this snapshot.'),
    stats: z.object({
      characters: z.number().int(),
      active_characters: z.number().int(),
      relationships: z.number().int(),
      active_conversations: z.number().int(),
      running_scenarios: z.number().int(),
    }),
    events_per_minute: z.object({ series: z.array(z.number().int()), current: z.number().int() }),
    mood_distribution: z.record(z.enum(OCTANTS), z.number().int()),
    strongest_ties: z.array(TieSchema),
    weakest_ties: z.array(TieSchema),
    most_connected: z.array(z.object({ id, name: z.string(), degree: z.number().int() })),
    dialogue: z.object({
      mode: z.enum(['template', 'llm']),
      tokens_last_hour: z.number().int(),
      tokens_per_hour: z.number().int().nullable(),
      budget_spent: z
        .boolean()
        .describe("The hour's token budget is spent: the characters speak with templates until it frees up."),
    }),
  }),
);

export const ScenarioStartedSchema = component(
  'ScenarioStarted',
  "The plan's ScenarioResponse.",
  z.object({
    id,
    status: z.enum(['active', 'paused', 'ended']).describe("'active' while the director is playing turns."),
    start_time: z.string().describe('ISO 8601'),
  }),
);

export const CharacterRelationshipsSchema = component(
  'CharacterRelationships',
  'Every relationship the character has: its view of others and theirs of it, as they stand now.',
  z.object({
    character_id: id,
    relationships: z.array(
      z.object({
        ecosystem_id: id,
        from_id: id,
        from_name: z.string(),
        to_id: id,
        to_name: z.string(),
        strength: z.number(),
        trust: z.number(),
        interaction_count: z.number().int(),
        last_interaction_at: ms.nullable(),
        label: z.enum(RELATIONSHIP_LABELS),
      }),
    ),
  }),
);
