import { canStartInteraction, settleCharacter } from '../affect/index.ts';
import { objectiveData, objectiveEvent, scenarioTurnEvent } from '../events/index.ts';
import type { TurnSummary } from '../events/index.ts';
import { checkFeasibility, processInteraction } from '../interactions/index.ts';
import type { InteractionResult } from '../interactions/index.ts';
import type {
  Character,
  Conversation,
  EcosystemEvent,
  EventDraft,
  Id,
  Objective,
  Relationship,
  Scenario,
} from '../model.ts';
import type { EngineDeps, EngineStore, Random } from '../ports/index.ts';
import { randomFor } from '../random/index.ts';
import { driftRelationship } from '../relationships/index.ts';
import { interactionTypeOf, speakTurn } from '../conversations/conversation.ts';
import { closeInterrupted, planTurn, scenarioTopics } from '../conversations/director.ts';
import type { ConversationClosing } from '../conversations/director.ts';
import type { ConversationClosingData } from '../events/index.ts';
import { advanceObjectives, objectiveTexts } from '../conversations/objectives.ts';
import { sceneFactsOf } from '../dialogue/scene/facts.ts';
import { mentionedIn } from './mentions.ts';
import { rememberConversations } from './remember-conversations.ts';
import { dueEndReason, loadScenario, markEnded } from './scenario-state.ts';

/** What one call of runTurn did. */
export type TurnOutcome =
  | { kind: 'played'; scenario: Scenario; result: InteractionResult & { success: true }; events: EcosystemEvent[] }
  | { kind: 'skipped'; scenario: Scenario; reason: string; events: EcosystemEvent[] }
  | { kind: 'ended'; scenario: Scenario; events: EcosystemEvent[] }
  | { kind: 'not_running'; scenario: Scenario };

/**
 * Plays the next turn of a running scenario, in one transaction. Ends it instead when its time is up,
 * and right after the turn that reaches its turn cap. All randomness comes from (seed, turn), so the
 * same seed and inputs replay the same scenario. When no pair can interact (everyone tired or cooling
 * down) the turn is skipped but still counted, so time moves on.
 */
export function runTurn(deps: EngineDeps, scenarioId: Id): Promise<TurnOutcome> {
  return deps.store.transaction(async (store): Promise<TurnOutcome> => {
    const scenario = await loadScenario(store, scenarioId);
    if (scenario.status !== 'running') return { kind: 'not_running', scenario };
    const now = deps.clock.now();
    const due = dueEndReason(scenario, now);
    if (due) {
      const { scenario: ended, draft } = await markEnded(store, scenario, due, now);
      return { kind: 'ended', scenario: ended, events: await store.appendEvents([draft]) };
    }

    const random = randomFor(scenario.seed, scenario.turn);
    const cast = await loadCast(store, scenario, now);
    const views = await relationshipViews(store, scenario);
    const played = await playConversation({ ...deps, store, random }, scenario, cast, views, now);
    await rememberConversations(deps, store, played.closed, cast, now);

    const next: Scenario = { ...scenario, turn: scenario.turn + 1, conversations: played.conversations };
    const drafts: EventDraft[] = [];
    if (played.kind === 'played') {
      next.addressed = updatedAddressed(scenario, cast, played.result);
      next.objectives = played.objectives;
      drafts.push(...played.objectiveDrafts);
    }
    drafts.push(scenarioTurnEvent(next, played.summary, now, played.closed.map(closingData), played.spoken));
    let final = next;
    const allDone =
      next.endWhenObjectivesDone === true &&
      next.objectives.length > 0 &&
      next.objectives.every((o) => o.state === 'done');
    if (allDone || (next.maxTurns !== null && next.turn >= next.maxTurns)) {
      const ended = await markEnded(store, next, allDone ? 'objectives_done' : 'max_turns', now);
      final = ended.scenario;
      drafts.push(ended.draft);
    } else {
      await store.saveScenario(next);
    }
    const turnEvents = await store.appendEvents(drafts);
    if (played.kind === 'skipped') {
      return { kind: 'skipped', scenario: final, reason: played.reason, events: turnEvents };
    }
    return { kind: 'played', scenario: final, result: played.result, events: [...played.result.events, ...turnEvents] };
  });
}

type Played = (
  | {
      kind: 'played';
      result: InteractionResult & { success: true };
      summary: TurnSummary;
      objectives: Objective[];
      objectiveDrafts: EventDraft[];
    }
  | { kind: 'skipped'; reason: string; summary: TurnSummary }
) & {
  /** The conversations under way after the turn, and those that closed in it (interrupted, or run their course). */
  conversations: Conversation[];
  closed: ConversationClosing[];
  /** The conversation the turn spoke in, as it stands after it (the last of `conversations`); null when none. */
  spoken: Conversation | null;
};

function closingData(c: ConversationClosing): ConversationClosingData {
  return { conversation_id: c.conversation.id, reason: c.reason };
}

