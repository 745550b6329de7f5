import type { BigFive } from '../model.ts';
import type { Random } from '../ports/index.ts';

import { DIALOGUE_ACTS, type DialogueAct } from './act-names.ts';

export { DIALOGUE_ACTS, type DialogueAct };

/** What a reply is chosen from: who replies, how they feel about the other, how much energy they have. */
export interface ReplyContext {
  personality: BigFive;
  /** The replier's relationship strength toward the previous speaker, [-1,1]. */
  strength: number;
  /** [0,1] */
  energy: number;
}

/**
 * The chance that a proposal is accepted: agreeable, open and energetic characters say yes, and more so
 * to someone they like. Centred so an average character who is neutral to the other accepts ~70%.
 */
export function acceptChance(c: ReplyContext): number {
  const p = c.personality;
  const x = 0.85 + 3 * (p.agreeableness - 0.5) + 0.6 * (p.openness - 0.5) + 0.8 * c.strength + 0.8 * (c.energy - 0.5);
  return Math.min(0.97, Math.max(0.05, 1 / (1 + Math.exp(-x))));
}

/** The act of a reply to `previous`: a question gets an answer, a proposal accept/decline, and so on. */
export function replyAct(previous: DialogueAct, c: ReplyContext, random: Random): DialogueAct {
  const r = random.next();
  const warm = c.personality.agreeableness + 0.5 * c.strength;
  switch (previous) {
    case 'ask':
      return 'answer';
    case 'propose':
      return r < acceptChance(c) ? 'accept' : 'decline';
    case 'complain':
      return r < 0.25 + 0.6 * warm ? 'comfort' : 'dismiss';
    case 'joke':
    case 'tease':
      return r < 0.35 + 0.4 * c.personality.extraversion + 0.3 * c.strength ? 'laugh' : 'groan';
    case 'greet':
      return 'greet';
    case 'farewell':
      return 'farewell';
    case 'apologise':
      return r < 0.3 + 0.6 * warm ? 'comfort' : 'dismiss';
    case 'thank':
      return 'comfort';
    case 'inform':
    case 'answer':
      return r < 0.2 + 0.7 * warm ? 'agree' : 'disagree';
    case 'disagree':
      return r < 0.45 * warm ? 'apologise' : r < 0.75 ? 'disagree' : 'agree';
    case 'decline':
      return r < 0.5 ? 'agree' : 'complain';
    case 'accept':
    case 'agree':
    case 'comfort':
    case 'laugh':
    case 'groan':
    case 'dismiss':
      return r < 0.5 ? 'agree' : 'inform';
    default:
      return assertNever(previous);
  }
}

/** Acts that open an exchange within a running conversation, weighted by the speaker's temperament. */
export function continuingAct(
  previous: DialogueAct | null,
  p: BigFive,
  conflictPull: number,
  random: Random,
): DialogueAct {
  if (previous === 'decline') return 'propose';
  if (previous === 'dismiss' || previous === 'disagree') return random.next() < 0.5 ? 'complain' : 'inform';
  if (previous === 'comfort') return 'thank';
  const table: [DialogueAct, number][] = [
    ['ask', 1.4 + p.openness],
    ['inform', 1.2 + p.conscientiousness],
    ['propose', 0.5 + p.conscientiousness + p.extraversion],
    ['joke', 0.2 + p.extraversion],
    ['tease', 0.05 + 0.8 * (1 - p.agreeableness) * p.extraversion],
    ['complain', 0.1 + p.neuroticism + conflictPull],
  ];
  let total = 0;
  for (const [, w] of table) total += w;
  let x = random.next() * total;
  for (const [act, w] of table) {
    x -= w;
    if (x <= 0) return act;
  }
  return 'inform';
}

/** Acts whose sentiment is expected to be positive, negative, or either. */
export const ACT_LEANING: Readonly<Record<DialogueAct, 1 | -1 | 0>> = {
  greet: 1,
  ask: 0,
  answer: 0,
  inform: 0,
  propose: 1,
  accept: 1,
  decline: -1,
  agree: 1,
  disagree: -1,
  joke: 1,
  tease: 0,
  complain: -1,
  comfort: 1,
  apologise: -1,
  thank: 1,
  farewell: 1,
  laugh: 1,
  groan: -1,
  dismiss: -1,
};

/** Acts that, said about an objective, move it forward, and by how much (share of the whole). */
export const OBJECTIVE_STEP: Readonly<Partial<Record<DialogueAct, number>>> = {
  propose: 0.05,
  accept: 0.2,
  agree: 0.1,
  answer: 0.06,
  inform: 0.06,
  thank: 0.04,
};

export function assertNever(x: never): never {
  throw new Error(`Unexpected value ${String(x)}`);
}
