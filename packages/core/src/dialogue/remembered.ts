/**
 * What a memory holds, read back out of its content for a line that brings it up: an exchange's kind,
 * who was in it, who started it, what each side said and the thing it was about ("Celeste's dreadful
 * programme"); a conversation's company, topic, tone and ending; a reflection's stance and the exchange
 * it rests on. The contents are the ones the engine writes (interactions/exchange-memory.ts,
 * memory/conversation-summary.ts, memory/reflect.ts); anything else reads as null.
 */
import type { InteractionType } from '../model.ts';
import { isStopWord } from '../memory/index.ts';
import { BAD, GOOD, NEAR, PLAIN, TOPIC_THINGS, WHEN } from './acts/pools.ts';

/** One remembered exchange, from the rememberer's side. */
export interface RememberedExchange {
  kind: InteractionType;
  /** The other character's name as the memory has it. */
  other: string;
  /** Whether the rememberer opened the exchange. */
  started: boolean;
  /** What the other side said (as much as the memory kept), or null. */
  theirWords: string | null;
  /** What the rememberer said, or null. */
  ownWords: string | null;
}

/** A remembered conversation (a summary memory). */
export interface RememberedTalk {
  /** "Bram" or "Bram, Ysolde and Mara". */
  company: string;
  /** "the nets", or "" when it had none. */
  topic: string;
  tone: 'badly' | 'stiffly' | 'plainly enough' | 'pleasantly' | 'warmly';
  /** The ending as the summary words it ("we said our goodbyes"). */
  ending: string;
}

/** A reflection: how the rememberer stands toward someone and the exchange it rests on. */
export interface RememberedStance {
  stance: 'distrust' | 'wary' | 'unsure' | 'warmed' | 'trust';
  name: string;
  /** The exchange (or conversation) the conclusion was drawn from, when it can be read. */
  exchange: RememberedExchange | null;
  talk: RememberedTalk | null;
}

/** What an exchange was about: "Celeste's dreadful programme" as owner, describing word and thing. */
export interface Matter {
  /** "Celeste's", "the baker's", "my", "your", "our", "their", "his", "her". */
  owner: string;
  /** A describing word before the thing ("dreadful"), or null. */
  adjective: string | null;
  /** The thing itself, one to three words ("programme", "coat stand"). */
  thing: string;
  /** How the adjective feels: warm, sour or plain (null without one). */
  feel: 'good' | 'bad' | 'plain' | null;
  /** Whether the thing is a person ("Bruno's aunt"): asked after or talked about, never worked on. */
  person: boolean;
}

const VERBS: readonly (readonly [InteractionType, string])[] = [
  ['greeting', 'greeted'],
  ['chat', 'chatted with'],
  ['collaboration', 'worked with'],
  ['conflict', 'argued with'],
];
const KIND_BY_VERB: ReadonlyMap<string, InteractionType> = new Map(VERBS.map(([k, v]) => [v, k]));
const VERB_ALTERNATION = VERBS.map(([, v]) => v).join('|');
const RECEIVED = new RegExp(`^(.+?) (${VERB_ALTERNATION}) me(?:: “(.*)”)?\\.?$`);
const STARTED = new RegExp(`^I (${VERB_ALTERNATION}) (.+?)(?:, who answered “(.*)”)?\\.?$`);
const OWN_LINE = ' I said: “';

