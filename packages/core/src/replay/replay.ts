import { asKnownEvent, conversationFromData } from '../events/index.ts';
import type { ConversationClosingData, ConversationData } from '../events/event-data.ts';
import type {
  BigFive,
  Conversation,
  EcosystemEvent,
  EmotionName,
  Id,
  Objective,
  PAD,
  RelationshipLabel,
  ScenarioStatus,
} from '../model.ts';

/** The shape of `ReplayState`; a checkpoint of another version is ignored (rebuilt from the log instead). */
export const REPLAY_STATE_VERSION = 3;

/**
 * An ecosystem's state as its event log tells it: every character's mood, emotion, energy and traits, and
 * every relationship. Built by folding events in seq order (`applyEvent`) from `emptyReplayState()` or a
 * checkpoint (a state saved at some seq; it is plain JSON).
 *
 * What each event gives: `character_created` / `character_updated` the whole character;
 * `character_state_changed` mood, emotion (and its intensity), energy and the exact traits (after every exchange
 * and intervention, exactly as stored; events written before traits were carried leave them as the last
 * `personality_drifted` said, within 0.01); `relationship_changed` strength, trust, count and label (exactly as
 * stored), and the time of the last interaction; `character_deleted` removes the character and its
 * relationships; scenario events the scenario's standing (status, turn, objectives) and the director's state
 * between turns (the conversations under way and who waits to be answered: `scenario_started`, `scenario_turn`,
 * `user_intervention`, `scenario_ended`). Other events change none of this.
 */
export interface ReplayState {
  /** REPLAY_STATE_VERSION when built; absent on checkpoints of the first version. */
  version?: number;
  /** The seq of the last event applied (0: none). */
  seq: number;
  /** Its timestamp (ISO-8601), or null before the first event. */
  at: string | null;
  characters: Record<Id, ReplayCharacter>;
  /** Keyed `${fromId}>${toId}`. */
  relationships: Record<string, ReplayRelationship>;
  /** Scenarios by id (absent on checkpoints of the first version). */
  scenarios?: Record<Id, ReplayScenario>;
}

/** Where a scenario stood: enough, with its stored settings, to carry it into a branch and play on exactly. */
export interface ReplayScenario {
  id: Id;
  status: ScenarioStatus;
  turn: number;
  objectives: Objective[];
  /**
   * The conversations under way, as the director keeps them. Absent when the log does not tell: a
   * `scenario_turn` or `user_intervention` written before events carried the conversation drops it for good.
   */
  conversations?: Conversation[];
  /** Characters addressed by name and not yet answered, oldest first; absent when the log does not tell. */
  addressed?: Id[];
  /** ISO-8601 */
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
}

export interface ReplayCharacter {
  id: Id;
  name: string;
  active: boolean;
  personality: BigFive;
  mood: PAD;
  emotion: EmotionName | null;
  /** How strongly that emotion was felt (null with no emotion, or when the log does not say). */
  emotionIntensity?: number | null;
  energy: number;
  /** When mood and energy were last set (ISO-8601): they decay and recover from then. */
  stateUpdatedAt?: string;
}

export interface ReplayRelationship {
  fromId: Id;
  toId: Id;
  strength: number;
  trust: number;
  interactionCount: number;
  label: RelationshipLabel;
  /** The time of the last interaction between them (ISO-8601), or null. */
  lastInteractionAt?: string | null;
}

