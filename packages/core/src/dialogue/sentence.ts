import type { Random } from '../ports/index.ts';
import type { Voice } from './voice.ts';

/** Sentence mechanics shared by the composer: first words, addressing by name, closing punctuation. */

/** Words that already open a line as an interjection; no second one goes in front of them. */
export const INTERJECTIONS: ReadonlySet<string> = new Set([
  'oh',
  'ah',
  'hey',
  'aw',
  'ha',
  'well',
  'hm',
  'hmm',
  'so',
  'right',
  'okay',
  'say',
  'ugh',
  'tch',
  'hmph',
  'look',
  'listen',
  'pfft',
  'honestly',
  'huh',
  'wait',
  'hello',
  'hi',
  'hiya',
  'morning',
  'evening',
  'good',
  'ooh',
  'hooray',
  'yay',
  'goodness',
  'heh',
  'mm',
  'anyway',
  'now',
  'urgh',
  'seriously',
  'bah',
  'typical',
  'groan',
  'greetings',
  'afternoon',
  'ahoy',
  'welcome',
  'alright',
  'yes',
  'whatever',
  'sigh',
  'wrong',
  'wow',
  'gosh',
  'oho',
  'hurrah',
  'golly',
  'aha',
  'um',
  'erm',
  'er',
  'hullo',
  'fancy',
]);

/** A hedge ("maybe", "I think") reads wrong in front of an order ("let's", "come and") or a yes ("gladly"). */
export const UNHEDGED_OPENERS: ReadonlySet<string> = new Set([
  'let',
  'guess',
  'come',
  'help',
  'hurry',
  'stop',
  'go',
  'just',
  'remember',
  'imagine',
  'picture',
  'race',
  'tell',
  'gladly',
  'happily',
  'absolutely',
  'sure',
  'fine',
  'of',
  'count',
  'with',
  'anything',
  'certainly',
  'definitely',
  'no',
  'not',
  'thanks',
  'thank',
  'sorry',
  'please',
  'ask',
  'meet',
  'bring',
  'fetch',
]);

/** A hedge ("maybe", "I think") reads wrong in front of a question. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'how',
  'what',
  'why',
  'who',
  'where',
  'when',
  'shall',
  'could',
  'would',
  'can',
  'do',
  'did',
  'is',
  'are',
  'have',
  'will',
  'does',
  'want',
  'any',
  'busy',
  'mind',
]);

/** The leading run of ASCII letters, lowercased ("Oh, hi" → "oh"). */
export function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  return text.slice(0, end).toLowerCase();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** "that sounds lovely" → "that sounds lovely, Theo"; "is that so?" → "is that so, Theo?" */
export function withTrailingAddress(sentence: string, name: string): string {
  const last = sentence.charAt(sentence.length - 1);
  return last === '?' || last === '!' ? `${sentence.slice(0, -1)}, ${name}${last}` : `${sentence}, ${name}`;
}

/** "I love it, it looks lovely" → "I love it, Theo, it looks lovely"; without a comma, the name goes last. */
export function withMidAddress(sentence: string, name: string): string {
  const comma = sentence.indexOf(', ');
  return comma < 0
    ? withTrailingAddress(sentence, name)
    : `${sentence.slice(0, comma)}, ${name}${sentence.slice(comma)}`;
}

/** Capitalises the first letter and ends the sentence with "!" (by voice) or "." unless it has an ending. */
export function finishSentence(sentence: string, voice: Voice, random: Random): string {
  const text = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  const last = text.charAt(text.length - 1);
  if (last === '?' || last === '!' || last === '.') return text;
  return text + (random.next() < voice.exclaimChance ? '!' : '.');
}
