import type { Conversation, Id, InteractionType, Objective, Scenario } from '../model.ts';
import type { ConversationClosingData, ConversationData, ObjectiveData } from './event-data.ts';
import { isoTimestamp } from './typed.ts';
import type { TypedEventDraft } from './typed.ts';

/** `scenario_started`, with everything the scenario was started with. */
export function scenarioStartedEvent(s: Scenario, now: number): TypedEventDraft<'scenario_started'> {
  return {
    type: 'scenario_started',
    ecosystemId: s.ecosystemId,
    timestamp: isoTimestamp(now),
    data: {
      scenario_id: s.id,
      title: s.title,
      setting: s.setting,
      mood: s.mood,
      objectives: s.objectives.map((o) => o.text),
      objective_states: s.objectives.map((o) => objectiveData(s.id, o)),
      participant_ids: [...s.participantIds],
      duration_minutes: s.durationMinutes,
      speed: s.speed,
      max_turns: s.maxTurns,
      seed: s.seed,
      started_at: isoTimestamp(s.startedAt),
      ...((s.conversations ?? []).length > 0 ? { conversations: s.conversations!.map(conversationData) } : {}),
      ...(s.addressed.length > 0 ? { addressed: [...s.addressed] } : {}),
    },
  };
}

/** A conversation in events' snake_case form. */
export function conversationData(c: Conversation): ConversationData {
  return {
    id: c.id,
    participant_ids: [...c.participantIds],
    topic_key: c.topicKey,
    topic: c.topic,
    lines: c.lines,
    planned_length: c.plannedLength,
    last: c.last && { speaker_id: c.last.speakerId, addressee_ids: [...c.last.addresseeIds], act: c.last.act },
    user_names: [...c.userNames],
    opened_turn: c.openedTurn,
    last_turn: c.lastTurn,
    ...(c.framesUsed && c.framesUsed.length > 0 ? { frames_used: [...c.framesUsed] } : {}),
  };
}

/** The conversation an event describes (the inverse of conversationData). */
export function conversationFromData(d: ConversationData): Conversation {
  return {
    id: d.id,
    participantIds: [...d.participant_ids],
    topicKey: d.topic_key,
    topic: d.topic,
    lines: d.lines,
    plannedLength: d.planned_length,
    last: d.last && { speakerId: d.last.speaker_id, addresseeIds: [...d.last.addressee_ids], act: d.last.act },
    userNames: [...d.user_names],
    openedTurn: d.opened_turn,
    lastTurn: d.last_turn,
    ...(d.frames_used ? { framesUsed: [...d.frames_used] } : {}),
  };
}

/** `scenario_paused`. */
export function scenarioPausedEvent(s: Scenario, now: number): TypedEventDraft<'scenario_paused'> {
  return {
    type: 'scenario_paused',
    ecosystemId: s.ecosystemId,
    timestamp: isoTimestamp(now),
    data: { scenario_id: s.id, title: s.title, turn: s.turn },
  };
}

/** `scenario_resumed`. */
export function scenarioResumedEvent(s: Scenario, now: number): TypedEventDraft<'scenario_resumed'> {
  return {
    type: 'scenario_resumed',
    ecosystemId: s.ecosystemId,
    timestamp: isoTimestamp(now),
    data: { scenario_id: s.id, title: s.title, turn: s.turn },
  };
}

/** `scenario_ended`, for a scenario already marked ended (its endReason is the reason). */
export function scenarioEndedEvent(s: Scenario, now: number): TypedEventDraft<'scenario_ended'> {
  return {
    type: 'scenario_ended',
    ecosystemId: s.ecosystemId,
    timestamp: isoTimestamp(now),
    data: {
      scenario_id: s.id,
      title: s.title,
      reason: s.endReason ?? 'unknown',
      turn: s.turn,
      ended_at: isoTimestamp(s.endedAt ?? now),
    },
  };
}

