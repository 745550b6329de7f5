import { isStopWord } from '../memory/index.ts';

/**
 * Turns scenario text and incoming lines into words a template can splice in: a setting that reads
 * after "in", an objective that reads after "to" (verb phrase) or "for" (noun phrase), a topic word.
 */

const TRAILING_PUNCTUATION = /[\s.!?,;:…]+$/;
const WORD_SPLIT = /[^\p{L}\p{N}'-]+/u;

/** Words that open a noun phrase; such text is lowercased at the start and spliced in mid-sentence. */
const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'our',
  'my',
  'your',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'some',
  'every',
  'all',
  'any',
  'each',
]);

/** Verbs that commonly open an objective ("Find the lost key"); such objectives read after "to". */
const OBJECTIVE_VERBS: ReadonlySet<string> = new Set([
  'find',
  'build',
  'plan',
  'win',
  'make',
  'solve',
  'fix',
  'help',
  'finish',
  'organise',
  'organize',
  'prepare',
  'protect',
  'defend',
  'explore',
  'discover',
  'deliver',
  'repair',
  'rebuild',
  'save',
  'rescue',
  'convince',
  'decide',
  'choose',
  'host',
  'throw',
  'open',
  'close',
  'catch',
  'stop',
  'start',
  'learn',
  'teach',
  'bake',
  'cook',
  'collect',
  'gather',
  'write',
  'paint',
  'map',
  'clean',
  'restore',
  'reach',
  'escape',
  'survive',
  'negotiate',
  'reconcile',
  'settle',
  'unite',
  'welcome',
  'celebrate',
  'investigate',
  'uncover',
  'keep',
  'get',
  'bring',
  'raise',
  'earn',
  'sell',
  'buy',
  'trade',
  'grow',
  'plant',
  'harvest',
  'design',
  'launch',
  'complete',
  'agree',
  'resolve',
  'persuade',
  'impress',
  'meet',
  'elect',
  'decorate',
  'light',
  'guard',
  'track',
  'hide',
  'return',
  'recover',
  'identify',
  'create',
  'set',
  'put',
  'run',
  'lead',
  'form',
  'end',
  'avoid',
  'prevent',
  'expose',
  'unmask',
  'befriend',
  'support',
  'stage',
  'perform',
  'share',
  'invent',
  'accuse',
  'visit',
  'mend',
  'paint',
  'finish',
  'hold',
  'arrange',
  'sort',
  'count',
  'judge',
  'choose',
  'catalogue',
  'map',
  'chart',
  'sail',
  'climb',
  'cross',
  'fetch',
  'feed',
  'serve',
  'sing',
  'dance',
]);

/** A scenario objective ready to splice: verb phrases read after "to", noun phrases after "for". */
export interface SpliceableObjective {
  text: string;
  form: 'verb' | 'noun';
}

/** The objective without closing punctuation; a leading verb or determiner is lowercased. */
export function spliceableObjective(objective: string): SpliceableObjective | null {
  const text = objective.trim().replace(TRAILING_PUNCTUATION, '');
  if (text === '') return null;
  const first = firstWord(text).toLowerCase();
  if (OBJECTIVE_VERBS.has(first)) return { text: lowerFirst(text), form: 'verb' };
  return { text: DETERMINERS.has(first) ? lowerFirst(text) : text, form: 'noun' };
}

/** Words that make a noun phrase definite, so it can be talked about as a known thing ("the supper"). */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'our', 'my', 'your', 'their', 'his', 'her', 'this', 'that']);

/**
 * What an objective is about, as a definite noun phrase to talk about ("plan the harvest supper" →
 * "the harvest supper"), or null when it has none ("win at charades", "a new game").
 */
export function objectiveGoal(objective: SpliceableObjective): string | null {
  const words = objective.text.split(' ');
  const phrase = objective.form === 'verb' ? words.slice(1) : words;
  const first = phrase[0]?.toLowerCase() ?? '';
  if (phrase.length < 2 || !(DEFINITE.has(first) || first.endsWith("'s"))) return null;
  return [DEFINITE.has(first) ? first : phrase[0], ...phrase.slice(1)].join(' ');
}

