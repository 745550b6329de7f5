/** Content words of a text: lowercase, no punctuation, no stop words; for relevance and topic echo. */

const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'about',
  'after',
  'again',
  'all',
  'also',
  'am',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'be',
  'been',
  'before',
  'being',
  'but',
  'by',
  'can',
  'could',
  'did',
  'do',
  'does',
  'doing',
  'done',
  'for',
  'from',
  'get',
  'got',
  'had',
  'has',
  'have',
  'he',
  'her',
  'here',
  'him',
  'his',
  'how',
  'i',
  "i'm",
  'if',
  'in',
  'into',
  'is',
  'it',
  "it's",
  'its',
  'just',
  'let',
  "let's",
  'me',
  'more',
  'much',
  'my',
  'no',
  'not',
  'now',
  'of',
  'off',
  'oh',
  'ok',
  'okay',
  'on',
  'one',
  'only',
  'or',
  'our',
  'out',
  'over',
  'really',
  'said',
  'say',
  'says',
  'she',
  'should',
  'so',
  'some',
  'still',
  'than',
  'that',
  "that's",
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'think',
  'this',
  'those',
  'to',
  'too',
  'up',
  'us',
  'very',
  'was',
  'we',
  "we're",
  'well',
  'were',
  'what',
  'when',
  'where',
  'which',
  'who',
  'why',
  'will',
  'with',
  'would',
  'yeah',
  'yes',
  'you',
  "you're",
  'your',
  'yours',
]);

/** Whether `word` (lowercase) is too common to say what a text is about. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Splits on anything that is not a letter, digit or apostrophe; compiled once. */
const WORD_SEPARATOR = /[^\p{L}\p{N}']+/u;

/** The distinct content words of `text`, in order of first appearance. */
export function contentWords(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.toLowerCase().split(WORD_SEPARATOR)) {
    const word = trimApostrophes(raw);
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    seen.add(word);
  }
  return [...seen];
}

function trimApostrophes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && word[start] === "'") start++;
  while (end > start && word[end - 1] === "'") end--;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}
