import { canStartInteraction } from '../affect/index.ts';
import type { SceneFacts } from '../dialogue/scene/facts.ts';
import type { ConversationCloseReason } from '../events/event-data.ts';
import type { Character, Conversation, Id, Scenario } from '../model.ts';
import type { Random } from '../ports/index.ts';
import { pick } from '../random/index.ts';
import type { DialogueAct } from './acts.ts';
import { topicsOf } from './topics.ts';
import type { Topic } from './topics.ts';

/** Most conversations running at once in a scene, for a cast of n: one per three characters, 1 to 3. */
export function maxConversations(castSize: number): number {
  return Math.min(3, Math.max(1, Math.floor(castSize / 3)));
}

/** Chance that a conversation opens with greetings rather than by addressing someone directly. */
export const GREETING_CHANCE = 0.15;
/** Chance that a conversation ends with farewells rather than with people walking off. */
export const FAREWELL_CHANCE = 0.25;

/** Chance that an idle pair opens a conversation about an open objective rather than everyday talk. */
export const OBJECTIVE_STEER_CHANCE = 0.6;
/** Chance per turn that a third character chimes in (joining the conversation if not yet in it). */
export const CHIME_CHANCE = 0.3;
/** Lines a conversation runs before winding down: MIN + a draw below SPREAD. */
export const PLANNED_LENGTH = { min: 4, spread: 7 } as const;
/** A conversation topic runs at least this many lines before it may drift to another for no reason. */
export const TOPIC_MIN_LINES = 6;
/** Chance, past TOPIC_MIN_LINES, that a speaker moves to another topic. */
export const TOPIC_DRIFT_CHANCE = 0.25;

/** Why a conversation closed (see ConversationCloseReason in the event data). */
export type ConversationClosing = { conversation: Conversation; reason: ConversationCloseReason };

/**
 * Conversations interrupted by what happened since their last line: one whose characters left the scene
 * (inactive, deleted or no longer cast) until fewer than two remain closes as `participant_left`; one
 * where fewer than two still have the energy to talk closes as `exhausted`. A conversation a person is
 * in stays open while one of its characters is present: the director lets a nearby character join it.
 * `cast` is the scene's present, active characters.
 */
export function closeInterrupted(
  conversations: readonly Conversation[],
  cast: readonly Character[],
): { open: Conversation[]; closed: ConversationClosing[] } {
  const byId = new Map(cast.map((c) => [c.id, c]));
  const open: Conversation[] = [];
  const closed: ConversationClosing[] = [];
  for (const conv of conversations) {
    const present = conv.participantIds.map((id) => byId.get(id)).filter((c): c is Character => c !== undefined);
    const person = conv.userNames.length > 0;
    if (present.length < (person ? 1 : 2)) closed.push({ conversation: conv, reason: 'participant_left' });
    else if (!person && present.filter((c) => canStartInteraction(c.energy)).length < 2)
      closed.push({ conversation: conv, reason: 'exhausted' });
    else open.push(conv);
  }
  return { open, closed };
}

/** One turn of a conversation as the director plans it. */
export interface TurnPlan {
  conversation: Conversation;
  opening: boolean;
  speaker: Character;
  target: Character;
  /** A third voice after the reply, if any. */
  chimer: Character | null;
  topic: Topic;
  /** The speaker's act when it is fixed by the conversation (greeting, farewell), else null. */
  fixedAct: DialogueAct | null;
  /** The conversation ends after this turn (with farewells, or people walking off). */
  closing: boolean;
}

/** Talkativeness × energy: who speaks up when nobody was addressed. */
export function talkativeness(c: Character): number {
  return (0.3 + c.personality.extraversion) * (0.2 + c.energy);
}

function weighted<T>(random: Random, items: readonly T[], weight: (t: T) => number): T {
  let total = 0;
  for (const t of items) total += Math.max(0, weight(t));
  let x = random.next() * total;
  for (const t of items) {
    x -= Math.max(0, weight(t));
    if (x <= 0) return t;
  }
  return items[items.length - 1]!;
}

