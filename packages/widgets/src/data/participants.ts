import { isEventOfType, type CharacterCreatedData } from '@ensemble/sdk';
import type { EcosystemEvent, EmotionName, ParticipantView } from '../model/views.ts';

/** A character as events carry it. */
type CharacterSnapshot = CharacterCreatedData['character'];

/** A character as the API lists it (`characters.list`), as far as the participant views need it. */
export interface ListedCharacter {
  id: string;
  name: string;
  energy: number;
  mood: { pleasure: number; arousal: number; dominance: number };
  lastEmotion?: { name: EmotionName } | null;
  active?: boolean;
}

/** The participant view of a listed character. */
export function participantOf(character: ListedCharacter): ParticipantView {
  const { pleasure, arousal, dominance } = character.mood;
  return {
    id: character.id,
    name: character.name,
    energy: character.energy,
    mood: { pleasure, arousal, dominance },
    emotion: character.lastEmotion?.name ?? null,
    active: character.active ?? true,
  };
}

/** The participant view of a character as events carry it. */
function participantOfSnapshot(c: CharacterSnapshot): ParticipantView {
  const { pleasure, arousal, dominance } = c.mood;
  return {
    id: c.id,
    name: c.name,
    energy: c.energy,
    mood: { pleasure, arousal, dominance },
    emotion: c.emotion,
    active: c.active,
  };
}

/**
 * The characters after one event: created ones are appended, updated ones replaced, deleted ones removed,
 * and a state change sets mood, emotion and energy. Other events return the same array.
 */
export function applyEventToCharacters(
  characters: readonly ParticipantView[],
  event: EcosystemEvent,
): readonly ParticipantView[] {
  if (isEventOfType(event, 'character_created') || isEventOfType(event, 'character_updated')) {
    const next = participantOfSnapshot(event.data.character);
    return characters.some((c) => c.id === next.id)
      ? characters.map((c) => (c.id === next.id ? next : c))
      : [...characters, next];
  }
  if (isEventOfType(event, 'character_deleted')) {
    const id = event.data.character_id;
    return characters.some((c) => c.id === id) ? characters.filter((c) => c.id !== id) : characters;
  }
  if (isEventOfType(event, 'character_state_changed')) {
    const { character_id: id, mood, emotion, energy } = event.data;
    if (!characters.some((c) => c.id === id)) return characters;
    const { pleasure, arousal, dominance } = mood;
    return characters.map((c) => (c.id === id ? { ...c, mood: { pleasure, arousal, dominance }, emotion, energy } : c));
  }
  return characters;
}

/** Display names by character id, for the feed and the chat. */
export function namesOf(characters: readonly Pick<ParticipantView, 'id' | 'name'>[] | null): Record<string, string> {
  return Object.fromEntries((characters ?? []).map((c) => [c.id, c.name]));
}
