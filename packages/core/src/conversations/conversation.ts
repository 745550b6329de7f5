import type { Character, Conversation, Emotion, Id, InteractionType, Scenario } from '../model.ts';
import type { EngineDeps } from '../ports/index.ts';
import { continuingAct, replyAct } from './acts.ts';
import type { DialogueAct } from './acts.ts';
import type { TurnPlan } from './director.ts';
import { emotionOfLine } from './line-emotion.ts';
import { objectiveTexts } from './objectives.ts';
import { recallForTurn } from './recall.ts';

/** One line of a conversation as said. */
export interface SpokenLine {
  speakerId: Id;
  addresseeIds: Id[];
  act: DialogueAct;
  /** The topic as said, and its key. */
  topic: string;
  topicKey: string;
  objectiveId: string | null;
  text: string;
  emotion: Emotion | null;
}

/** How much a scenario's conflict-minded objectives and mood push speakers to complain. */
function conflictPull(s: Scenario): number {
  return s.mood === 'tense' || s.mood === 'hostile' ? 0.6 : 0;
}

/** The interaction type an exchange counts as, from its opening act (for energy, relationships, appraisal). */
export function interactionTypeOf(act: DialogueAct, objective: boolean): InteractionType {
  switch (act) {
    case 'greet':
    case 'farewell':
      return 'greeting';
    case 'propose':
    case 'accept':
      return 'collaboration';
    case 'complain':
    case 'disagree':
    case 'tease':
    case 'dismiss':
    case 'decline':
    case 'groan':
      return 'conflict';
    case 'ask':
    case 'answer':
    case 'inform':
    case 'agree':
    case 'joke':
    case 'laugh':
    case 'comfort':
    case 'apologise':
    case 'thank':
      return objective ? 'collaboration' : 'chat';
    default:
      return act satisfies never;
  }
}

/** Writes the lines of a planned turn: the speaker's line, the reply, and a chime-in if planned. */
export async function speakTurn(
  deps: EngineDeps,
  s: Scenario,
  plan: TurnPlan,
  relationshipOf: (from: Character, to: Character) => number,
  previousLines: ReadonlyMap<Id, string>,
  /** Names of the characters in the scene, whom lines may mention. */
  castNames: readonly string[] = [],
): Promise<{ lines: SpokenLine[]; conversation: Conversation; closed: boolean }> {
  const { speaker, target, topic, conversation: conv } = plan;
  const context = { title: s.title, setting: s.setting, mood: s.mood, objectives: objectiveTexts(s.objectives) };
  const lastAct = (conv.last?.act ?? null) as DialogueAct | null;
  const firstAct: DialogueAct =
    plan.fixedAct ??
    (lastAct === 'ask'
      ? 'answer'
      : continuingAct(plan.opening ? null : lastAct, speaker.personality, conflictPull(s), deps.random));
  const lines: SpokenLine[] = [];
  const recall = await recallForTurn(deps, plan, topic.label);
  const framesUsed = [...(conv.framesUsed ?? [])];
  const say = async (who: Character, to: Character, act: DialogueAct, incoming: string | null): Promise<SpokenLine> => {
    const text = await deps.dialogue.generate({
      speaker: who,
      listener: to,
      listenerName: to.name,
      mode: incoming === null ? 'initiate' : 'reply',
      interactionType: interactionTypeOf(act, topic.objectiveId !== null),
      incoming,
      relationship: null,
      memories: recall(who, to, incoming),
      scenario: context,
      previousLine: previousLines.get(who.id) ?? null,
      random: deps.random,
      line: {
        act,
        topic: topic.label,
        conversationId: conv.id,
        addressees: [to.name],
        others: castNames.filter((n) => n !== who.name && n !== to.name),
        framesUsed,
      },
      ...(deps.lore ? { lore: deps.lore.knownBy(who.id) } : {}),
    });
    const line: SpokenLine = {
      speakerId: who.id,
      addresseeIds: [to.id],
      act,
      topic: topic.label,
      topicKey: topic.key,
      objectiveId: topic.objectiveId,
      text,
      emotion: emotionOfLine(act, deps.sentiment.score(text), who.mood.arousal),
    };
    lines.push(line);
    return line;
  };
  const reply = (who: Character, to: Character, prev: SpokenLine) =>
    say(
      who,
      to,
      replyAct(
        prev.act,
        {
          personality: who.personality,
          strength: relationshipOf(who, to),
          energy: who.energy,
        },
        deps.random,
      ),
      prev.text,
    );

  const first = await say(speaker, target, firstAct, null);
  const second = await reply(target, speaker, first);
  if (plan.chimer) await reply(plan.chimer, target, second);
  const participantIds = [...conv.participantIds];
  if (plan.chimer && !participantIds.includes(plan.chimer.id)) participantIds.push(plan.chimer.id);
  const lastLine = lines[lines.length - 1]!;
  const updated: Conversation = {
    ...conv,
    participantIds,
    topicKey: topic.key,
    topic: topic.label,
    lines: conv.lines + lines.length,
    last: { speakerId: lastLine.speakerId, addresseeIds: lastLine.addresseeIds, act: lastLine.act },
    lastTurn: s.turn + 1,
    framesUsed,
  };
  return { lines, conversation: updated, closed: plan.closing };
}
