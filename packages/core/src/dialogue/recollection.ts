/**
 * A conversation line that refers back: to something the speaker remembers (a memory retrieved for the
 * moment: an exchange, a conversation's summary, a reflection) or to lore the speaker knows. Appended as
 * a sentence of its own after the act's line, now and then, so characters bring up earlier events and
 * their town's stories without every line turning into one. Its draws come from a stream of its own,
 * seeded by the line (speaker's name, topic, words), never from the request's random: the scene's other
 * choices (acts, topics, who speaks) stay as they would be without memories or lore.
 */
import type { InteractionType } from '../model.ts';
import type { DialogueRequest, LorePassage, Random } from '../ports/index.ts';
import { pick, randomFor } from '../random/index.ts';
import { recallClause } from '../memory/index.ts';
import { matterOf, readExchange, readStance, readTalk } from './remembered.ts';
import type { Matter, RememberedExchange, RememberedStance, RememberedTalk } from './remembered.ts';

/**
 * Chance that a line which could bring up a memory does. Every recollection repeats some words the scene
 * has heard (the remembered exchange's own thing, a few joining words), so the transcript's variety
 * (distinct word pairs, ≥ 0.6 over the quality bench) bounds it: the set phrases of talk are short and
 * varied by manner (acts/social.ts) to leave room for it. Lore, quoted from documents, brings its own
 * words and comes up at LORE_CHANCE.
 */
export const RECOLLECTION_CHANCE = 0.1;
/** Chance that a line which could quote lore the speaker knows does. */
export const LORE_CHANCE = 0.1;
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
  const draw = random.next();
  const canRecall = memory !== undefined && draw < RECOLLECTION_CHANCE;
  const canQuote = passages.length > 0 && draw < LORE_CHANCE;
  if (!canRecall && !canQuote) return null;
  const useLore = canQuote && (!canRecall || random.next() < LORE_SHARE);
  if (useLore) return loreRemark(pick(random, passages));
  // A memory not worth bringing up (a passing chat) leaves the turn to lore, when there is some.
  const remark = memoryRemark(memory!, request, random);
  return remark ?? (canQuote ? loreRemark(pick(random, passages)) : null);
}

/**
 * How a speaker brings things up, from its personality: a fretful one (neuroticism) dwells on a sore
 * memory, a warm one (agreeableness) lets it go, a sharp one stands by it, a lively one (extraversion)
 * exclaims, a careful one (conscientiousness) values work done well, a curious one (openness) what it learnt.
 */
interface Temper {
  fretful: boolean;
  warm: boolean;
  sharp: boolean;
  lively: boolean;
  careful: boolean;
  curious: boolean;
}

/** A trait at or above this reads as marked in how a memory is brought up; at or below 1 − this, as its opposite. */
export const MARKED_TRAIT = 0.6;

function temperOf(request: DialogueRequest): Temper {
  const p = request.speaker.personality;
  return {
    fretful: p.neuroticism >= MARKED_TRAIT,
    warm: p.agreeableness >= MARKED_TRAIT,
    sharp: p.agreeableness <= 1 - MARKED_TRAIT,
    lively: p.extraversion >= MARKED_TRAIT,
    careful: p.conscientiousness >= MARKED_TRAIT,
    curious: p.openness >= MARKED_TRAIT,
  };
}

/** Memories with |valence| above this are brought up fondly or sorely rather than neutrally. */
export const FELT_VALENCE = 0.2;
type Feeling = 'fond' | 'sore' | 'mixed';

function feelingOf(valence: number): Feeling {
  return valence > FELT_VALENCE ? 'fond' : valence < -FELT_VALENCE ? 'sore' : 'mixed';
}

/**
 * Who the remembered other is in the line: "you" when the line is said to them, else their name; and
 * how the speaker's and listener's names are said ("Celeste's" → "my" from Celeste, "your" to her).
 */