/** "Ada argued with me: “…” I said: “…”" or "I argued with Bo, who answered “…” I said: “…”"; null otherwise. */
export function readExchange(content: string): RememberedExchange | null {
  const text = content.trim();
  let head = text;
  let ownWords: string | null = null;
  const at = text.lastIndexOf(OWN_LINE);
  if (at >= 0 && text.endsWith('”')) {
    head = text.slice(0, at).trim();
    ownWords = text.slice(at + OWN_LINE.length, -1);
  } else if (text.startsWith(OWN_LINE.trimStart())) {
    return null;
  }
  const received = RECEIVED.exec(head);
  if (received !== null) {
    if (received[1]!.startsWith('I ')) return null;
    return {
      kind: KIND_BY_VERB.get(received[2]!)!,
      other: received[1]!,
      started: false,
      theirWords: received[3] ?? null,
      ownWords,
    };
  }
  const started = STARTED.exec(head);
  if (started !== null) {
    return {
      kind: KIND_BY_VERB.get(started[1]!)!,
      other: started[2]!,
      started: true,
      theirWords: started[3] ?? null,
      ownWords,
    };
  }
  return null;
}

const TONES = ['badly', 'stiffly', 'plainly enough', 'pleasantly', 'warmly'] as const;
const TALK = new RegExp(`^I talked with (.+?)(?: about (.+?))?; it went (${TONES.join('|')})(?:, and (.+?))?\\.?$`);

/** "I talked with Bram about the nets; it went stiffly, and it trailed off." → its parts; null otherwise. */
export function readTalk(content: string): RememberedTalk | null {
  const match = TALK.exec(content.trim());
  if (match === null) return null;
  return {
    company: match[1]!,
    topic: match[2] ?? '',
    tone: match[3] as RememberedTalk['tone'],
    ending: match[4] ?? '',
  };
}

const STANCES: readonly (readonly [string, RememberedStance['stance']])[] = [
  ['I distrust', 'distrust'],
  ['I am wary of', 'wary'],
  ['I keep thinking about', 'unsure'],
  ['I have warmed to', 'warmed'],
  ['I trust', 'trust'],
];
const REFLECTION = new RegExp(`^(${STANCES.map(([w]) => w).join('|')}) (.+?)(?: since (.+?))?\\.?$`);
/** The gist of a summary inside a reflection, cut at a word: "I talked with Bram about the nets; it went". */
const TALK_GIST = /^I talked with (.+?)(?: about ([^;]+))?(?:;.*)?$/;

/** "I distrust Bram since Bram argued with me, “You sold the crate…”" → its parts; null otherwise. */
export function readStance(content: string): RememberedStance | null {
  const match = REFLECTION.exec(content.trim());
  if (match === null) return null;
  const stance = STANCES.find(([w]) => w === match[1])![1];
  const name = match[2]!;
  const since = match[3] ?? '';
  // The quote, when there is one, is the other side's words: "…, “Quoted words…”".
  const quoted = /^(.*?), “(.*)”$/.exec(since);
  const gist = quoted === null ? since : quoted[1]!;
  const words = quoted === null ? null : quoted[2]!;
  const exchange = gist === '' ? null : readExchange(gist);
  if (exchange !== null) return { stance, name, exchange: { ...exchange, theirWords: words }, talk: null };
  const talk = TALK_GIST.exec(gist);
  if (talk !== null) {
    return {
      stance,
      name,
      exchange: null,
      talk: { company: talk[1]!, topic: (talk[2] ?? '').trim(), tone: 'plainly enough', ending: '' },
    };
  }
  return { stance, name, exchange: null, talk: null };
}

