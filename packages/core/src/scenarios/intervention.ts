import { appraise, settleCharacter } from '../affect/index.ts';
import { EngineError } from '../errors.ts';
import { characterStateChangedEvent, userInterventionEvent } from '../events/index.ts';
import {
  DIALOGUE_MEMORY_LIMIT, afterExchange, recallAsk, lastLineOf, shortlist, userExchangeMemory,
} from '../interactions/index.ts';
import { formMemory, retrieveMemories } from '../memory/index.ts';
import type { Character, EcosystemEvent, EventDraft, Id, InteractionType, Scenario } from '../model.ts';
import type { EngineDeps, EngineStore } from '../ports/index.ts';
import { objectiveTexts } from '../conversations/objectives.ts';
import { eagerness } from './casting.ts';
import { mentionedIn } from './mentions.ts';
import { loadScenario } from './scenario-state.ts';

/** A user's message in a scenario: to one character, or to everyone when no target is given. */
export interface Intervention {
  userName: string;
  message: string;
  targetCharacterId?: Id | null;
}

/** Caps on an intervention. */
export const INTERVENTION_LIMITS = { userNameMaxChars: 60, messageMaxChars: 2000 } as const;

/** A user message this negative is taken as a provocation, and answered as a conflict. */
export const PROVOCATION_SENTIMENT = -0.3;

/**
 * A user speaks into a running or paused scenario. A direct message is answered by its target; a
 * message to all by every participant it names, or else by the most eager one (talkativeness × energy).
 * Each replier appraises the message's tone (mood, last emotion), pays the energy of answering and
 * remembers the exchange. Emits user_intervention and character_state_changed per replier.
 * Errors: EngineError scenario_not_found, scenario_ended, invalid_intervention, not_a_participant,
 * participant_inactive, no_available_participant.
 */
export async function intervene(
  deps: EngineDeps, scenarioId: Id, intervention: Intervention,
): Promise<{ scenario: Scenario; responses: { characterId: Id; response: string }[]; events: EcosystemEvent[] }> {
  const userName = intervention.userName.trim();
  const message = intervention.message.trim();
  if (userName === '' || userName.length > INTERVENTION_LIMITS.userNameMaxChars
    || message === '' || message.length > INTERVENTION_LIMITS.messageMaxChars) {
    throw new EngineError('invalid_intervention', `Give a name of at most ${INTERVENTION_LIMITS.userNameMaxChars} `
      + `characters and a message of 1 to ${INTERVENTION_LIMITS.messageMaxChars} characters.`);
  }
  return deps.store.transaction(async (store) => {
    const scenario = await loadScenario(store, scenarioId);
    if (scenario.status === 'ended') {
      throw new EngineError('scenario_ended', 'This scenario has ended; it no longer takes messages.');
    }
    const now = deps.clock.now();
    const cast = await participants(store, scenario, now);
    const targetId = intervention.targetCharacterId ?? null;
    const repliers = chooseRepliers(cast, targetId, message);

    const sentiment = deps.sentiment.score(message);
    const type: InteractionType = sentiment <= PROVOCATION_SENTIMENT ? 'conflict' : 'chat';
    const context = { title: scenario.title, setting: scenario.setting, mood: scenario.mood, objectives: objectiveTexts(scenario.objectives) };
    const responses: { characterId: Id; response: string }[] = [];
    const stateDrafts: EventDraft[] = [];
    for (const replier of repliers) {
      const [memories = []] = await store.recallMemories([recallAsk(replier.id, null)]);
      const response = await deps.dialogue.generate({
        speaker: replier, listener: null, listenerName: userName, mode: 'reply', interactionType: type,
        incoming: message, relationship: null,
        memories: retrieveMemories(shortlist(memories, null), { now, aboutId: null, text: message }, DIALOGUE_MEMORY_LIMIT),
        scenario: context, previousLine: lastLineOf(memories), random: deps.random,
      });
      const emotions = appraise({
        interactionType: type, sentiment, role: 'target', relationshipStrength: 0, personality: replier.personality,
      });
      const after = afterExchange(replier, { type, role: 'target', emotions, now });
      await store.saveCharacter(after);
      await store.addMemory(formMemory({
        id: deps.ids.next(), ecosystemId: replier.ecosystemId, characterId: replier.id, aboutId: null,
        content: userExchangeMemory(userName, message, response), valence: sentiment,
        emotionalIntensity: emotions[0]?.intensity ?? 0, createdAt: now,
      }));
      responses.push({ characterId: replier.id, response });
      stateDrafts.push(characterStateChangedEvent(after, 'user_intervention', null, now));
    }

    const answered = new Set(repliers.map((c) => c.id));
    const addressed = scenario.addressed.filter((id) => !answered.has(id));
    for (const { response } of responses) {
      for (const id of mentionedIn(response, cast)) if (!answered.has(id) && !addressed.includes(id)) addressed.push(id);
    }
    const updated: Scenario = { ...scenario, addressed };
    await store.saveScenario(updated);
    const events = await store.appendEvents([
      userInterventionEvent(updated, { userName, message, targetCharacterId: targetId, responses }, now),
      ...stateDrafts,
    ]);
    return { scenario: updated, responses, events };
  });
}

/** The scenario's participants that still exist in its ecosystem, settled to now (inactive included). */
async function participants(store: EngineStore, s: Scenario, now: number): Promise<Character[]> {
  const loaded = await store.getCharacters(s.participantIds);
  const cast: Character[] = [];
  for (const id of s.participantIds) {
    const c = loaded.get(id);
    if (c && c.ecosystemId === s.ecosystemId) cast.push(settleCharacter(c, now));
  }
  return cast;
}

function chooseRepliers(cast: readonly Character[], targetId: Id | null, message: string): Character[] {
  if (targetId !== null) {
    const target = cast.find((c) => c.id === targetId);
    if (!target) throw new EngineError('not_a_participant', 'That character is not taking part in this scenario.');
    if (!target.active) throw new EngineError('participant_inactive', `${target.name} is inactive and cannot reply.`);
    return [target];
  }
  const available = cast.filter((c) => c.active);
  const named = mentionedIn(message, available).map((id) => available.find((c) => c.id === id)!);
  if (named.length > 0) return named;
  let eager: Character | null = null;
  for (const c of available) if (eager === null || eagerness(c) > eagerness(eager)) eager = c;
  if (!eager) throw new EngineError('no_available_participant', 'No participant is available to reply.');
  return [eager];
}
