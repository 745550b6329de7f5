/**
 * The domain model shared by every part of the engine and by the adapters that persist it.
 * Times are milliseconds since the epoch, always supplied by a Clock port (never read here).
 */

export type Id = string;

/** Big Five traits, each in [0,1]. */
export interface BigFive {
  openness: number;
  conscientiousness: number;
  extraversion: number;
  agreeableness: number;
  neuroticism: number;
}

/** A point in Mehrabian's Pleasure-Arousal-Dominance space, each axis in [-1,1]. */
export interface PAD {
  pleasure: number;
  arousal: number;
  dominance: number;
}

/** OCC emotions used by the ALMA appraisal. */
export const EMOTION_NAMES = [
  'joy',
  'distress',
  'admiration',
  'reproach',
  'gratitude',
  'anger',
  'fear',
  'hope',
  'pride',
  'shame',
] as const;
export type EmotionName = (typeof EMOTION_NAMES)[number];

export interface Emotion {
  name: EmotionName;
  /** [0,1] */
  intensity: number;
}

/** PAD octants (ALMA naming), pleasant ones first: the order the widgets list them in. */
export const MOOD_OCTANTS = [
  'exuberant',
  'relaxed',
  'docile',
  'dependent',
  'anxious',
  'hostile',
  'disdainful',
  'bored',
] as const;
export type MoodOctant = (typeof MOOD_OCTANTS)[number];
export type MoodIntensity = 'slightly' | 'moderately' | 'fully';

export interface MoodLabel {
  octant: MoodOctant;
  intensity: MoodIntensity;
  /** e.g. "moderately exuberant" */
  text: string;
}

export interface Character {
  id: Id;
  ecosystemId: Id;
  name: string;
  description: string;
  personality: BigFive;
  /** Current mood; decays toward the personality baseline. */
  mood: PAD;
  /** The emotion last felt, if any (for badges and dialogue). */
  lastEmotion: Emotion | null;
  /** [0,1] */
  energy: number;
  /** Inactive characters cannot take part in interactions. */
  active: boolean;
  /** When mood and energy were last brought up to date (lazy decay/recovery). */
  stateUpdatedAt: number;
  createdAt: number;
}

