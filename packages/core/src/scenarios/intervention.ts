import { appraise, settleCharacter } from '../affect/index.ts';
import { EngineError } from '../errors.ts';
import { characterStateChangedEvent, objectiveEvent, userInterventionEvent } from '../events/index.ts';
import {
  DIALOGUE_MEMORY_LIMIT,
  afterExchange,
  recallAsk,
  lastLineOf,
  meaningOf,
  shortlist,
  userExchangeMemory,
} from '../interactions/index.ts';
import { formMemory, retrieveMemories } from '../memory/index.ts';
import type { Character, Conversation, EcosystemEvent, EventDraft, Id, InteractionType, Scenario } from '../model.ts';
import type { EngineDeps, EngineStore, Random } from '../ports/index.ts';
import { replyAct } from '../conversations/acts.ts';
import type { DialogueAct } from '../conversations/acts.ts';
import { PLANNED_LENGTH, scenarioTopics } from '../conversations/director.ts';
import type { ConversationClosing } from '../conversations/director.ts';
import { readMessage } from '../conversations/message.ts';
import type { ReadMessage } from '../conversations/message.ts';
import { advanceObjectives, objectiveTexts } from '../conversations/objectives.ts';
import type { Topic } from '../conversations/topics.ts';
import { sceneFactsOf } from '../dialogue/scene/facts.ts';
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
  deps: EngineDeps,
  scenarioId: Id,
  intervention: Intervention,
): Promise<{
  scenario: Scenario;
  responses: { characterId: Id; response: string }[];
  events: EcosystemEvent[];
  /** The conversation the message joined or opened. */
  conversationId: Id;
}> {
  const userName = intervention.userName.trim();
  const message = intervention.message.trim();
  if (
    userName === '' ||
    userName.length > INTERVENTION_LIMITS.userNameMaxChars ||
    message === '' ||
    message.length > INTERVENTION_LIMITS.messageMaxChars
  ) {
    throw new EngineError(
      'invalid_intervention',
      `Give a name of at most ${INTERVENTION_LIMITS.userNameMaxChars} ` +
        `characters and a message of 1 to ${INTERVENTION_LIMITS.messageMaxChars} characters.`,
    );
  }
  return deps.store.transaction(async (store) => {
    const scenario = await loadScenario(store, scenarioId);
    if (scenario.status === 'ended') {
      throw new EngineError('scenario_ended', 'This scenario has ended; it no longer takes messages.');
    }
    const now = deps.clock.now();
    const cast = await participants(store, scenario, now);
    const targetId = intervention.targetCharacterId ?? null;
    // The person stays in the conversation they joined until it closes: a message to everyone goes there.
    const current = (scenario.conversations ?? []).find((c) => c.userNames.includes(userName)) ?? null;
    const repliers = chooseRepliers(cast, targetId, message, deps.random, current);
    const talk = readTalk(scenario, cast, targetId ?? repliers[0]!.id, message, now, current);

    const sentiment = deps.sentiment.score(message);
    const type: InteractionType = sentiment <= PROVOCATION_SENTIMENT ? 'conflict' : 'chat';
    const context = {
      title: scenario.title,
      setting: scenario.setting,
      mood: scenario.mood,
      objectives: objectiveTexts(scenario.objectives),
    };
    const responses: { characterId: Id; response: string }[] = [];
    const stateDrafts: EventDraft[] = [];
    const acts: DialogueAct[] = [];
    const framesUsed = [...(talk.conversation.framesUsed ?? [])];
    for (const replier of repliers) {
      const [memories = []] = await store.recallMemories([recallAsk(replier.id, null, deps.meaning !== undefined)]);
      const act = replyAct(
        talk.read.act,
        { personality: replier.personality, strength: 0, energy: replier.energy },
        deps.random,
      );
      acts.push(act);
      const response = await deps.dialogue.generate({
        speaker: replier,
        listener: null,
        listenerName: userName,
        mode: 'reply',
        interactionType: type,
        incoming: message,
        relationship: null,
        memories: retrieveMemories(
          shortlist(memories, null, deps.meaning !== undefined),
          { now, aboutId: null, text: message, embedding: meaningOf(deps, message) },
          DIALOGUE_MEMORY_LIMIT,
        ),
        scenario: context,
        previousLine: lastLineOf(memories),
        random: deps.random,
        line: {
          act,
          topic: talk.topic.label,
          conversationId: talk.conversation.id,
          addressees: [userName],
          framesUsed,
        },
      });
      const emotions = appraise({
        interactionType: type,
        sentiment,
        role: 'target',
        relationshipStrength: 0,
        personality: replier.personality,
      });
      const after = afterExchange(replier, { type, role: 'target', emotions, now });
      await store.saveCharacter(after);
      await store.addMemory(
        formMemory({
          id: deps.ids.next(),
          ecosystemId: replier.ecosystemId,
          characterId: replier.id,
          aboutId: null,
          content: userExchangeMemory(userName, message, response),
          valence: sentiment,
          emotionalIntensity: emotions[0]?.intensity ?? 0,
          createdAt: now,
        }),
      );
      responses.push({ characterId: replier.id, response });
      stateDrafts.push(characterStateChangedEvent(after, 'user_intervention', null, now));
    }

    const answered = new Set(repliers.map((c) => c.id));
    const addressed = scenario.addressed.filter((id) => !answered.has(id));
    for (const { response } of responses) {
      for (const id of mentionedIn(response, cast))
        if (!answered.has(id) && !addressed.includes(id)) addressed.push(id);
    }
    // The person joins the conversation (or opens one); its topic is now what they asked about.
    const lastReplier = repliers[repliers.length - 1]!;
    const conversation: Conversation = {
      ...talk.conversation,
      participantIds: [...new Set([...talk.conversation.participantIds, ...repliers.map((c) => c.id)])].slice(0, 5),
      topicKey: talk.topic.key,
      topic: talk.topic.label,
      lines: talk.conversation.lines + 1 + repliers.length,
      userNames: talk.conversation.userNames.includes(userName)
        ? talk.conversation.userNames
        : [...talk.conversation.userNames, userName],
      last: { speakerId: lastReplier.id, addresseeIds: [], act: acts[acts.length - 1]! },
      lastTurn: scenario.turn,
      framesUsed,
    };
    // Speaking to someone in another conversation, the person leaves the one they were in; left with
    // fewer than two characters and nobody else, it is interrupted (closed as called_away).
    const closed: ConversationClosing[] = [];
    const others: Conversation[] = [];
    for (const c of scenario.conversations ?? []) {
      if (c.id === conversation.id) continue;
      if (!c.userNames.includes(userName)) {
        others.push(c);
        continue;
      }
      const left: Conversation = { ...c, userNames: c.userNames.filter((n) => n !== userName) };
      const present = left.participantIds.filter((id) => cast.some((x) => x.id === id && x.active)).length;
      if (left.userNames.length === 0 && present < 2) closed.push({ conversation: left, reason: 'called_away' });
      else others.push(left);
    }
    const moved = advanceObjectives(
      scenario.objectives,
      [
        { act: talk.read.act, objectiveId: talk.topic.objectiveId },
        ...acts.map((act) => ({ act, objectiveId: talk.topic.objectiveId })),
      ],
      repliers.length + 1,
    );
    const updated: Scenario = {
      ...scenario,
      addressed,
      conversations: [...others, conversation],
      objectives: moved.objectives,
    };
    await store.saveScenario(updated);
    const events = await store.appendEvents([
      userInterventionEvent(
        updated,
        {
          userName,
          message,
          targetCharacterId: targetId,
          responses: responses.map((r, i) => ({ ...r, act: acts[i]! })),
          conversationId: conversation.id,
          act: talk.read.act,
          topic: talk.topic.label,
          closed: closed.map((c) => ({ conversation_id: c.conversation.id, reason: c.reason })),
          conversation,
        },
        now,
      ),
      ...stateDrafts,
      ...moved.moves.map((m) => objectiveEvent(updated, m.objective, now)),
    ]);
    return { scenario: updated, responses, events, conversationId: conversation.id };
  });
}