/** Participants that can take part now: existing, active, of the scenario's ecosystem, settled to now. */
async function loadCast(store: EngineStore, s: Scenario, now: number): Promise<Character[]> {
  const loaded = await store.lockCharacters(s.participantIds);
  const cast: Character[] = [];
  for (const id of s.participantIds) {
    const c = loaded.get(id);
    if (c && c.active && c.ecosystemId === s.ecosystemId) cast.push(settleCharacter(c, now));
  }
  return cast;
}

/** Relationships among the participants as they stand now, keyed "from→to", from one listing. */
async function relationshipViews(store: EngineStore, s: Scenario): Promise<Map<string, Relationship>> {
  const members = new Set(s.participantIds);
  const views = new Map<string, Relationship>();
  for (const r of await store.listRelationships(s.ecosystemId)) {
    if (members.has(r.fromId) && members.has(r.toId)) views.set(pairKey(r.fromId, r.toId), r);
  }
  return views;
}

/** Plays the director's next conversation turn: who speaks in which conversation, the lines, their effects. */
async function playConversation(
  deps: EngineDeps & { random: Random },
  s: Scenario,
  cast: readonly Character[],
  stored: ReadonlyMap<string, Relationship>,
  now: number,
): Promise<Played> {
  // Conversations interrupted since the last turn (someone left, too few with energy left) close first.
  const { open, closed } = closeInterrupted(s.conversations ?? [], cast);
  const skip = (reason: string): Played => ({
    kind: 'skipped',
    reason,
    summary: { skipped: reason },
    conversations: open,
    closed,
    spoken: null,
  });
  if (cast.length < 2) return skip('too_few_active_participants');
  if (!cast.some((c) => canStartInteraction(c.energy))) return skip('everyone_tired');
  const facts = sceneFactsOf(s.setting, s.title);
  const topics = scenarioTopics(s, facts);
  const canPair = (a: Character, b: Character) =>
    checkFeasibility(a, b, now, {
      forward: stored.get(pairKey(a.id, b.id)) ?? null,
      reverse: stored.get(pairKey(b.id, a.id)) ?? null,
    }).ok;
  const plan = planTurn({ ...s, conversations: open }, cast, topics, deps.random, canPair);
  if (!plan) return skip('no_feasible_pair');
  const strength = (from: Character, to: Character) => {
    const r = stored.get(pairKey(from.id, to.id));
    return r ? driftRelationship(r, now).strength : 0;
  };
  const spoken = await speakTurn(
    deps,
    s,
    plan,
    strength,
    new Map(),
    cast.map((c) => c.name),
  );
  const speakers = new Set(spoken.lines.map((l) => l.speakerId)).size;
  const moved = advanceObjectives(s.objectives, spoken.lines, speakers);
  const objectiveTopic = plan.topic.objectiveId !== null;
  const type = interactionTypeOf(spoken.lines[0]!.act, objectiveTopic);
  const result = await processInteraction(deps, {
    initiatorId: plan.speaker.id,
    targetId: plan.target.id,
    type,
    content: spoken.lines[0]!.text,
    response: spoken.lines[1]!.text,
    scenarioId: s.id,
    scenario: { title: s.title, setting: s.setting, mood: s.mood, objectives: objectiveTexts(s.objectives) },
    conversation: {
      id: plan.conversation.id,
      lines: spoken.lines.map((l) => ({
        speaker: l.speakerId,
        addressees: l.addresseeIds,
        act: l.act,
        topic: l.topic,
        text: l.text,
        emotion: l.emotion,
      })),
      objectivesMoved: moved.moves.map((m) => objectiveData(s.id, m.objective)),
    },
  });
  if (!result.success) return skip(result.reason);
  const others = open.filter((c) => c.id !== plan.conversation.id);
  const conversations: Conversation[] = spoken.closed ? others : [...others, spoken.conversation];
  if (spoken.closed) {
    const farewell = spoken.lines.some((l) => l.act === 'farewell');
    closed.push({ conversation: spoken.conversation, reason: farewell ? 'farewell' : 'walked_off' });
  }
  return {
    kind: 'played',
    result,
    conversations,
    closed,
    spoken: spoken.closed ? null : spoken.conversation,
    objectives: moved.objectives,
    objectiveDrafts: moved.moves.map((m) => objectiveEvent(s, m.objective, now)),
    summary: {
      speakerId: plan.speaker.id,
      targetId: plan.target.id,
      interactionType: type,
      interactionId: result.interaction.id,
    },
  };
}

/**
 * Who is waiting to speak after this exchange: both speakers have had their say, and everyone else the
 * reply names joins the queue. The initiator is not queued when the reply names it back — replies
 * usually do, and queueing would lock the scene into one pair.
 */
function updatedAddressed(
  s: Scenario,
  cast: readonly Character[],
  result: InteractionResult & { success: true },
): Id[] {
  const { initiatorId, targetId } = result.interaction;
  const spoke = new Set([initiatorId, targetId]);
  const waiting = s.addressed.filter((id) => !spoke.has(id));
  for (const id of mentionedIn(result.response, cast)) {
    if (!spoke.has(id) && !waiting.includes(id)) waiting.push(id);
  }
  return waiting;
}

function pairKey(fromId: Id, toId: Id): string {
  return `${fromId}\u0000${toId}`;
}