/** The topics a scenario offers, with done objectives left out. */
export function scenarioTopics(s: Scenario, facts: SceneFacts): Topic[] {
  return topicsOf(
    s.objectives.filter((o) => o.state !== 'done'),
    facts,
  );
}

/** A topic for a new or drifting conversation: an open objective (steered), else an everyday subject. */
export function chooseTopic(topics: readonly Topic[], random: Random, avoidKey: string | null): Topic {
  const candidates = topics.filter((t) => t.key !== avoidKey);
  const pool = candidates.length > 0 ? candidates : topics;
  const objectives = pool.filter((t) => t.objectiveId !== null);
  if (objectives.length > 0 && random.next() < OBJECTIVE_STEER_CHANCE) return pick(random, objectives);
  const everyday = pool.filter((t) => t.objectiveId === null);
  return pick(random, everyday.length > 0 ? everyday : pool);
}

/**
 * Plans the next turn: advances the conversation that waited longest, or opens a new one when there is
 * room and free characters; within a conversation the addressed speak first, then whoever was asked,
 * then the talkative and rested. `canPair` says whether two characters may exchange now.
 */
export function planTurn(
  s: Scenario,
  cast: readonly Character[],
  topics: readonly Topic[],
  random: Random,
  canPair: (a: Character, b: Character) => boolean,
): TurnPlan | null {
  const byId = new Map(cast.map((c) => [c.id, c]));
  const present = (c: Conversation) => c.participantIds.filter((id) => byId.has(id)).length;
  const open = (s.conversations ?? []).filter((c) => present(c) >= 2);
  // A person talking with one character: that character is taken, and a nearby one may join them.
  const withPerson = (s.conversations ?? []).filter((c) => present(c) === 1 && c.userNames.length > 0);
  const busy = new Set([...open, ...withPerson].flatMap((c) => c.participantIds));
  const free = cast.filter((c) => !busy.has(c.id) && canStartInteraction(c.energy));
  const roomForNew = open.length < maxConversations(cast.length) && free.length >= 2;
  // Someone addressed by name speaks first: in their conversation, or opening one.
  for (const id of s.addressed) {
    const named = byId.get(id);
    if (!named || !canStartInteraction(named.energy)) continue;
    const own = open.find((c) => c.participantIds.includes(id));
    const plan = own
      ? continuePlan(own, byId, cast, busy, topics, random, canPair, named)
      : openPlan(s, [named, ...free.filter((c) => c.id !== id)], topics, random, canPair, named);
    if (plan) return plan;
  }
  const tries: (Conversation | 'new')[] = [];
  if (roomForNew && (open.length === 0 || random.next() < 0.5)) tries.push('new');
  tries.push(...[...open, ...withPerson].sort((a, b) => a.lastTurn - b.lastTurn));
  if (roomForNew && !tries.includes('new')) tries.push('new');
  for (const t of tries) {
    const plan =
      t === 'new'
        ? openPlan(s, free, topics, random, canPair)
        : withPerson.includes(t)
          ? joinPlan(t, byId, free, topics, random, canPair)
          : continuePlan(t, byId, cast, busy, topics, random, canPair);
    if (plan) return plan;
  }
  return null;
}

/**
 * A nearby character joins a conversation a person is having with one character: the most talkative
 * free one (talkativeness × energy) speaks to that character about the conversation's topic.
 */
function joinPlan(
  conv: Conversation,
  byId: ReadonlyMap<Id, Character>,
  free: readonly Character[],
  topics: readonly Topic[],
  random: Random,
  canPair: (a: Character, b: Character) => boolean,
): TurnPlan | null {
  const host = conv.participantIds.map((id) => byId.get(id)).find((c) => c !== undefined);
  if (!host || !canStartInteraction(host.energy)) return null;
  const joiners = free.filter((c) => c.id !== host.id && canPair(c, host));
  if (joiners.length === 0) return null;
  const speaker = weighted(random, joiners, talkativeness);
  const topic = topics.find((t) => t.key === conv.topicKey) ?? {
    key: conv.topicKey,
    label: conv.topic,
    objectiveId: null,
  };
  return {
    conversation: { ...conv, participantIds: [...conv.participantIds, speaker.id] },
    opening: false,
    speaker,
    target: host,
    chimer: null,
    topic,
    fixedAct: null,
    closing: false,
  };
}