/** The scenario's participants that still exist in its ecosystem, settled to now (inactive included). */
async function participants(store: EngineStore, s: Scenario, now: number): Promise<Character[]> {
  const loaded = await store.lockCharacters(s.participantIds);
  const cast: Character[] = [];
  for (const id of s.participantIds) {
    const c = loaded.get(id);
    if (c && c.ecosystemId === s.ecosystemId) cast.push(settleCharacter(c, now));
  }
  return cast;
}

/**
 * What a person's message is about and which conversation it joins: the addressed character's
 * conversation if it is in one, else a new one. The topic is the scene topic the message names, else the
 * thing it names ("the lanterns"), else the conversation's topic, else the scene's first topic.
 */
function readTalk(
  s: Scenario,
  cast: readonly Character[],
  anchorId: Id,
  message: string,
  now: number,
  current: Conversation | null,
): { read: ReadMessage; topic: Topic; conversation: Conversation } {
  const topics = scenarioTopics(s, sceneFactsOf(s.setting, s.title));
  const read = readMessage(
    message,
    topics,
    cast.map((c) => c.name),
  );
  // The addressed character's conversation; else the person's own, which the character joins; else a new one.
  const existing =
    (s.conversations ?? []).find((c) => c.participantIds.includes(anchorId)) ??
    (current && current.participantIds.length < 5
      ? { ...current, participantIds: [...current.participantIds, anchorId] }
      : undefined);
  const conversation: Conversation = existing ?? {
    id: `${s.id}.u${s.turn}.${now}`,
    participantIds: [anchorId],
    topicKey: topics[0]?.key ?? 'place',
    topic: topics[0]?.label ?? 'this place',
    lines: 0,
    plannedLength: PLANNED_LENGTH.min + PLANNED_LENGTH.spread - 1,
    last: null,
    userNames: [],
    openedTurn: s.turn,
    lastTurn: s.turn,
  };
  const topic: Topic = read.topic ??
    (read.subject ? { key: `subject:${read.subject}`, label: read.subject, objectiveId: null } : null) ??
    topics.find((t) => t.key === conversation.topicKey) ?? {
      key: conversation.topicKey,
      label: conversation.topic,
      objectiveId: null,
    };
  return { read, topic, conversation };
}

