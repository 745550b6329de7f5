import type { Memory } from '../model.ts';

/** How many words of a memory's opening clause a character recalls in one line of dialogue. */
export const MEMORY_GIST_MAX_WORDS = 12;
/** How many words of the first thing said in the remembered exchange are quoted back. */
export const MEMORY_QUOTE_MAX_WORDS = 7;

/** Where the opening clause of an exchange memory ends ("Ada argued with me: “…” I said: “…”"). */
const CLAUSE_ENDS = [':', '“', '"', ', who answered', '. '] as const;
const OWN_LINE_MARK = 'I said:';
const PARENTHETICAL = /\s*\([^)]*\)/g;
const QUOTED = /[“"]([^”"]+)[”"]/;
const TRAILING_PUNCTUATION = /[\s.!?,;:…]+$/;
const WHITESPACE_RUN = /\s+/;
/** A sentence ends at . ! ? or … followed by a space, so "3.5" inside a sentence stays whole. */
const SENTENCE_END = /[.!?…]+\s/;

/**
 * A phrase recalling a memory that can follow "still thinking about", e.g.
 * "the time you argued with me, “You ruined the old mill…”". `aboutName` is the name of the character
 * the memory is about, as it appears in the memory; since the line is said to them, it becomes "you".
 * Pass "" when the listener is not who the memory is about.
 */
export function summariseForDialogue(m: Memory, aboutName: string): string {
  const clause = recallClause(m, aboutName);
  const quote = memoryQuote(m);
  const head = clause === '' ? 'that moment' : `the time ${clause}`;
  return quote === null ? head : `${head}, “${quote}”`;
}

/**
 * The memory as a clause that can follow "when" or "how", e.g. "you argued with me" for
 * "Ada argued with me: …" told to Ada (`aboutName` "Ada"); "" if the memory has no words.
 */
export function recallClause(m: Memory, aboutName: string): string {
  return addressedAsYou(memoryGist(m), aboutName.trim());
}

/** The memory's opening clause, without parentheticals, quotes or closing punctuation. */
export function memoryGist(m: Memory): string {
  const content = m.content.replace(PARENTHETICAL, '').trim();
  let end = content.length;
  for (const mark of CLAUSE_ENDS) {
    const at = content.indexOf(mark);
    if (at > 0 && at < end) end = at;
  }
  const words = content
    .slice(0, end)
    .split(WHITESPACE_RUN)
    .filter((w) => w !== '');
  const gist = words.slice(0, MEMORY_GIST_MAX_WORDS).join(' ').replace(TRAILING_PUNCTUATION, '');
  return SENTENCE_OPENERS.has(words[0] ?? '') ? gist.charAt(0).toLowerCase() + gist.slice(1) : gist;
}

/** Capitalised only because they open a sentence; names and "I" keep their capital mid-sentence. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'A',
  'An',
  'The',
  'We',
  'They',
  'He',
  'She',
  'It',
  'You',
  'My',
  'Our',
  'Your',
  'Their',
  'His',
  'Her',
  'This',
  'That',
  'There',
  'Someone',
  'Somebody',
  'Everyone',
  'Nobody',
  'After',
  'Before',
  'When',
  'During',
]);

/** The first words of the other side's quoted line (its first sentence at most), if the memory quotes one. */
export function memoryQuote(m: Memory): string | null {
  const match = QUOTED.exec(m.content);
  if (match === null) return null;
  const before = m.content.slice(0, match.index).trimEnd();
  if (before.endsWith(OWN_LINE_MARK)) return null;
  const firstSentence = (match[1] ?? '').split(SENTENCE_END, 1)[0] ?? '';
  const words = firstSentence.split(WHITESPACE_RUN).filter((w) => w !== '');
  if (words.length === 0) return null;
  const clipped = words.slice(0, MEMORY_QUOTE_MAX_WORDS).join(' ').replace(TRAILING_PUNCTUATION, '');
  return words.length > MEMORY_QUOTE_MAX_WORDS ? `${clipped}…` : clipped;
}

/** "Ada argued with me" → "you argued with me"; "I greeted Ada Byron" → "I greeted you" (whole words only). */
function addressedAsYou(gist: string, name: string): string {
  if (name === '' || gist === '') return gist;
  const words = gist.split(' ');
  const nameWords = name.split(WHITESPACE_RUN);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (nameWords.every((w, k) => words[i + k] === w)) {
      out.push('you');
      i += nameWords.length - 1;
    } else {
      out.push(words[i] as string);
    }
  }
  return out.join(' ');
}