interface People {
  /** The other, as subject and object: "you" or "Bram". */
  who: string;
  /** The listener's name, to address them by, or "". */
  listener: string;
  speaker: string;
}

function peopleFor(other: string, request: DialogueRequest, aboutListener: boolean): People {
  const listener = (request.listener?.name ?? request.listenerName).trim();
  const toThem = aboutListener || (listener !== '' && sameName(other, listener));
  return { who: toThem ? 'you' : other, listener, speaker: request.speaker.name.trim() };
}

/** "Bram" and "Bram Tolley" are the same person in a line. */
function sameName(a: string, b: string): boolean {
  const first = (s: string) => s.split(/\s+/)[0]!.toLowerCase();
  return a.trim() !== '' && b.trim() !== '' && (a === b || first(a) === first(b));
}

/**
 * The thing an exchange was about, as the speaker says it now: the owner turned to the speaker's view
 * ("your cider", said to Hugo's face by Hugo, is "my cider" when Hugo's listener remembers it).
 */
function mattersOf(exchange: RememberedExchange, people: People): { theirs: Matter | null; mine: Matter | null } {
  const turn = (m: Matter | null, side: 'theirs' | 'mine'): Matter | null => {
    if (m === null) return null;
    let owner = m.owner;
    const named = /^(.+)'s$/.exec(owner)?.[1];
    if (named !== undefined && !named.startsWith('the ')) {
      if (sameName(named, people.speaker)) owner = 'my';
      else if (people.listener !== '' && sameName(named, people.listener)) owner = 'your';
      else if (people.who === 'you' && sameName(named, exchange.other)) owner = 'your';
    } else if (side === 'theirs' && owner === 'your') owner = 'my';
    else if (owner === (side === 'theirs' ? 'my' : 'your')) owner = people.who === 'you' ? 'your' : `${people.who}'s`;
    return { ...m, owner };
  };
  return { theirs: turn(matterOf(exchange.theirWords), 'theirs'), mine: turn(matterOf(exchange.ownWords), 'mine') };
}

/** "Celeste's programme", now and then with its describing word ("Celeste's dreadful programme"). */
function said(m: Matter, random: Random): string {
  return m.adjective !== null && random.next() < 0.3 ? `${m.owner} ${m.adjective} ${m.thing}` : `${m.owner} ${m.thing}`;
}

/*
 * Clauses for a remembered exchange, by its kind and by who opened it: `{who}` is the other as subject
 * ("you", "Bram", or "they" once named), `{whom}` as object; `{m}` the thing it was about. Many verbs, few
 * joining words: each clause is its verb and its thing, so two recollections seldom share a word pair.
 */