/** Chance that a talkative participant (extraversion ≥ 0.6) also answers a message to everyone. */
export const EXTRA_REPLY_EXTRAVERSION = 0.6;

/**
 * Who answers: the target; else everyone the message names; else, to everyone, the most eager of the
 * conversation the person is in (`current`), or of the whole cast when they are in none, and by chance
 * other talkative ones of the same group.
 */
function chooseRepliers(
  cast: readonly Character[],
  targetId: Id | null,
  message: string,
  random: Random,
  current: Conversation | null,
): Character[] {
  if (targetId !== null) {
    const target = cast.find((c) => c.id === targetId);
    if (!target) throw new EngineError('not_a_participant', 'That character is not taking part in this scenario.');
    if (!target.active) throw new EngineError('participant_inactive', `${target.name} is inactive and cannot reply.`);
    return [target];
  }
  const everyone = cast.filter((c) => c.active);
  const named = mentionedIn(message, everyone).map((id) => everyone.find((c) => c.id === id)!);
  if (named.length > 0) return named;
  const inCurrent = current ? everyone.filter((c) => current.participantIds.includes(c.id)) : [];
  const available = inCurrent.length > 0 ? inCurrent : everyone;
  let eager: Character | null = null;
  for (const c of available) if (eager === null || eagerness(c) > eagerness(eager)) eager = c;
  if (!eager) throw new EngineError('no_available_participant', 'No participant is available to reply.');
  // A message to everyone gets one to three replies: the most talkative, then other talkative ones by chance.
  const repliers = [eager];
  const rest = [...available].filter((c) => c.id !== eager.id).sort((a, b) => eagerness(b) - eagerness(a));
  for (const c of rest) {
    if (repliers.length >= 3) break;
    if (c.personality.extraversion >= EXTRA_REPLY_EXTRAVERSION && random.next() < c.personality.extraversion)
      repliers.push(c);
  }
  return repliers;
}