const GOOD_WORDS: ReadonlySet<string> = new Set(GOOD);
const BAD_WORDS: ReadonlySet<string> = new Set(BAD);
const PLAIN_WORDS: ReadonlySet<string> = new Set(PLAIN);
/** Owners a thing is said with besides a name's possessive. */
const PRONOUN_OWNERS: ReadonlySet<string> = new Set(['my', 'your', 'our', 'their', 'his', 'her']);
/** Words that end a thing's name: where it is, when, and what it does next. */
const AFTER_THING: ReadonlySet<string> = new Set([
  'across',
  'again',
  'ahead',
  'along',
  'already',
  'around',
  'behind',
  'below',
  'beneath',
  'beside',
  'between',
  'beyond',
  'down',
  'inside',
  'near',
  'opposite',
  'outside',
  'past',
  'round',
  'since',
  'till',
  'toward',
  'towards',
  'under',
  'until',
  'upon',
  'yet',
  'looks',
  'looked',
  'seems',
  'seemed',
  'feels',
  'felt',
  'proved',
  'turned',
  'made',
  'makes',
  'stays',
  'stayed',
  'holds',
  'needs',
  'got',
  'once',
  'today',
  'yesterday',
  'earlier',
  'lately',
  'forever',
  'ever',
  'never',
  'always',
  'together',
  'first',
  'though',
  'however',
  'honestly',
  'instead',
  'alongside',
  'amid',
  'among',
  'atop',
  'against',
  'within',
  'without',
  'through',
  'like',
]);
/** Where and when a line says something happened ("behind the stove", "by teatime", "pre-dawn") ends the thing too. */
const PLACE_AND_TIME_WORDS: ReadonlySet<string> = new Set(
  [...NEAR, ...Object.values(WHEN).flat()]
    .flatMap((phrase) => phrase.toLowerCase().split(' '))
    .filter((w) => !isStopWord(w)),
);
const PEOPLE: ReadonlySet<string> = new Set(TOPIC_THINGS['family'] ?? []);
const MAX_THING_WORDS = 3;
const WORD = /^[a-z][a-z-]*$/;

/**
 * The first owned thing `words` name ("…noted Celeste's dreadful programme, ugh" → Celeste's / dreadful /
 * programme), read as owner, at most one describing word and one to three words of the thing, ended by
 * punctuation or a word that cannot be part of it. Null when the words name none, or when the words were
 * cut ("…") before the thing was over.
 */
export function matterOf(words: string | null): Matter | null {
  if (words === null) return null;
  const tokens = words.match(/[\p{L}'’-]+|[^\s\p{L}'’-]/gu) ?? [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const owner = ownerAt(tokens[i]!, tokens[i - 1]);
    if (owner === null) continue;
    let j = i + 1;
    let adjective: string | null = null;
    if (isDescribing(tokens[j]!) && j + 1 < tokens.length && WORD.test(tokens[j + 1]!)) {
      adjective = tokens[j]!;
      j += 1;
    }
    const thing: string[] = [];
    while (j < tokens.length && thing.length < MAX_THING_WORDS) {
      const word = tokens[j]!;
      if (!WORD.test(word) || isStopWord(word) || AFTER_THING.has(word) || PLACE_AND_TIME_WORDS.has(word)) break;
      if (thing.length > 0 && (word.endsWith('ed') || isDescribing(word))) break;
      thing.push(word);
      j += 1;
    }
    if (thing.length === 0 || thing.every(isDescribing)) continue;
    // Cut off by the memory's length cap: the thing may not be whole.
    if (tokens[j] === '…') continue;
    const feel =
      adjective === null ? null : GOOD_WORDS.has(adjective) ? 'good' : BAD_WORDS.has(adjective) ? 'bad' : 'plain';
    return { owner, adjective, thing: thing.join(' '), feel, person: PEOPLE.has(thing.at(-1)!) };
  }
  return null;
}

/** "Celeste's", "the carter's" (its "the" comes before), "my"…; null for any other word. */
function ownerAt(token: string, before: string | undefined): string | null {
  if (PRONOUN_OWNERS.has(token.toLowerCase()) && token === token.toLowerCase()) return token;
  const possessive = /^(\p{L}[\p{L}-]*)['’]s$/u.exec(token);
  if (possessive === null) return null;
  const name = possessive[1]!;
  if (/^\p{Lu}/u.test(name)) return `${name}'s`;
  // "the carter's": said with its article.
  return before !== undefined && before.toLowerCase() === 'the' ? `the ${name}'s` : null;
}

function isDescribing(word: string): boolean {
  return GOOD_WORDS.has(word) || BAD_WORDS.has(word) || PLAIN_WORDS.has(word);
}