const THEIR_CLAUSES: Readonly<Record<InteractionType, readonly string[]>> = {
  conflict: [
    '{who} ran down {m}',
    '{who} sneered at {m}',
    '{who} scoffed at {m}',
    '{who} mocked {m}',
    '{who} belittled {m}',
    '{who} found fault with {m}',
    '{who} blamed me for {m}',
    '{who} picked a quarrel over {m}',
    '{who} would not hear a good word about {m}',
    '{who} lectured me on {m}',
  ],
  collaboration: [
    '{who} asked my help with {m}',
    '{who} roped me into {m}',
    '{who} and I tackled {m}',
    '{who} and I saw to {m}',
    '{who} needed a hand with {m}',
    '{who} got me working on {m}',
    '{who} enlisted me for {m}',
  ],
  chat: [
    '{who} told me about {m}',
    '{who} had news of {m}',
    '{who} went on about {m}',
    '{who} brought up {m}',
    '{who} mentioned {m}',
    '{who} raved about {m}',
    '{who} gossiped about {m}',
  ],
  greeting: ['{who} stopped to ask after {m}', '{who} hailed me with news of {m}', '{who} waved me over about {m}'],
};
const MY_CLAUSES: Readonly<Record<InteractionType, readonly string[]>> = {
  conflict: [
    'I lost my temper with {whom} over {m}',
    'I scolded {whom} about {m}',
    'I snapped at {whom} over {m}',
    'I told {whom} what I thought of {m}',
    'I grumbled to {whom} about {m}',
    '{who} and I fell out over {m}',
  ],
  collaboration: [
    'I asked {whom} to help with {m}',
    '{who} helped me with {m}',
    'I roped {whom} into {m}',
    '{who} pitched in on {m}',
    '{who} and I got {m} done',
    'I enlisted {whom} for {m}',
  ],
  chat: [
    'I told {whom} about {m}',
    'I brought up {m} with {whom}',
    'I gave {whom} the news of {m}',
    '{who} heard all about {m} from me',
    'I chattered to {whom} about {m}',
  ],
  greeting: ['I stopped {whom} to ask after {m}', 'I hailed {whom} with news of {m}'],
};
/** Said of a thing called good or bad ("you called Celeste's programme dreadful"). */
const CALLED_CLAUSE = '{who} called {bare} {adj}';
/** When the exchange named no thing. */
const PLAIN_CLAUSES: Readonly<Record<InteractionType, readonly string[]>> = {
  conflict: ['{who} snapped at me', '{who} told me off', 'I snapped at {whom}', '{who} and I quarrelled'],
  collaboration: ['{who} and I worked side by side', '{who} asked for my help', '{who} lent me a hand'],
  chat: ['{who} and I chatted a while', '{who} stopped me for a chat', 'I stopped {whom} for a chat'],
  greeting: ['{who} stopped to greet me', '{who} waved me over', 'I stopped to greet {whom}'],
};
/** Said of the other's words, when they named no thing: "you told me “Everyone has problems”". */
const QUOTE_CLAUSES = ['{who} told me “{q}”', '{who} said “{q}”'] as const;

/** How it felt, said after the clause ("…; I have not let it go"), by feeling and temper. */
function tails(feeling: Feeling, temper: Temper, mine: boolean, toThem: boolean): string[] {
  if (feeling === 'sore') {
    const out = ['I have not let it go', 'it still rankles', 'that stung', 'it smarts yet', 'I mind it still'];
    if (temper.fretful) out.push('it keeps me awake', 'I keep turning it over', 'it gnaws at me');
    if (temper.warm) out.push('but no grudge', 'I hope we can mend it');
    if (temper.sharp) out.push('I stand by what I said', mine ? 'I meant every word' : 'I was right');
    if (temper.lively) out.push('it makes my blood boil!');
    return out;
  }
  if (feeling === 'fond') {
    const out = ['I was glad of it', 'I think of it often', 'it did me good', 'a good hour, that'];
    if (temper.lively) out.push('what fun it was!', 'I would do it again tomorrow!');
    if (temper.careful) out.push('it was done properly', 'neat work, that');
    if (temper.curious) out.push('I learnt a thing or two', 'it set me thinking');
    if (temper.warm) out.push(toThem && !mine ? 'kind of you' : 'I was grateful');
    return out;
  }
  const out = ['it has stayed with me', 'I still think about it', 'I wonder about it'];
  if (temper.fretful) out.push('I do not know what to make of it');
  if (temper.curious) out.push('it left me curious');
  return out;
}

/** Of exchange remarks, the share framed by a lead ("Remember how …?"). */
export const LED_SHARE = 0.25;
/** Of the others, the share followed by how it felt ("…; I have not let it go"). */
export const FELT_SHARE = 0.45;

/** Leads that frame the clause as a question or a thought ("I have not forgotten how you …"). */
const LEADS: Readonly<Record<Feeling, readonly string[]>> = {
  fond: ['Remember how', 'I liked how', 'Mind you,'],
  sore: ['Mind you,', 'I recall how', 'Not that I forget how'],
  mixed: ['Mind you,', 'Odd, how'],
};

/**
 * "Esme, you called Celeste's programme dreadful; I have not let it go." A remembered exchange said with
 * what it was about (the thing either side named), who started it, how it felt and the speaker's temper.
 */
