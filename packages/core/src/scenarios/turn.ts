import { canStartInteraction, settleCharacter } from '../affect/index.ts';
import { scenarioTurnEvent } from '../events/index.ts';
import type { TurnSummary } from '../events/index.ts';
import { checkFeasibility, processInteraction } from '../interactions/index.ts';
import type { InteractionResult } from '../interactions/index.ts';
import type { Character, EcosystemEvent, EventDraft, Id, Relationship, Scenario } from '../model.ts';
import type { EngineDeps, EngineStore, Random } from '../ports/index.ts';
import { randomFor } from '../random/index.ts';
import { driftRelationship } from '../relationships/index.ts';
import { chooseInteractionType, objectivePull, speakerOrder, targetOrder } from './casting.ts';
import { mentionedIn } from './mentions.ts';
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
    const played = await playFirstFeasible({ ...deps, store, random }, scenario, cast, views, now);

    const next: Scenario = { ...scenario, turn: scenario.turn + 1 };
    if (played.kind === 'played') next.addressed = updatedAddressed(scenario, cast, played.result);
    const drafts: EventDraft[] = [scenarioTurnEvent(next, played.summary, now)];
    let final = next;
    if (next.maxTurns !== null && next.turn >= next.maxTurns) {
      const ended = await markEnded(store, next, 'max_turns', now);
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

type Played =
  | { kind: 'played'; result: InteractionResult & { success: true }; summary: TurnSummary }
  | { kind: 'skipped'; reason: string; summary: TurnSummary };

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

/** Tries speakers and their listeners in the director's order; plays the first feasible exchange. */
async function playFirstFeasible(
  deps: EngineDeps & { random: Random },
  s: Scenario,
  cast: readonly Character[],
  stored: ReadonlyMap<string, Relationship>,
  now: number,
): Promise<Played> {
  if (cast.length < 2) return skip('too_few_active_participants');
  const speakers = speakerOrder(cast, s.addressed, deps.random).filter((c) => canStartInteraction(c.energy));
  if (speakers.length === 0) return skip('everyone_tired');
  const view = (fromId: Id, toId: Id) => {
    const r = stored.get(pairKey(fromId, toId));
    return r ? driftRelationship(r, now) : null;
  };
  const lastPair = mostRecentPair(stored);
  const pull = objectivePull(s.objectives);
  const context = { title: s.title, setting: s.setting, mood: s.mood, objectives: s.objectives };
  for (const speaker of speakers) {
    const listeners = targetOrder(speaker, cast, (toId) => view(speaker.id, toId), s.mood, lastPair, deps.random);
    for (const target of listeners) {
      const relationships = {
        forward: stored.get(pairKey(speaker.id, target.id)) ?? null,
        reverse: stored.get(pairKey(target.id, speaker.id)) ?? null,
      };
      if (!checkFeasibility(speaker, target, now, relationships).ok) continue;
      const type = chooseInteractionType(speaker, view(speaker.id, target.id), s.mood, pull, deps.random);
      const result = await processInteraction(deps, {
        initiatorId: speaker.id, targetId: target.id, type, content: null, scenarioId: s.id, scenario: context,
      });
      if (!result.success) continue;
      return {
        kind: 'played',
        result,
        summary: { speakerId: speaker.id, targetId: target.id, interactionType: type, interactionId: result.interaction.id },
      };
    }
  }
  return skip('no_feasible_pair');
}

function skip(reason: string): Played {
  return { kind: 'skipped', reason, summary: { skipped: reason } };
}

/** The two characters who spoke most recently (by their relationships' last contact), or none. */
function mostRecentPair(stored: ReadonlyMap<string, Relationship>): Id[] {
  let latest: Relationship | null = null;
  for (const r of stored.values()) {
    if (r.lastInteractionAt !== null && (latest === null || r.lastInteractionAt > latest.lastInteractionAt!)) latest = r;
  }
  return latest ? [latest.fromId, latest.toId] : [];
}

/**
 * Who is waiting to speak after this exchange: both speakers have had their say, and everyone else the
 * reply names joins the queue. The initiator is not queued when the reply names it back — replies
 * usually do, and queueing would lock the scene into one pair.
 */
function updatedAddressed(s: Scenario, cast: readonly Character[], result: InteractionResult & { success: true }): Id[] {
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
