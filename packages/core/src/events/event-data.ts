/**
 * The `data` of every event type — the wire format subscribers (API, SDK, widgets, plain-WS clients)
 * rely on. Keys are snake_case, as in the plan's `character_interaction` event; times are ISO-8601.
 * The envelope around it is `{ id, ecosystemId, seq, type, timestamp, data }` (model.ts EcosystemEvent).
 *
 * Declared as type aliases (not interfaces) so each is assignable to EventDraft's `Record<string, unknown>`.
 */
import type { EmotionalStateView } from '../affect/index.ts';
import type {
  BigFive,
  EmotionName,
  EventType,
  Id,
  InteractionType,
  PAD,
  RelationshipLabel,
  ScenarioMood,
} from '../model.ts';

/** One direction of a relationship change, as the plan's RelationshipUpdate. */
export type RelationshipChangeData = {
  strength_delta: number;
  trust_delta: number;
  new_strength: number;
  new_trust: number;
  label: RelationshipLabel;
};

/**
 * `character_interaction`: one exchange, exactly the plan's shape plus ids.
 * - participants: [initiator id, target id]
 * - content: the initiator's line; response: the target's reply
 * - relationship_change: the initiator's view of the target; `reverse`: the target's view of the initiator
 * - emotional_states: both characters' state after the exchange, keyed by character id
 * - scenario_id: the scenario the exchange was a turn of, or null
 */
export type CharacterInteractionData = {
  participants: [Id, Id];
  interaction_type: InteractionType;
  content: string;
  response: string;
  relationship_change: RelationshipChangeData & { reverse: RelationshipChangeData };
  emotional_states: Record<Id, EmotionalStateView>;
  interaction_id: Id;
  scenario_id: Id | null;
  /** The conversation the exchange belongs to (scenario turns). */
  conversation_id?: Id;
  /** Every line of the exchange in order (the opening, the reply, a chime-in). */
  lines?: ConversationLineData[];
  /** Objectives this exchange moved. */
  objectives_moved?: ObjectiveData[];
};

/** One line of a conversation. */
export type ConversationLineData = {
  speaker: Id;
  addressees: Id[];
  act: string;
  topic: string;
  text: string;
  emotion: { name: EmotionName; intensity: number } | null;
};

/** An objective's standing, in events. */
export type ObjectiveData = {
  scenario_id: Id;
  objective_id: Id;
  text: string;
  progress: number;
  state: 'open' | 'in_progress' | 'done';
};

/**
 * `relationship_changed`: how `from_id` now sees `to_id` (one event per direction), with the change
 * and the interaction that caused it (null when not caused by an interaction).
 */
export type RelationshipChangedData = {
  from_id: Id;
  to_id: Id;
  strength: number;
  trust: number;
  interaction_count: number;
  label: RelationshipLabel;
  strength_delta: number;
  trust_delta: number;
  interaction_id: Id | null;
  /** When they last interacted (ISO-8601), or null; absent on events written before it. */
  last_interaction_at?: string | null;
};

/** Why a character's state changed. */
export type StateChangeCause = 'interaction' | 'user_intervention' | 'character_updated';

/**
 * `character_state_changed`: a character's mood, its label, the emotion last felt and energy, after
 * `cause` (with the interaction id when the cause is an interaction, else null).
 */
export type CharacterStateChangedData = {
  character_id: Id;
  mood: PAD;
  /** e.g. "moderately exuberant" */
  label: string;
  emotion: EmotionName | null;
  energy: number;
  cause: StateChangeCause;
  interaction_id: Id | null;
  /** How strongly that emotion was felt (0–1), or null with no emotion. Absent on events written before it. */
  emotion_intensity?: number | null;
  /** The exact traits now (drift moves them a little every exchange). Absent on events written before it. */
  personality?: BigFive;
};

/** A character as events carry it. */
export type CharacterSnapshotData = {
  id: Id;
  name: string;
  description: string;
  personality: BigFive;
  mood: PAD;
  emotion: EmotionName | null;
  /** How strongly that emotion was felt (absent on events written before it). */
  emotion_intensity?: number | null;
  energy: number;
  active: boolean;
  /** When mood and energy were last brought up to date (absent on events written before it). */
  state_updated_at?: string;
  created_at: string;
};

/** `character_created`: the new character. */
export type CharacterCreatedData = { character: CharacterSnapshotData };

/** `character_updated`: the character after the change and the names of the fields that changed. */
export type CharacterUpdatedData = { character: CharacterSnapshotData; changed: string[] };

/** `character_deleted`: who was removed. */
export type CharacterDeletedData = { character_id: Id; name: string };

/** `scenario_started`: everything the scenario was started with. */
export type ScenarioStartedData = {
  scenario_id: Id;
  title: string;
  setting: string;
  mood: ScenarioMood;
  objectives: string[];
  /** The objectives with their ids and standing. */
  objective_states?: ObjectiveData[];
  participant_ids: Id[];
  duration_minutes: number;
  speed: number;
  max_turns: number | null;
  seed: number;
  started_at: string;
  /**
   * Conversations already under way and names waiting for an answer, when the scenario starts with some (a
   * branch's copy of its parent's scenario); absent when none, as for every scenario started afresh.
   */
  conversations?: ConversationData[];
  addressed?: Id[];
};

/** `scenario_paused` / `scenario_resumed`: which scenario, at which turn. */
export type ScenarioPausedData = { scenario_id: Id; title: string; turn: number };
export type ScenarioResumedData = ScenarioPausedData;