function openPlan(
  s: Scenario,
  free: readonly Character[],
  topics: readonly Topic[],
  random: Random,
  canPair: (a: Character, b: Character) => boolean,
  forced: Character | null = null,
): TurnPlan | null {
  const speaker = forced ?? weighted(random, free, talkativeness);
  const others = free.filter((c) => c.id !== speaker.id && canPair(speaker, c));
  if (others.length === 0) return null;
  const target = weighted(random, others, (c) => 0.2 + c.personality.extraversion);
  const topic = chooseTopic(topics, random, null);
  const conversation: Conversation = {
    id: `${s.id}.c${s.turn + 1}`,
    participantIds: [speaker.id, target.id],
    topicKey: topic.key,
    topic: topic.label,
    lines: 0,
    plannedLength: PLANNED_LENGTH.min + Math.floor(random.next() * PLANNED_LENGTH.spread),
    last: null,
    userNames: [],
    openedTurn: s.turn + 1,
    lastTurn: s.turn + 1,
  };
  const direct = random.next() >= GREETING_CHANCE;
  return {
    conversation,
    opening: true,
    speaker,
    target,
    chimer: null,
    topic,
    fixedAct: direct ? null : 'greet',
    closing: false,
  };
}

function continuePlan(
  conv: Conversation,
  byId: ReadonlyMap<Id, Character>,
  cast: readonly Character[],
  busy: ReadonlySet<Id>,
  topics: readonly Topic[],
  random: Random,
  canPair: (a: Character, b: Character) => boolean,
  forced: Character | null = null,
): TurnPlan | null {
  const members = conv.participantIds.map((id) => byId.get(id)).filter((c): c is Character => c !== undefined);
  const lastSpeaker = conv.last?.speakerId ?? null;
  const addressed = new Set(conv.last?.addresseeIds ?? []);
  const candidates = members.filter((c) => c.id !== lastSpeaker && canStartInteraction(c.energy));
  if (candidates.length === 0) return null;
  // Addressed by name first, then whoever was asked (also an addressee), then talkativeness × energy.
  const named = candidates.filter((c) => addressed.has(c.id));
  const speaker = forced ?? (named.length > 0 ? named[0]! : weighted(random, candidates, talkativeness));
  const listeners = members.filter((c) => c.id !== speaker.id && canPair(speaker, c));
  if (listeners.length === 0) return null;
  const last = lastSpeaker === null ? undefined : listeners.find((c) => c.id === lastSpeaker);
  const target = last ?? weighted(random, listeners, (c) => 0.2 + c.personality.extraversion);
  const winding = conv.lines + 2 >= conv.plannedLength || speaker.energy < 0.3;
  let topic = topics.find((t) => t.key === conv.topicKey) ?? null;
  if (topic === null || (!winding && conv.lines >= TOPIC_MIN_LINES && random.next() < TOPIC_DRIFT_CHANCE)) {
    topic = chooseTopic(topics, random, conv.topicKey);
  }
  let chimer: Character | null = null;
  if (!winding && random.next() < CHIME_CHANCE) {
    const inside = members.filter((c) => c.id !== speaker.id && c.id !== target.id);
    const outside = members.length < 5 ? cast.filter((c) => !busy.has(c.id) && canStartInteraction(c.energy)) : [];
    const pool = [...inside, ...outside];
    if (pool.length > 0) chimer = weighted(random, pool, talkativeness);
  }
  const farewell = winding && random.next() < FAREWELL_CHANCE;
  return {
    conversation: conv,
    opening: false,
    speaker,
    target,
    chimer,
    topic,
    fixedAct: farewell ? 'farewell' : null,
    closing: winding,
  };
}
