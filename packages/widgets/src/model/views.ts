/**
 * The shapes the widgets draw, as the API returns them (apps/api/src/observatory/{graph,dashboard}.ts,
 * core's TranscriptLine and RelationshipPoint). Declared here, structurally, so a component can be
 * rendered from plain props in tests and on host pages; whatever the SDK returns is assignable to them.
 */
import type {
  EcosystemEvent,
  EventType,
  InteractionType,
  MoodOctant,
  RelationshipLabel,
  ScenarioMood,
} from '@ensemble/sdk';

/** PAD octants (ALMA naming) and the atmospheres a scenario can be started with: the engine's own lists. */
export { MOOD_OCTANTS, SCENARIO_MOODS } from '@ensemble/sdk';
export type { MoodOctant, ScenarioMood };

/** OCC emotions of the ALMA appraisal (as core's EmotionName). */
export type EmotionName =
  | 'joy'
  | 'distress'
  | 'admiration'
  | 'reproach'
  | 'gratitude'
  | 'anger'
  | 'fear'
  | 'hope'
  | 'pride'
  | 'shame';

export type { EcosystemEvent, EventType, InteractionType, RelationshipLabel };

/** A mood point with its ALMA label, e.g. { pleasure: .4, …, label: 'moderately exuberant', octant: 'exuberant' }. */
export interface MoodView {
  pleasure: number;
  arousal: number;
  dominance: number;
  label: string;
  octant: MoodOctant;
}

/** One character in the relationship graph. */
export interface GraphNodeView {
  id: string;
  name: string;
  mood: MoodView;
  /** [0,1] */
  energy: number;
  /** Distinct characters tied to this one. */
  degree: number;
  active: boolean;
}

/** A directed edge: how `source` sees `target`. */
export interface GraphEdgeView {
  source: string;
  target: string;
  /** [-1,1], hostile to warm */
  strength: number;
  /** [0,1] */
  trust: number;
  interactionCount: number;
  label: RelationshipLabel;
}

export interface EcosystemGraphView {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
}

/** The Observatory numbers EcosystemStats shows (a subset of the API's Dashboard). */
export interface DashboardView {
  stats: { characters: number; relationships: number; activeConversations: number; activeCharacters?: number };
  eventsPerMinute: { series: number[]; current: number };
  moodDistribution: Record<MoodOctant, number>;
}

/** One spoken line of a scenario (core's TranscriptLine). */
export interface TranscriptLineView {
  seq: number;
  timestamp: string;
  turn: number | null;
  kind: 'opening' | 'reply' | 'user' | 'user_reply';
  speakerId: string | null;
  speakerName: string;
  addresseeId: string | null;
  addresseeName: string | null;
  interactionType: InteractionType | null;
  text: string;
  /** The conversation (thread) the line belongs to, when the scene keeps several at once. */
  conversationId?: string;
  /** What the line is about, as said. */
  topic?: string;
}

/** A relationship's change as a chat chip shows it: who now sees whom how. */
export interface RelationshipChipView {
  fromId: string;
  toId: string;
  fromName: string;
  toName: string;
  strengthDelta: number;
  trustDelta: number;
  label: RelationshipLabel;
}

/** A transcript line with what the live events add: the speaker's emotion and the relationship changes. */
export interface ChatLineView extends TranscriptLineView {
  emotion?: EmotionName | null;
  moodLabel?: string;
  relationshipChanges?: RelationshipChipView[];
}

export type ScenarioStatus = 'running' | 'paused' | 'ended';

/** The scenario fields the chat header and controls need. */
export interface ScenarioView {
  id: string;
  title: string;
  setting: string;
  mood: ScenarioMood;
  status: ScenarioStatus;
  turn: number;
  participantIds: string[];
  /** Turns per minute (the first turn comes one interval after the start). */
  speed?: number;
  /** When it started, ms since the epoch. */
  startedAt?: number;
}

/** A character as the participant list and the director show it. */
export interface ParticipantView {
  id: string;
  name: string;
  /** [0,1] */
  energy: number;
  mood: { pleasure: number; arousal: number; dominance: number };
  emotion?: EmotionName | null;
  active?: boolean;
}

/** Strength and trust of one direction after one change (the API's RelationshipPoint). */
export interface RelationshipPointView {
  /** ms since the epoch */
  at: number;
  strength: number;
  trust: number;
}
