import { asKnownEvent } from '../events/index.ts';
import type { BigFive, EcosystemEvent, EmotionName, Id, PAD, RelationshipLabel } from '../model.ts';

/**
 * An ecosystem's state as its event log tells it: every character's mood, emotion, energy and traits, and
 * every relationship. Built by folding events in seq order (`applyEvent`) from `emptyReplayState()` or a
 * checkpoint (a state saved at some seq; it is plain JSON).
 *
 * What each event gives: `character_created` / `character_updated` the whole character;
 * `character_state_changed` mood, emotion and energy (after every exchange and intervention, exactly as
 * stored); `relationship_changed` strength, trust, count and label (exactly as stored); `personality_drifted`
 * the traits (drift moves them a little every exchange and is logged at each hundredth crossed, so traits are
 * exact at those events and within 0.01 between them); `character_deleted` removes the character and its
 * relationships. Other events change none of this.
 */
export interface ReplayState {
  /** The seq of the last event applied (0: none). */
  seq: number;
  /** Its timestamp (ISO-8601), or null before the first event. */
  at: string | null;
  characters: Record<Id, ReplayCharacter>;
  /** Keyed `${fromId}>${toId}`. */
  relationships: Record<string, ReplayRelationship>;
}

export interface ReplayCharacter {
  id: Id;
  name: string;
  active: boolean;
  personality: BigFive;
  mood: PAD;
  emotion: EmotionName | null;
  energy: number;
}

export interface ReplayRelationship {
  fromId: Id;
  toId: Id;
  strength: number;
  trust: number;
  interactionCount: number;
  label: RelationshipLabel;
}

export function emptyReplayState(): ReplayState {
  return { seq: 0, at: null, characters: {}, relationships: {} };
}

/** Applies one event to `state` in place (events must come in seq order, each once). */
export function applyEvent(state: ReplayState, event: EcosystemEvent): ReplayState {
  state.seq = event.seq;
  state.at = event.timestamp;
  const known = asKnownEvent(event);
  if (known === null) return state;
  switch (known.type) {
    case 'character_created':
    case 'character_updated': {
      const c = known.data.character;
      state.characters[c.id] = {
        id: c.id,
        name: c.name,
        active: c.active,
        personality: { ...c.personality },
        mood: { ...c.mood },
        emotion: c.emotion,
        energy: c.energy,
      };
      break;
    }
    case 'character_state_changed': {
      const c = state.characters[known.data.character_id];
      if (c) {
        c.mood = { ...known.data.mood };
        c.emotion = known.data.emotion;
        c.energy = known.data.energy;
      }
      break;
    }
    case 'personality_drifted': {
      const c = state.characters[known.data.character_id];
      if (c) c.personality = { ...known.data.personality };
      break;
    }
    case 'character_deleted': {
      const id = known.data.character_id;
      delete state.characters[id];
      for (const [key, r] of Object.entries(state.relationships)) {
        if (r.fromId === id || r.toId === id) delete state.relationships[key];
      }
      break;
    }
    case 'relationship_changed': {
      const d = known.data;
      state.relationships[`${d.from_id}>${d.to_id}`] = {
        fromId: d.from_id,
        toId: d.to_id,
        strength: d.strength,
        trust: d.trust,
        interactionCount: d.interaction_count,
        label: d.label,
      };
      break;
    }
    case 'character_interaction':
    case 'scenario_started':
    case 'scenario_paused':
    case 'scenario_resumed':
    case 'scenario_ended':
    case 'scenario_turn':
    case 'user_intervention':
    case 'ecosystem_updated':
    case 'objective_progressed':
    case 'objective_completed':
      break;
    default:
      known satisfies never;
  }
  return state;
}

/** `state` (copied, not changed) with `events` applied. */
export function replayEvents(state: ReplayState, events: Iterable<EcosystemEvent>): ReplayState {
  const next = structuredClone(state);
  for (const event of events) applyEvent(next, event);
  return next;
}