function exchangeRemark(
  exchange: RememberedExchange,
  valence: number,
  people: People,
  temper: Temper,
  random: Random,
): string {
  const clause = exchangeClause(exchange, people, random);
  const feeling = feelingOf(valence);
  const toThem = people.who === 'you';
  const form = random.next();
  const address = toThem && people.listener !== '' ? firstName(people.listener) : '';
  if (form < LED_SHARE) {
    const lead = pick(random, LEADS[feeling]);
    return `${lead} ${clause}${lead.startsWith('Remember') ? '?' : '.'}`;
  }
  let joined = '';
  let end = '.';
  // Now and then how it felt is said too; else the clause's own verb says it ("you mocked", "you lent me a hand").
  if (random.next() < FELT_SHARE) {
    const tail = pick(random, tails(feeling, temper, exchange.started, toThem));
    joined = tail.startsWith('but ') ? `, ${tail}` : `; ${tail}`;
    if (tail.endsWith('!')) end = '';
  }
  if (address !== '' && random.next() < 0.6) return `${address}, ${clause}${joined}${end}`;
  return `${capital(clause)}${joined}${end}`;
}

/** "you called Celeste's programme dreadful", "I asked Bram to help with the nets", "you told me “…”". */
function exchangeClause(exchange: RememberedExchange, people: People, random: Random): string {
  const { theirs, mine } = mattersOf(exchange, people);
  const fill = (template: string, m: Matter) =>
    withWho(template, people.who)
      .replace('{m}', said(m, random))
      .replace('{bare}', `${m.owner} ${m.thing}`)
      .replace('{adj}', m.adjective ?? '');
  // Something they called good or bad, in a chat or a quarrel, is said as they called it.
  const called = theirs !== null && (theirs.feel === 'good' || theirs.feel === 'bad') ? theirs : null;
  if (called !== null && (exchange.kind === 'conflict' || exchange.kind === 'chat') && random.next() < CALLED_SHARE) {
    return fill(CALLED_CLAUSE, called);
  }
  // Work is on what its opener asked about; a chat or a quarrel may be recalled by the answer's thing too.
  const opener = exchange.started ? mine : theirs;
  const answer = exchange.started ? theirs : mine;
  const opened = opener ?? (exchange.kind === 'collaboration' ? null : answer);
  // One works on things, not on someone's cousin.
  const matter = opened !== null && opened.person && exchange.kind === 'collaboration' ? null : opened;
  const clauses = exchange.started ? MY_CLAUSES : THEIR_CLAUSES;
  if (matter !== null) return fill(pick(random, clauses[exchange.kind]), matter);
  const quote = exchange.theirWords === null ? null : firstWords(exchange.theirWords);
  if (quote !== null && exchange.kind !== 'greeting' && random.next() < 0.5) {
    return withWho(pick(random, QUOTE_CLAUSES), people.who).replace('{q}', quote);
  }
  return withWho(pick(random, PLAIN_CLAUSES[exchange.kind]), people.who);
}

/** Of exchanges where the other called a thing good or bad, the share recalled by what they called it. */
export const CALLED_SHARE = 0.4;
/** Words of the other's line quoted when it named no thing. */
export const RECALLED_QUOTE_MAX_WORDS = 6;

/** The other's words up to the first sentence's end, at most RECALLED_QUOTE_MAX_WORDS, without a closing name. */
function firstWords(words: string): string | null {
  const sentence = (words.split(/(?<=[.!?…])\s/, 1)[0] ?? '').replace(/,\s*\p{Lu}[\p{L}-]*[.!?]$/u, '.');
  const list = sentence.split(/\s+/).filter((w) => w !== '');
  if (list.length === 0 || list.length > RECALLED_QUOTE_MAX_WORDS) return null;
  return list.join(' ').replace(/[.,;:]$/, '');
}