/**
 * `scenario_ended`: why ('duration' | 'max_turns' | 'user' | 'no_feasible_turns', or a caller's reason),
 * after how many turns, and when.
 */
export type ScenarioEndedData = { scenario_id: Id; title: string; reason: string; turn: number; ended_at: string };

/**
 * `scenario_turn`: turn number `turn` (1-based) was played: who spoke to whom, how, and the interaction
 * record; or it was skipped (`skipped` says why; speaker, target, type and interaction are then null).
 */
export type ScenarioTurnData = {
  scenario_id: Id;
  turn: number;
  speaker_id: Id | null;
  target_id: Id | null;
  interaction_type: InteractionType | null;
  interaction_id: Id | null;
  skipped: string | null;
  /** Conversations that closed this turn, and why (absent when none did; see ConversationClosing). */
  conversations_closed?: ConversationClosingData[];
  /**
   * The conversation this turn spoke in, as it stands after the turn; null when the turn was skipped or the
   * conversation closed in it. With `conversations_closed` this is all that changed in the director's state:
   * the conversations under way after the turn are those before it, less the closed ones, with this one
   * moved to the end. Absent on events written before it (replay then no longer knows the conversations).
   */
  conversation?: ConversationData | null;
  /** Characters addressed by name and not yet answered after the turn, oldest first (absent with `conversation`). */
  addressed?: Id[];
};

/**
 * A conversation under way, in events: what the director reads to plan the next turn (model.ts
 * Conversation). Its id is its scenario's id and a counter.
 */
export type ConversationData = {
  id: Id;
  participant_ids: Id[];
  topic_key: string;
  topic: string;
  /** Lines said so far, and the number after which it winds down. */
  lines: number;
  planned_length: number;
  /** The last line: who said it, to whom, which act. */
  last: { speaker_id: Id | null; addressee_ids: Id[]; act: string } | null;
  /** People (not characters) in it. */
  user_names: string[];
  opened_turn: number;
  last_turn: number;
  /** Phrase frames its template lines have used (`act:index`), which later lines avoid; absent when none. */
  frames_used?: string[];
};

/**
 * Why a conversation closed: with farewells, by people walking off when it ran its course, or
 * interrupted by an event — a participant left the scene or became inactive (`participant_left`), too
 * few were left with the energy to talk (`exhausted`), or the person in it spoke to someone elsewhere
 * (`called_away`).
 */
export type ConversationCloseReason = 'farewell' | 'walked_off' | 'participant_left' | 'exhausted' | 'called_away';

/** A conversation that closed, in events. */
export type ConversationClosingData = { conversation_id: Id; reason: ConversationCloseReason };

/**
 * `user_intervention`: a user's message in a scenario, to one character (`target_character_id`) or to
 * all (null), with each reply it drew.
 */
export type UserInterventionData = {
  scenario_id: Id;
  user_name: string;
  message: string;
  target_character_id: Id | null;
  /** Each reply; `act` is its dialogue act (events written before conversations have none). */
  responses: { character_id: Id; response: string; act?: string }[];
  /**
   * The conversation the message joined (or opened): the person stays in it until it closes, and a later
   * message of theirs to everyone goes to it. Absent on events written before conversations.
   */
  conversation_id?: Id;
  /** How the message was read: its act (ask, greet, propose, inform) and its topic as said. */
  act?: string;
  topic?: string;
  /** Conversations this message closed (the person left one for another, leaving too few in it). */
  conversations_closed?: ConversationClosingData[];
  /**
   * The conversation the message joined, as it stands after the replies. The person also left every other
   * conversation they were in (`user_name` leaves their `user_names`; those left empty are in
   * `conversations_closed`), and this one moves to the end of the list. Absent on events written before it.
   */
  conversation?: ConversationData;
  /** Characters addressed by name and not yet answered after the replies (absent with `conversation`). */
  addressed?: Id[];
};

/** `ecosystem_updated`: the changed fields of an ecosystem and their new values. */
export type EcosystemUpdatedData = { changes: Record<string, unknown> };

/**
 * `personality_drifted`: sustained experience moved the character's traits (core personality/drift.ts) and
 * at least one crossed a hundredth of the scale (`crossed`). `personality` is the exact new personality;
 * `interaction_type` and `interaction_id` name the exchange that tipped it.
 */
export type PersonalityDriftedData = {
  character_id: Id;
  personality: BigFive;
  crossed: string[];
  interaction_type: InteractionType;
  interaction_id: Id;
};

/** The data shape of each event type. */
export type EventDataByType = {
  character_interaction: CharacterInteractionData;
  relationship_changed: RelationshipChangedData;
  character_state_changed: CharacterStateChangedData;
  character_created: CharacterCreatedData;
  character_updated: CharacterUpdatedData;
  character_deleted: CharacterDeletedData;
  scenario_started: ScenarioStartedData;
  scenario_paused: ScenarioPausedData;
  scenario_resumed: ScenarioResumedData;
  scenario_ended: ScenarioEndedData;
  scenario_turn: ScenarioTurnData;
  user_intervention: UserInterventionData;
  ecosystem_updated: EcosystemUpdatedData;
  objective_progressed: ObjectiveData;
  objective_completed: ObjectiveData;
  personality_drifted: PersonalityDriftedData;
};

// Fails to compile if an event type in model.ts has no data shape here, or vice versa.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyTypeHasData: Exact<keyof EventDataByType, EventType> = true;
void everyTypeHasData;
