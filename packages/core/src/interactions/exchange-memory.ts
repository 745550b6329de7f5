import { MEMORY_CONTENT_MAX_CHARS } from '../memory/index.ts';
import type { InteractionType, Memory } from '../model.ts';

/*
 * Episodic memories of an exchange double as the record of what each character last said: the speaker's
 * own line always closes the memory, after OWN_LINE_MARK. Memories are the one per-character history every
 * store keeps and lists newest first, so the previous line is found the same way on every store.
 */

/** Marks the remembering character's own line; it always ends the memory's content. */
const OWN_LINE_MARK = 'I said: “';
const OWN_LINE_END = '”';

/** The other side's words are quoted up to this length, leaving room for one's own line within the cap. */
const OTHER_LINE_MAX_CHARS = 100;

/** Below this much room, the other side's words are left out rather than cut to a stub. */
const OTHER_LINE_MIN_CHARS = 20;

const RECEIVED: Readonly<Record<InteractionType, string>> = {
  greeting: 'greeted me',
  chat: 'chatted with me',
  collaboration: 'worked with me',
  conflict: 'argued with me',
};

const STARTED: Readonly<Record<InteractionType, string>> = {
  greeting: 'I greeted',
  chat: 'I chatted with',
  collaboration: 'I worked with',
  conflict: 'I argued with',
};

/** The target's memory: "Ada argued with me: “…” I said: “…”". */
export function receivedExchangeMemory(
  initiatorName: string,
  type: InteractionType,
  content: string,
  response: string,
): string {
  return withOwnLine(`${initiatorName} ${RECEIVED[type]}`, ': ', content, response);
}

/** The initiator's memory: "I argued with Bo, who answered “…” I said: “…”". */
export function startedExchangeMemory(
  targetName: string,
  type: InteractionType,
  content: string,
  response: string,
): string {
  return withOwnLine(`${STARTED[type]} ${targetName}`, ', who answered ', response, content);
}

/** The memory of answering a user: "Sam (a visitor) said: “…” I said: “…”". */
export function userExchangeMemory(userName: string, message: string, response: string): string {
  return withOwnLine(`${userName} (a visitor) said`, ': ', message, response);
}

/** The character's own last line, from its newest exchange memory (null if it has none in this form). */
export function lastLineOf(newestFirst: readonly Memory[]): string | null {
  // Summaries and reflections are written between exchanges and hold no line of one's own.
  const content = newestFirst.find((m) => m.kind === 'observation')?.content;
  if (content === undefined || !content.endsWith(OWN_LINE_END)) return null;
  const at = content.lastIndexOf(OWN_LINE_MARK);
  return at < 0 ? null : content.slice(at + OWN_LINE_MARK.length, -OWN_LINE_END.length);
}

function withOwnLine(lead: string, joiner: string, otherLine: string, ownLine: string): string {
  const own = `${OWN_LINE_MARK}${collapse(ownLine)}${OWN_LINE_END}`;
  // Room for the quoted other line: the cap minus everything else, its quotes and a closing full stop.
  const room = Math.min(OTHER_LINE_MAX_CHARS, MEMORY_CONTENT_MAX_CHARS - lead.length - joiner.length - own.length - 4);
  const other = collapse(otherLine);
  if (room < OTHER_LINE_MIN_CHARS || other === '') return `${lead}. ${own}`;
  const quoted = cut(other, room);
  return `${lead}${joiner}“${/[.!?…]$/.test(quoted) ? quoted : `${quoted}.`}” ${own}`;
}

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
