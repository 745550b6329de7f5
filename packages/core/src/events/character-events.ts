import type { Character, Id, InteractionType } from '../model.ts';
import type { CharacterSnapshotData } from './event-data.ts';
import { isoTimestamp } from './typed.ts';
import type { TypedEventDraft } from './typed.ts';

/** A character in the events' snake_case form. */
export function characterSnapshot(c: Character): CharacterSnapshotData {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    personality: { ...c.personality },
    mood: { ...c.mood },
    emotion: c.lastEmotion?.name ?? null,
    emotion_intensity: c.lastEmotion?.intensity ?? null,
    energy: c.energy,
    active: c.active,
    state_updated_at: isoTimestamp(c.stateUpdatedAt),
    created_at: isoTimestamp(c.createdAt),
  };
}

/** `character_created`. */
export function characterCreatedEvent(character: Character, now: number): TypedEventDraft<'character_created'> {
  return {
    type: 'character_created',
    ecosystemId: character.ecosystemId,
    timestamp: isoTimestamp(now),
    data: { character: characterSnapshot(character) },
  };
}

/** `character_updated`, naming the fields that changed (e.g. ['name', 'personality']). */
export function characterUpdatedEvent(
  character: Character,
  changed: readonly string[],
  now: number,
): TypedEventDraft<'character_updated'> {
  return {
    type: 'character_updated',
    ecosystemId: character.ecosystemId,
    timestamp: isoTimestamp(now),
    data: { character: characterSnapshot(character), changed: [...changed] },
  };
}

/** `character_deleted`. */
export function characterDeletedEvent(
  character: { id: Id; ecosystemId: Id; name: string },
  now: number,
): TypedEventDraft<'character_deleted'> {
  return {
    type: 'character_deleted',
    ecosystemId: character.ecosystemId,
    timestamp: isoTimestamp(now),
    data: { character_id: character.id, name: character.name },
  };
}

/** `ecosystem_updated`, with the changed fields' new values. */
export function ecosystemUpdatedEvent(
  ecosystemId: Id,
  changes: Record<string, unknown>,
  now: number,
): TypedEventDraft<'ecosystem_updated'> {
  return { type: 'ecosystem_updated', ecosystemId, timestamp: isoTimestamp(now), data: { changes: { ...changes } } };
}

/** `personality_drifted`: the character's personality after drift, which traits crossed a hundredth, and why. */
export function personalityDriftedEvent(
  character: Character,
  crossed: readonly string[],
  interaction: { id: Id; type: InteractionType },
  now: number,
): TypedEventDraft<'personality_drifted'> {
  return {
    type: 'personality_drifted',
    ecosystemId: character.ecosystemId,
    timestamp: isoTimestamp(now),
    data: {
      character_id: character.id,
      personality: { ...character.personality },
      crossed: [...crossed],
      interaction_type: interaction.type,
      interaction_id: interaction.id,
    },
  };
}