/** What happened in one turn: an exchange, or a skip with its reason. */
export type TurnSummary =
  | { speakerId: Id; targetId: Id; interactionType: InteractionType; interactionId: Id }
  | { skipped: string };

/**
 * `scenario_turn` for the turn the scenario's `turn` counter now shows (`s` is the scenario after the turn):
 * the conversations that closed in it, the one it spoke in (`spoken`, null when skipped or closed) and who is
 * waiting to be answered, so that replay can rebuild the conversations under way.
 */
export function scenarioTurnEvent(
  s: Scenario,
  summary: TurnSummary,
  now: number,
  closed: readonly ConversationClosingData[] = [],
  spoken: Conversation | null = null,
): TypedEventDraft<'scenario_turn'> {
  const played = 'speakerId' in summary ? summary : null;
  return {
    type: 'scenario_turn',
    ecosystemId: s.ecosystemId,
    timestamp: isoTimestamp(now),
    data: {
      scenario_id: s.id,
      turn: s.turn,
      speaker_id: played?.speakerId ?? null,
      target_id: played?.targetId ?? null,
      interaction_type: played?.interactionType ?? null,
      interaction_id: played?.interactionId ?? null,
      skipped: 'skipped' in summary ? summary.skipped : null,
      ...(closed.length > 0 ? { conversations_closed: [...closed] } : {}),
      conversation: spoken && conversationData(spoken),
      addressed: [...s.addressed],
    },
  };
}

/** What a `user_intervention` event reports. */
export interface UserInterventionEventInput {
  userName: string;
  message: string;
  targetCharacterId: Id | null;
  responses: readonly { characterId: Id; response: string; act?: string }[];
  /** The conversation the message joined, how it was read (act, topic), and conversations it closed. */
  conversationId?: Id;
  act?: string;
  topic?: string;
  closed?: readonly ConversationClosingData[];
  /** The conversation the message joined, after the replies (recorded with the scenario's `addressed`). */
  conversation?: Conversation;
}

/** `user_intervention`: a user's message in a scenario and the replies it drew. */
export function userInterventionEvent(
  s: Scenario,
  input: UserInterventionEventInput,
  now: number,
): TypedEventDraft<'user_intervention'> {
  return {
    type: 'user_intervention',
    ecosystemId: s.ecosystemId,
    timestamp: isoTimestamp(now),
    data: {
      scenario_id: s.id,
      user_name: input.userName,
      message: input.message,
      target_character_id: input.targetCharacterId,
      responses: input.responses.map((r) => ({
        character_id: r.characterId,
        response: r.response,
        ...(r.act !== undefined ? { act: r.act } : {}),
      })),
      ...(input.conversationId !== undefined ? { conversation_id: input.conversationId } : {}),
      ...(input.act !== undefined ? { act: input.act } : {}),
      ...(input.topic !== undefined ? { topic: input.topic } : {}),
      ...(input.closed && input.closed.length > 0 ? { conversations_closed: [...input.closed] } : {}),
      ...(input.conversation
        ? { conversation: conversationData(input.conversation), addressed: [...s.addressed] }
        : {}),
    },
  };
}

/** An objective in events' snake_case form. */
export function objectiveData(scenarioId: Id, o: Objective): ObjectiveData {
  return { scenario_id: scenarioId, objective_id: o.id, text: o.text, progress: o.progress, state: o.state };
}

/** `objective_progressed`, or `objective_completed` when the objective is now done. */
export function objectiveEvent(
  s: Scenario,
  o: Objective,
  now: number,
): TypedEventDraft<'objective_progressed'> | TypedEventDraft<'objective_completed'> {
  const data = objectiveData(s.id, o);
  const timestamp = isoTimestamp(now);
  return o.state === 'done'
    ? { type: 'objective_completed', ecosystemId: s.ecosystemId, timestamp, data }
    : { type: 'objective_progressed', ecosystemId: s.ecosystemId, timestamp, data };
}