/** Fills `{who}` and `{whom}`: "you" or a name, or "they"/"them" for someone named already in the line. */
function withWho(template: string, who: string): string {
  return template.replaceAll('{who}', who).replaceAll('{whom}', who === 'they' ? 'them' : who);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function firstName(name: string): string {
  return name.split(/\s+/)[0]!;
}

/*
 * A remembered conversation: with whom, about what, how it went and how it ended.
 */
const TONE_WORDS: Readonly<Record<RememberedTalk['tone'], string>> = {
  badly: 'sour',
  stiffly: 'stiff',
  'plainly enough': 'plain enough',
  pleasantly: 'pleasant',
  warmly: 'warm',
};
/** `{us}`: "you, Sami and I"; `{them}`: "you and Sami"; `{about}`: " about the nets" or ""; `{how}`/`{tone}`: "warmly"/"warm". */
const TALK_CLAUSES = [
  '{us} talked{about}, and it went {how}',
  '{us} had a {tone} talk{about}',
  'the talk{about} with {them} went {how}',
  'when {us} talked{about}, it went {how}',
  'our talk{about} went {how}',
] as const;
/** How the summary's ending is said now ("it trailed off" → "until it petered out"). */
const TALK_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  'we said our goodbyes': ['until we said goodbye', 'right up to our goodbyes'],
  'it trailed off': ['until it trailed off', 'before it petered out'],
  'it broke up when people left': ['until people drifted away', 'until the others left'],
  'we were all too tired to go on': ['until we were all worn out', 'till we ran out of steam'],
  'I was called away': ['until I was called away', 'till I got called away'],
};
/** A second sentence on how it went, now and then, by tone and temper. */
function talkAfterthoughts(tone: RememberedTalk['tone'], temper: Temper): string[] {
  if (tone === 'warmly' || tone === 'pleasantly') {
    const out = ['I would gladly do it again.', 'I liked that.'];
    if (temper.lively) out.push('We should do that more often!');
    if (temper.curious) out.push('I learnt a fair bit.');
    return out;
  }
  if (tone === 'badly' || tone === 'stiffly') {
    const out = ['I would rather not repeat it.', 'It left a sour taste.'];
    if (temper.fretful) out.push('I have worried about it since.');
    if (temper.warm) out.push('I hope we can do better.');
    return out;
  }
  return temper.careful ? ['Nothing much came of it.', 'Nothing got settled.'] : ['Nothing much came of it.'];
}
/** Of talk remarks, the share followed by an afterthought. */
export const TALK_AFTERTHOUGHT_CHANCE = 0.2;

function talkRemark(talk: RememberedTalk, people: Omit<People, 'who'>, temper: Temper, random: Random): string {
  const names = talk.company
    .split(/, | and /)
    .map((n) => (people.listener !== '' && sameName(n, people.listener) ? 'you' : n));
  const ordered = [...names.filter((n) => n === 'you'), ...names.filter((n) => n !== 'you')];
  const them = ordered.length === 1 ? ordered[0]! : `${ordered.slice(0, -1).join(', ')} and ${ordered.at(-1)!}`;
  const us = `${ordered.join(', ')} and I`;
  const about = talk.topic === '' ? '' : ` about ${talk.topic}`;
  const toThem = names.includes('you');
  // "Our talk" says with whom only when said to them.
  let clause = pick(random, toThem ? TALK_CLAUSES : TALK_CLAUSES.filter((c) => !c.startsWith('our')))
    .replace('{us}', us)
    .replace('{them}', them)
    .replace('{about}', about)
    .replace('{how}', talk.tone)
    .replace('{tone}', TONE_WORDS[talk.tone]);
  const endings = TALK_ENDINGS[talk.ending];
  if (endings !== undefined && random.next() < 0.4) clause = `${clause}, ${pick(random, endings)}`;
  const address = toThem && random.next() < 0.5 ? `${firstName(people.listener)}, ` : '';
  const sentence = `${address === '' ? capital(clause) : `${address}${clause}`}.`;
  return random.next() < TALK_AFTERTHOUGHT_CHANCE
    ? `${sentence} ${pick(random, talkAfterthoughts(talk.tone, temper))}`
    : sentence;
}