export const INTERACTION_TYPES = ['greeting', 'chat', 'collaboration', 'conflict'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export const RELATIONSHIP_LABELS = ['enemy', 'rival', 'stranger', 'acquaintance', 'friend', 'close friend'] as const;
export type RelationshipLabel = (typeof RELATIONSHIP_LABELS)[number];

/** Directed: how `fromId` sees `toId`. */
export interface Relationship {
  ecosystemId: Id;
  fromId: Id;
  toId: Id;
  /** [-1,1] */
  strength: number;
  /** [0,1] */
  trust: number;
  interactionCount: number;
  lastInteractionAt: number | null;
  label: RelationshipLabel;
}

/** One direction's change, in the plan's shape (RelationshipUpdate). */
export interface RelationshipDelta {
  fromId: Id;
  toId: Id;
  strengthDelta: number;
  trustDelta: number;
  newStrength: number;
  newTrust: number;
  label: RelationshipLabel;
}

/**
 * What a memory is: something the character lived through (`observation`), the gist of a whole
 * conversation when it closed (`summary`), or a higher-level conclusion drawn from many (`reflection`).
 */
export const MEMORY_KINDS = ['observation', 'summary', 'reflection'] as const;
export type MemoryKind = (typeof MEMORY_KINDS)[number];

export interface Memory {
  id: Id;
  ecosystemId: Id;
  /** The character who remembers. */
  characterId: Id;
  /** Who the memory is about (another character), or null for a user/world event. */
  aboutId: Id | null;
  /** What happened, in plain words. */
  content: string;
  /** [-1,1] how pleasant it was. */
  valence: number;
  /** [0,1] from emotional intensity. */
  importance: number;
  createdAt: number;
  kind: MemoryKind;
  /**
   * The content's unit vector once an embedder has run (database stores fill it when they recall);
   * absent otherwise. Retrieval then scores relevance by meaning. Never carried by events or API views.
   */
  embedding?: readonly number[] | null;
}

export interface InteractionRecord {
  id: Id;
  ecosystemId: Id;
  scenarioId: Id | null;
  initiatorId: Id;
  targetId: Id;
  type: InteractionType;
  content: string;
  response: string;
  /** Sentiment of content in [-1,1]. */
  sentiment: number;
  createdAt: number;
}

export const SCENARIO_MOODS = [
  'calm',
  'festive',
  'playful',
  'tense',
  'hostile',
  'somber',
  'mysterious',
  'collaborative',
] as const;
export type ScenarioMood = (typeof SCENARIO_MOODS)[number];

export type ScenarioStatus = 'running' | 'paused' | 'ended';

/** Where an objective stands. */
export type ObjectiveState = 'open' | 'in_progress' | 'done';

/** A scenario objective and how far the cast has brought it. */
export interface Objective {
  id: Id;
  text: string;
  state: ObjectiveState;
  /** [0,1]; 1 when done. */
  progress: number;
}

/** A running conversation within a scenario: who is in it, what about, and where it stands. */
export interface Conversation {
  id: Id;
  /** Characters in it, in the order they joined (2–5). */
  participantIds: Id[];
  /** Topic key (`objective:<id>` or an everyday subject) and how it is said. */
  topicKey: string;
  topic: string;
  /** Lines said so far. */
  lines: number;
  /** Lines after which it winds down (chosen when it opens). */
  plannedLength: number;
  /** The last line: who said it, to whom, which act. */
  last: { speakerId: Id | null; addresseeIds: Id[]; act: string } | null;
  /** Names of people (not characters) who joined by speaking in it. */
  userNames: string[];
  openedTurn: number;
  lastTurn: number;
  /**
   * Phrase frames the template generator has used in it (`act:index`), which its lines do not repeat; part
   * of the conversation so that a line does not depend on which process wrote the earlier ones (a restart,
   * a branch). Absent on conversations stored before it.
   */
  framesUsed?: string[];
}

export interface Scenario {
  id: Id;
  ecosystemId: Id;
  title: string;
  setting: string;
  mood: ScenarioMood;
  objectives: Objective[];
  /** End the scenario once every objective is done. @default false */
  endWhenObjectivesDone?: boolean;
  /** Conversations under way (the director's state between turns). @default [] */
  conversations?: Conversation[];
  participantIds: Id[];
  /** Length of the scenario in minutes of clock time. */
  durationMinutes: number;
  /** Turns per minute of clock time. */
  speed: number;
  /** Optional cap on the number of turns (headless runs). */
  maxTurns: number | null;
  seed: number;
  status: ScenarioStatus;
  /** Turns played so far. */
  turn: number;
  /** Character ids addressed by name and not yet answered, oldest first. */
  addressed: Id[];
  startedAt: number;
  endedAt: number | null;
  /** Why it ended: 'duration' | 'max_turns' | 'user' | 'no_feasible_turns'. */
  endReason: string | null;
}

/** Event types; `character_interaction` data matches the plan's shape. */
export const EVENT_TYPES = [
  'character_interaction',
  'relationship_changed',
  'character_state_changed',
  'character_created',
  'character_updated',
  'character_deleted',
  'scenario_started',
  'scenario_paused',
  'scenario_resumed',
  'scenario_ended',
  'scenario_turn',
  'objective_progressed',
  'objective_completed',
  'user_intervention',
  'ecosystem_updated',
  'personality_drifted',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** An event as produced by the engine, before the store gives it an id and a seq. */
export interface EventDraft {
  type: EventType;
  ecosystemId: Id;
  /** ISO-8601 */
  timestamp: string;
  data: Record<string, unknown>;
}

/** The envelope delivered to subscribers (DESIGN.md §4). */
export interface EcosystemEvent extends EventDraft {
  id: Id;
  /** Gap-free, per ecosystem, starting at 1. */
  seq: number;
}