export function emptyReplayState(): ReplayState {
  return { version: REPLAY_STATE_VERSION, seq: 0, at: null, characters: {}, relationships: {}, scenarios: {} };
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
        emotionIntensity: c.emotion_intensity ?? state.characters[c.id]?.emotionIntensity ?? null,
        energy: c.energy,
        stateUpdatedAt: c.state_updated_at ?? state.characters[c.id]?.stateUpdatedAt ?? event.timestamp,
      };
      break;
    }
    case 'character_state_changed': {
      const d = known.data;
      const c = state.characters[d.character_id];
      if (c) {
        c.mood = { ...d.mood };
        c.emotion = d.emotion;
        if (d.emotion_intensity !== undefined) c.emotionIntensity = d.emotion_intensity;
        c.energy = d.energy;
        c.stateUpdatedAt = event.timestamp;
        if (d.personality) c.personality = { ...d.personality };
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
        lastInteractionAt:
          d.last_interaction_at !== undefined
            ? d.last_interaction_at
            : d.interaction_id === null
              ? (state.relationships[`${d.from_id}>${d.to_id}`]?.lastInteractionAt ?? null)
              : event.timestamp,
      };
      break;
    }
    case 'scenario_started': {
      const d = known.data;
      (state.scenarios ??= {})[d.scenario_id] = {
        id: d.scenario_id,
        status: 'running',
        turn: 0,
        objectives: (d.objective_states ?? []).map((o) => ({
          id: o.objective_id,
          text: o.text,
          state: o.state,
          progress: o.progress,
        })),
        startedAt: d.started_at,
        endedAt: null,
        endReason: null,
        conversations: (d.conversations ?? []).map(conversationFromData),
        addressed: [...(d.addressed ?? [])],
      };
      break;
    }
    case 'scenario_paused':
    case 'scenario_resumed': {
      const s = state.scenarios?.[known.data.scenario_id];
      if (s) {
        s.status = known.type === 'scenario_paused' ? 'paused' : 'running';
        s.turn = known.data.turn;
      }
      break;
    }
    case 'scenario_ended': {
      const s = state.scenarios?.[known.data.scenario_id];
      if (s)
        Object.assign(s, {
          status: 'ended',
          turn: known.data.turn,
          endedAt: known.data.ended_at,
          endReason: known.data.reason,
          addressed: [],
        });
      break;
    }
    case 'scenario_turn': {
      const s = state.scenarios?.[known.data.scenario_id];
      if (s) {
        s.turn = known.data.turn;
        foldConversations(s, known.data);
      }
      break;
    }
    case 'user_intervention': {
      const s = state.scenarios?.[known.data.scenario_id];
      if (s) foldConversations(s, known.data, known.data.user_name);
      break;
    }
    case 'objective_progressed':
    case 'objective_completed': {
      const o = state.scenarios?.[known.data.scenario_id]?.objectives.find((x) => x.id === known.data.objective_id);
      if (o) Object.assign(o, { state: known.data.state, progress: known.data.progress });
      break;
    }
    case 'character_interaction':
    case 'ecosystem_updated':
      break;
    default:
      known satisfies never;
  }
  return state;
}

/**
 * The director's state after a turn or a person's message: the conversations before it less those it closed,
 * with the one it spoke in (if any) moved to the end, as the director orders them; a message's sender also
 * leaves every other conversation they were in. An event without the conversation (written before events
 * carried it) leaves the conversations unknown from then on.
 */
function foldConversations(
  s: ReplayScenario,
  d: {
    conversation?: ConversationData | null;
    addressed?: Id[];
    conversations_closed?: ConversationClosingData[];
  },
  userName?: string,
): void {
  if (d.addressed !== undefined) s.addressed = [...d.addressed];
  else delete s.addressed;
  if (d.conversation === undefined || s.conversations === undefined) {
    delete s.conversations;
    return;
  }
  const gone = new Set((d.conversations_closed ?? []).map((c) => c.conversation_id));
  if (d.conversation) gone.add(d.conversation.id);
  const left = (c: Conversation): Conversation =>
    userName !== undefined && c.userNames.includes(userName)
      ? { ...c, userNames: c.userNames.filter((n) => n !== userName) }
      : c;
  s.conversations = s.conversations.filter((c) => !gone.has(c.id)).map(left);
  if (d.conversation) s.conversations.push(conversationFromData(d.conversation));
}

/** `state` (copied, not changed) with `events` applied. */
export function replayEvents(state: ReplayState, events: Iterable<EcosystemEvent>): ReplayState {
  const next = structuredClone(state);
  for (const event of events) applyEvent(next, event);
  return next;
}