/*
 * A reflection: how the speaker stands toward someone now, and since what.
 */
const STANCE_WORDS: Readonly<Record<RememberedStance['stance'], readonly string[]>> = {
  distrust: ['I distrust {whom}', 'I doubt {whom}', "I keep {whom} at arm's length"],
  wary: ['I am wary of {whom}', 'I watch {whom}', 'I am careful with {whom}'],
  unsure: ['I cannot make {whom} out', 'I wonder about {whom}'],
  warmed: ['I have grown fond of {whom}', 'I like {whom} better', 'I warmed to {whom}'],
  trust: ['I trust {whom}', 'I count on {whom}', 'I rely on {whom}'],
};
/** Softer or blunter words for a stance, by temper. */
function stanceWords(stance: RememberedStance['stance'], temper: Temper): string[] {
  const out = [...STANCE_WORDS[stance]];
  if (temper.warm && (stance === 'distrust' || stance === 'wary')) out.push('I hardly trust {whom}');
  if (temper.sharp && stance === 'distrust') out.push('I would not trust {whom} an inch');
  if (temper.lively && (stance === 'warmed' || stance === 'trust')) out.push('I have quite taken to {whom}');
  return out;
}

function stanceRemark(reflection: RememberedStance, people: People, temper: Temper, random: Random): string {
  const head = withWho(pick(random, stanceWords(reflection.stance, temper)), people.who);
  let since = '';
  if (reflection.exchange !== null) {
    // Named once already, the other is "they" now, and "they and I" is "we".
    const named = people.who === 'you' ? people : { ...people, who: 'they' };
    since = exchangeClause(reflection.exchange, named, random).replace(/^they and I\b/, 'we');
  } else if (reflection.talk !== null && reflection.talk.topic !== '') {
    since = `we talked about ${reflection.talk.topic}`;
  }
  const address =
    people.who === 'you' && people.listener !== '' && random.next() < 0.5 ? `${firstName(people.listener)}, ` : '';
  const body = since === '' ? head : `${head}, since ${since}`;
  return `${address === '' ? capital(body) : `${address}${body}`}.`;
}

function memoryRemark(
  memory: DialogueRequest['memories'][number],
  request: DialogueRequest,
  random: Random,
): string | null {
  const listener = request.listener;
  const aboutListener = listener !== null && memory.aboutId === listener.id;
  const temper = temperOf(request);
  switch (memory.kind) {
    case 'reflection': {
      const reflection = readStance(memory.content);
      // Not in the engine's words: said as it stands, without the words it quotes (they would read as an echo).
      if (reflection === null) return memory.content.replace(/,\s*“[^”]*”/g, '');
      return stanceRemark(reflection, peopleFor(reflection.name, request, aboutListener), temper, random);
    }
    case 'summary': {
      const talk = readTalk(memory.content);
      if (talk === null) return null;
      return talkRemark(talk, peopleFor('', request, false), temper, random);
    }
    case 'observation': {
      // A single exchange is brought up only when it mattered (a quarrel, a real help), not every chat.
      if (memory.importance < OBSERVATION_RECALL_IMPORTANCE) return null;
      const exchange = readExchange(memory.content);
      if (exchange !== null) {
        return exchangeRemark(
          exchange,
          memory.valence,
          peopleFor(exchange.other, request, aboutListener),
          temper,
          random,
        );
      }
      // Not an exchange between characters (a visitor's words, say): its opening clause, framed by how it felt.
      const clause = recallClause(memory, aboutListener ? listener.name : '');
      if (clause === '') return null;
      return `${pick(random, LEADS[feelingOf(memory.valence)])} ${clause}.`;
    }
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
