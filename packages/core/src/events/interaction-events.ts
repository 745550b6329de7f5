import { emotionalStateOf } from '../affect/index.ts';
import type { EmotionalStateView } from '../affect/index.ts';
import type { Character, Id, InteractionRecord, Relationship, RelationshipDelta } from '../model.ts';
import type { ConversationLineData, ObjectiveData, RelationshipChangeData, StateChangeCause } from './event-data.ts';
import { isoTimestamp } from './typed.ts';
import type { TypedEventDraft } from './typed.ts';

/** What a `character_interaction` event reports. */
export interface CharacterInteractionEventInput {
  interaction: InteractionRecord;
  /** The initiator's view of the target. */
  forward: RelationshipDelta;
  /** The target's view of the initiator. */
  reverse: RelationshipDelta;
  initiatorState: EmotionalStateView;
  targetState: EmotionalStateView;
  /** The conversation the exchange belongs to, its lines, and the objectives it moved. */
  conversation?: { id: Id; lines: ConversationLineData[]; objectivesMoved: ObjectiveData[] } | null;
}

/** The plan's `character_interaction` event for one exchange, timed at the interaction. */
export function characterInteractionEvent(
  input: CharacterInteractionEventInput,
): TypedEventDraft<'character_interaction'> {
  const { interaction, forward, reverse } = input;
  return {
    type: 'character_interaction',
    ecosystemId: interaction.ecosystemId,
    timestamp: isoTimestamp(interaction.createdAt),
    data: {
      participants: [interaction.initiatorId, interaction.targetId],
      interaction_type: interaction.type,
      content: interaction.content,
      response: interaction.response,
      relationship_change: { ...relationshipChangeData(forward), reverse: relationshipChangeData(reverse) },
      emotional_states: {
        [interaction.initiatorId]: { ...input.initiatorState },
        [interaction.targetId]: { ...input.targetState },
      },
      interaction_id: interaction.id,
      scenario_id: interaction.scenarioId,
      ...(input.conversation
        ? {
            conversation_id: input.conversation.id,
            lines: input.conversation.lines,
            objectives_moved: input.conversation.objectivesMoved,
          }
        : {}),
    },
  };
}

/** A RelationshipDelta in the event's snake_case form. */
export function relationshipChangeData(delta: RelationshipDelta): RelationshipChangeData {
  return {
    strength_delta: delta.strengthDelta,
    trust_delta: delta.trustDelta,
    new_strength: delta.newStrength,
    new_trust: delta.newTrust,
    label: delta.label,
  };
}

/** `relationship_changed`: how `relationship.fromId` now sees `relationship.toId`, and by how much it moved. */
export function relationshipChangedEvent(
  relationship: Relationship,
  delta: RelationshipDelta,
  interactionId: Id | null,
  now: number,
): TypedEventDraft<'relationship_changed'> {
  return {
    type: 'relationship_changed',
    ecosystemId: relationship.ecosystemId,
    timestamp: isoTimestamp(now),
    data: {
      from_id: relationship.fromId,
      to_id: relationship.toId,
      strength: relationship.strength,
      trust: relationship.trust,
      interaction_count: relationship.interactionCount,
      label: relationship.label,
      strength_delta: delta.strengthDelta,
      trust_delta: delta.trustDelta,
      interaction_id: interactionId,
      last_interaction_at:
        relationship.lastInteractionAt === null ? null : isoTimestamp(relationship.lastInteractionAt),
    },
  };
}

/** `character_state_changed`: the character's mood, label, emotion, energy and traits as now stored. */
export function characterStateChangedEvent(
  character: Character,
  cause: StateChangeCause,
  interactionId: Id | null,
  now: number,
): TypedEventDraft<'character_state_changed'> {
  const state = emotionalStateOf(character);
  return {
    type: 'character_state_changed',
    ecosystemId: character.ecosystemId,
    timestamp: isoTimestamp(now),
    data: {
      character_id: character.id,
      mood: { pleasure: state.pleasure, arousal: state.arousal, dominance: state.dominance },
      label: state.label,
      emotion: state.emotion,
      energy: state.energy,
      cause,
      interaction_id: interactionId,
      emotion_intensity: character.lastEmotion?.intensity ?? null,
      personality: { ...character.personality },
    },
  };
}
