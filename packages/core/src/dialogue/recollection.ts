/**
 * A conversation line that refers back: to something the speaker remembers (a memory retrieved for the
 * moment: an exchange, a conversation's summary, a reflection) or to lore the speaker knows. Appended as
 * a sentence of its own after the act's line, now and then, so characters bring up earlier events and
 * their town's stories without every line turning into one. Its draws come from a stream of its own,
 * seeded by the line (speaker's name, topic, words), never from the request's random: the scene's other
 * choices (acts, topics, who speaks) stay as they would be without memories or lore.
 */
import type { DialogueRequest, LorePassage, Random } from '../ports/index.ts';
import { pick, randomFor } from '../random/index.ts';
import { recallClause } from '../memory/index.ts';

/** Chance that a line which could carry a recollection does. */
export const RECOLLECTION_CHANCE = 0.1;
/** Least importance of a single exchange's memory (an observation) for a line to bring it up. */
export const OBSERVATION_RECALL_IMPORTANCE = 0.6;
/** Of recollections, the share that is lore when the speaker has both lore and a memory at hand. */
export const LORE_SHARE = 0.5;
/** Longest piece of lore quoted, in characters (cut at a word, with an ellipsis). */
export const LORE_QUOTE_MAX_CHARS = 140;

/** Acts after which a recollection reads naturally (not after a greeting, a thank-you or a goodbye). */
const RECALLING_ACTS: ReadonlySet<string> = new Set(['inform', 'answer', 'agree', 'disagree', 'complain', 'propose']);

/** A sentence recalling a memory or lore for `request`'s line, or null (nothing fits, or not this time). */
export function recollection(request: DialogueRequest, line: string): string | null {
  const act = request.line?.act;
  if (act === undefined || !RECALLING_ACTS.has(act)) return null;
  const memory = request.memories[0];
  const passages = request.lore ?? [];
  if (memory === undefined && passages.length === 0) return null;
  // Names and words, never ids: ids are random outside simulations, and a seed must replay the same lines.
  const random = lineRandom(`${request.speaker.name}\u0000${request.line?.topic ?? ''}\u0000${line}`);
  if (random.next() >= RECOLLECTION_CHANCE) return null;
  const useLore = passages.length > 0 && (memory === undefined || random.next() < LORE_SHARE);
  if (useLore) return loreRemark(pick(random, passages));
  // A memory not worth bringing up (a passing chat) leaves the turn to lore, when there is some.
  const remark = memory === undefined ? null : memoryRemark(memory, request, random);
  return remark ?? (passages.length > 0 ? loreRemark(pick(random, passages)) : null);
}

/** Ways to bring up a remembered moment (`{}`: what happened, e.g. "you worked with me"), by how it felt. */
const RECALL_FRAMES = {
  good: [
    'I keep thinking about when {}.',
    'Remember when {}? That was good.',
    'It reminds me of when {}.',
    'I still smile about when {}.',
    'Like when {}, I suppose.',
  ],
  bad: [
    'I have not forgotten when {}.',
    'It still stings, when {}.',
    'Not like when {}, I hope.',
    'I keep going back to when {}.',
    'After {}, who knows.',
  ],
} as const;
/** Ways to bring up how a conversation went (`{with}`: "I talked with Bram about the nets", `{how}`: "it went stiffly"). */
const SUMMARY_FRAMES = [
  'Last time {with}, {how}.',
  'When {with} before, {how}.',
  '{With} the other day; {how}.',
] as const;

function memoryRemark(
  memory: DialogueRequest['memories'][number],
  request: DialogueRequest,
  random: Random,
): string | null {
  const listener = request.listener;
  const aboutListener = listener !== null && memory.aboutId === listener.id;
  const clause = recallClause(memory, aboutListener ? listener.name : '');
  if (clause === '') return null;
  switch (memory.kind) {
    case 'reflection':
      // Already a conclusion in the first person ("I distrust Bram since …"); said without the words it
      // quotes from the exchange (said once already: repeated, they read as an echo).
      return memory.content.replace(/,\s*“[^”]*”/g, '');
    case 'summary': {
      // "I talked with Bram about the nets; it went stiffly, and it trailed off." → its first two parts.
      const [withWhom = '', how = ''] = memory.content.replace(/\.$/, '').split(/; |, and /);
      if (how === '') return `Last time ${withWhom}.`;
      return pick(random, SUMMARY_FRAMES)
        .replace('{with}', withWhom)
        .replace('{With}', withWhom.charAt(0).toUpperCase() + withWhom.slice(1))
        .replace('{how}', how);
    }
    case 'observation':
      // A single exchange is brought up only when it mattered (a quarrel, a real help), not every chat.
      if (memory.importance < OBSERVATION_RECALL_IMPORTANCE) return null;
      return pick(random, memory.valence < 0 ? RECALL_FRAMES.bad : RECALL_FRAMES.good).replace('{}', clause);
    default:
      return memory.kind satisfies never;
  }
}

/** "You know what they say about the drowned bell? Fishers swear they hear it toll underwater before a storm." */
function loreRemark({ title, text }: LorePassage): string {
  const first = (text.split(/(?<=[.!?])\s/, 1)[0] ?? '').trim();
  const quote = cut(first, LORE_QUOTE_MAX_CHARS);
  // "Secret: The Widow Revealed" is said as "the Widow Revealed": a speaker does not announce a secret as one.
  const named = title
    .replace(/^[^:]*:\s*/, '')
    .replace(/^The\s/, 'the ')
    .trim();
  return named === '' ? `They say ${quote}` : `You know what they say about ${named}? ${quote}`;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:]+$/, '')}…`;
}

/** A deterministic stream for a text (FNV-1a of its UTF-16 units as the seed). */
function lineRandom(key: string): Random {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return randomFor(hash);
}