/** The setting without closing punctuation; a leading determiner is lowercased ("The mill" → "the mill"). */
export function spliceableSetting(setting: string): string {
  const text = setting.trim().replace(TRAILING_PUNCTUATION, '');
  return DETERMINERS.has(firstWord(text).toLowerCase()) ? lowerFirst(text) : text;
}

/**
 * Topic words of an incoming line worth echoing, longest first (ties in order of appearance):
 * lowercase as written (so names and sentence openers are never echoed), at least four letters,
 * not stop words.
 */
export function echoableWords(incoming: string): string[] {
  const words: string[] = [];
  for (const raw of incoming.split(WORD_SPLIT)) {
    if (raw.length < 4) continue;
    const word = raw.replace(EDGE_MARKS, '');
    if (word.length < 4 || word.includes("'") || word !== word.toLowerCase() || VERB_LIKE.test(word)) continue;
    if (isStopWord(word) || UNTOPICAL_WORDS.has(word)) continue;
    if (!words.includes(word)) words.push(word);
  }
  // Array.prototype.sort is stable, so equal lengths keep their order.
  return words.sort((a, b) => b.length - a.length);
}

/** Common words of small talk that say nothing about the topic, so echoing them would sound odd. */
const UNTOPICAL_WORDS: ReadonlySet<string> = new Set([
  'sure',
  'days',
  'thing',
  'things',
  'time',
  'times',
  'good',
  'okay',
  'right',
  'maybe',
  'hello',
  'whatever',
  'anyway',
  'something',
  'nothing',
  'everything',
  'everyone',
  'someone',
  'anyone',
  'today',
  'tonight',
  'lately',
  'already',
  'mentions',
  'never',
  'always',
  'every',
  'other',
  'another',
  'want',
  'need',
  'know',
  'going',
  'come',
  'make',
  'take',
  'look',
  'like',
  'feel',
  'tell',
  'much',
  'many',
  'little',
  'lot',
  'yours',
  'mine',
  'ours',
  'while',
  'though',
  'through',
  'around',
  'without',
  'shall',
  'might',
  'must',
  'even',
  'ever',
  'both',
  'each',
  'most',
  'such',
  'same',
  'guess',
  'suppose',
  'please',
  'thanks',
  'thank',
  'again',
  'just',
  'mean',
  'sorry',
  'honestly',
  'really',
  'quite',
  'rather',
  'perhaps',
  'since',
  'until',
  'once',
  'twice',
  'nowadays',
  'week',
  'morning',
  'evening',
  'afternoon',
  'actually',
  'probably',
  'truly',
  'able',
  'makes',
  'myself',
  'yourself',
  'himself',
  'herself',
  'itself',
  'ourselves',
  'themselves',
  'everybody',
  'somebody',
  'anybody',
  'nobody',
  'beside',
  'behind',
  'across',
  'between',
  'beneath',
  'beyond',
  'towards',
  'alongside',
  'opposite',
  'outside',
  'inside',
  'above',
  'below',
  'under',
  'along',
  'near',
  'past',
  'round',
  'whenever',
  'last',
  'first',
  'next',
  'once',
  'twice',
  'soon',
  'later',
  'early',
  'late',
  'here',
  'there',
  'where',
  'else',
  'more',
  'less',
  'very',
  'quite',
  'should',
  'would',
  'could',
  'will',
  'with',
  'from',
  'into',
  'onto',
  'over',
  'about',
  'hello',
  'hiya',
  'greetings',
  'afternoon',
  'evening',
  'yours',
  'their',
  'theirs',
  'those',
  'these',
  'seen',
  'been',
  'done',
  'gone',
  'said',
  'made',
  'told',
  'given',
  'taken',
  'known',
  'shown',
  'thrown',
  'grown',
]);

const EDGE_MARKS = /^['-]+|['-]+$/g;

/** Endings of verb forms and adverbs ("treating", "passed", "quickly"), which read badly when picked up alone. */
const VERB_LIKE = /(ing|ed|ly)$/;

function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space === -1 ? text : text.slice(0, space);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
