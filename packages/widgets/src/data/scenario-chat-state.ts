import { isEventOfType } from '@ensemble/sdk';
import type { ChatLineView, EcosystemEvent, ParticipantView, ScenarioView } from '../model/views.ts';
import { chatLinesOf, mergeChatLines, withTurn } from './chat-lines.ts';
import { applyEventToCharacters, namesOf } from './participants.ts';

/** Everything a scenario's chat shows, as one value the live events fold into. */
export interface ScenarioChatState {
  scenario: ScenarioView;
  /** What was said, in seq order. */
  lines: readonly ChatLineView[];
  /** Every character of the ecosystem; the scenario's participants are picked from them. */
  characters: readonly ParticipantView[];
  /** Names by id, kept for characters deleted since, so their old lines still read well. */
  names: Readonly<Record<string, string>>;
  /**
   * Seq the scenario and characters were read at. Older events are replayed only to enrich the transcript
   * (emotions, relationship changes): their scenario status and moods are out of date.
   */
  asOfSeq: number;
  /** Seq of each of this scenario's interactions, so the scenario_turn that follows can number its lines. */
  interactionSeqs: Readonly<Record<string, number>>;
}

/** The scenario fields the chat shows, from the API's scenario. */
export function scenarioViewOf(s: ScenarioView): ScenarioView {
  return {
    id: s.id,
    title: s.title,
    setting: s.setting,
    mood: s.mood,
    status: s.status,
    turn: s.turn,
    participantIds: [...s.participantIds],
    ...(s.speed === undefined ? {} : { speed: s.speed }),
    ...(s.startedAt === undefined ? {} : { startedAt: s.startedAt }),
  };
}

/** The scenario after one event: pauses, resumes and ends set its status, played turns its turn count. */
export function applyEventToScenario(scenario: ScenarioView, event: EcosystemEvent): ScenarioView {
  if ((event.data as { scenario_id?: unknown }).scenario_id !== scenario.id) return scenario;
  if (isEventOfType(event, 'scenario_paused')) return { ...scenario, status: 'paused', turn: event.data.turn };
  if (isEventOfType(event, 'scenario_resumed')) return { ...scenario, status: 'running', turn: event.data.turn };
  if (isEventOfType(event, 'scenario_ended')) return { ...scenario, status: 'ended', turn: event.data.turn };
  if (isEventOfType(event, 'scenario_turn') && event.data.turn > scenario.turn)
    return { ...scenario, turn: event.data.turn };
  return scenario;
}

/** The chat after one event of the ecosystem (events of other scenarios change only the characters). */
export function applyEventToChat(state: ScenarioChatState, event: EcosystemEvent): ScenarioChatState {
  let next = state;
  if (event.seq > state.asOfSeq) {
    const characters = applyEventToCharacters(state.characters, event);
    const scenario = applyEventToScenario(state.scenario, event);
    if (characters !== state.characters)
      next = { ...next, characters, names: { ...next.names, ...namesOf(characters) } };
    if (scenario !== state.scenario) next = { ...next, scenario };
  }
  if ((event.data as { scenario_id?: unknown }).scenario_id !== state.scenario.id) return next;
  if (isEventOfType(event, 'scenario_turn') && event.data.interaction_id !== null) {
    const seq = next.interactionSeqs[event.data.interaction_id];
    const lines = seq === undefined ? next.lines : withTurn(next.lines, seq, event.data.turn);
    return lines === next.lines ? next : { ...next, lines };
  }
  const added = chatLinesOf(event, next.names);
  if (added.length === 0) return next;
  const interactionSeqs = isEventOfType(event, 'character_interaction')
    ? { ...next.interactionSeqs, [event.data.interaction_id]: event.seq }
    : next.interactionSeqs;
  return { ...next, lines: mergeChatLines(next.lines, added), interactionSeqs };
}

/** The scenario's participants, in the scenario's order, as the characters now are. */
export function participantsOf(state: Pick<ScenarioChatState, 'scenario' | 'characters'>): ParticipantView[] {
  const byId = new Map(state.characters.map((c) => [c.id, c]));
  return state.scenario.participantIds.flatMap((id) => byId.get(id) ?? []);
}
