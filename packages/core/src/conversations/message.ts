import type { DialogueAct } from './acts.ts';
import type { Topic } from './topics.ts';

/** What a participant's message does and what it is about. */
export interface ReadMessage {
  /** How the message reads: a question, a greeting, a request (proposal) or a statement (inform). */
  act: Extract<DialogueAct, 'ask' | 'greet' | 'propose' | 'inform'>;
  /** The scene topic it names, if any. */
  topic: Topic | null;
  /** A thing it names that no scene topic covers ("the lanterns"), said with "the". */
  subject: string | null;
}

const QUESTION_START =
  /^(who|what|when|where|why|how|which|whose|did|do|does|is|are|was|were|can|could|will|would|have|has|should|shall)\b/i;
const GREETING = /^(hi|hello|hey|good (morning|afternoon|evening|day)|evening|morning|greetings)\b/i;
const REQUEST = /^(please|let's|let us|could you|can you|would you|will you|shall we|how about|why don't we)\b/i;
const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'you',
  'your',
  'i',
  'me',
  'my',
  'we',
  'our',
  'it',
  'is',
  'are',
  'was',
  'were',
  'do',
  'did',
  'does',
  'take',
  'took',
  'have',
  'has',
  'had',
  'to',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'with',
  'about',
  'that',
  'this',
  'what',
  'who',
  'when',
  'where',
  'why',
  'how',
  'can',
  'could',
  'will',
  'would',
  'please',
  'any',
  'all',
  'there',
  'here',
  'be',
  'been',
  'so',
  'just',
  'not',
  'no',
  'yes',
  'hi',
  'hello',
  'hey',
  'everyone',
  'think',
  'know',
]);

/** Content words of a text, lowercase. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => w.length > 2 && !STOP_WORDS.has(w));
}

/**
 * Reads a participant's message: its act from its form (a question mark or question word, a greeting, a
 * request), and its topic from its words (a scene topic whose words it uses; else the last content word
 * after "the", as the subject). Names of characters (`names`) are not topics.
 */
export function readMessage(message: string, topics: readonly Topic[], names: readonly string[] = []): ReadMessage {
  const text = message.trim();
  const body = text.replace(/^[A-Z][a-z]+,\s*/, (m) => (names.some((n) => m.startsWith(n.split(' ')[0]!)) ? '' : m));
  const act: ReadMessage['act'] =
    text.endsWith('?') || QUESTION_START.test(body)
      ? REQUEST.test(body) && !text.endsWith('?')
        ? 'propose'
        : 'ask'
      : GREETING.test(body)
        ? 'greet'
        : REQUEST.test(body)
          ? 'propose'
          : 'inform';
  const nameWords = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)));
  const words = contentWords(body).filter((w) => !nameWords.has(w));
  let best: { topic: Topic; score: number } | null = null;
  for (const topic of topics) {
    const topicWords = new Set(contentWords(topic.label).map(stem));
    const score = words.filter((w) => topicWords.has(stem(w))).length;
    if (score > 0 && (best === null || score > best.score)) best = { topic, score };
  }
  const nounAfterThe = body.toLowerCase().match(/\bthe ([a-z' -]+?)(?:[?.!,]|$| (?:at|on|in|for|to|from|with|by)\b)/);
  const subject = best === null && nounAfterThe ? `the ${nounAfterThe[1]!.trim()}` : null;
  return { act, topic: best?.topic ?? null, subject };
}

function stem(word: string): string {
  return word.replace(/(es|s)$/, '');
}
