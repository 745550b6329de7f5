import { ACT_LEANING } from '../../conversations/acts.ts';
import type { DialogueAct } from '../../conversations/acts.ts';
import { EVERYDAY_TOPICS } from '../../conversations/topics.ts';
import type { Random } from '../../ports/index.ts';
import { pick } from '../../random/index.ts';
import type { SceneFacts } from '../scene/facts.ts';
import { FRAMES, OPENERS, TAILS } from './frames.ts';
import { OBJECTIVE_THINGS, objectiveThings } from './objective-things.ts';
import { ALL_THEME_NOUNS } from './scene-words.ts';
import type { SceneWords } from './scene-words.ts';
import { varyPhrases } from './variants.ts';
import { KIND_ADJECTIVES, KIND_DEEDS, kindOf, ownDeeds, themeThing } from './noun-kinds.ts';
import { withHabits } from './habits.ts';
import { THEMES } from '../phrases/scenes/index.ts';
import type { BigFive } from '../../model.ts';
import {
  BAD,
  BYES,
  DETERMINERS,
  DOINGS,
  GOOD,
  HELLOS,
  LANDMARK_DETERMINERS,
  LANDMARKS,
  NEAR,
  OWNERS,
  PLAIN,
  PROJECT_THINGS,
  TOPIC_THINGS,
  WHEN,
  ambience,
  DOERS,
  DEEDS,
} from './pools.ts';

/** Chance that a statement gets a second clause with scene detail. */
export const TAIL_CHANCE = 0.1;
/** Chance that an act with told-event frames uses one of them. */
export const DEED_CHANCE = 0.7;
/** Chance that a reply talks about the very thing the line it answers named. */
export const ECHO_THING_CHANCE = 0.7;
/** Chance that a thing is said as someone's ("the miller's bread") rather than with a determiner. */
export const OWNER_CHANCE = 0.9;
/** Chance that a line opens with an interjection ("Well, …", "Honestly, …"). */
export const OPENER_CHANCE = 0.3;
/** Chance that a thing gets a describing word ("the crooked ladder"). */
export const ADJECTIVE_CHANCE = 0.9;

/** What one act line needs. */
export interface ActLineInput {
  act: DialogueAct;
  /** The topic as said ("the harvest supper", "the food"). */
  topic: string;
  facts: SceneFacts;
  /** The scene's own vocabulary (its themes' things, spots, people and food), if known. */
  scene?: SceneWords;
  /** Name of the first addressee ("" when speaking to everyone). */
  name: string;
  /** The line being answered, if any. */
  incoming: string | null;
  random: Random;
  /** Frame ids already used in this conversation: avoided while others remain. */
  used: ReadonlySet<string>;
  /** Who speaks, for their verbal habits (see habits.ts). */
  speaker?: { name: string; personality: BigFive };
  /** First names of other people about (neither the speaker nor the addressee), who may be named in the line. */
  others?: readonly string[];
}

const THINGS_BY_LABEL = new Map(EVERYDAY_TOPICS.map((t) => [t.label, TOPIC_THINGS[t.key] ?? PROJECT_THINGS]));
const LABEL_OF = new Map(EVERYDAY_TOPICS.map((t) => [t.key, t.label]));
const THINGS_CACHE = new Map<string, readonly string[]>();
const NO_SCENE: SceneWords = { things: [], spots: [], people: [], foods: [] };

/**
 * The things a topic involves, as bare nouns: an everyday topic's own, with the scene's where they fit
 * ("this place" adds the scene's landmarks, spots and things; "work" its things; "the food" its food), or
 * for an objective the things its words name (objective-things.ts), twice as likely as the things any
 * project has.
 */
export function thingsOf(topic: string, facts?: SceneFacts, scene: SceneWords = NO_SCENE): readonly string[] {
  const key = `${topic}\u0000${facts?.place ?? ''}\u0000${scene.things.join('|')}`;
  const cached = THINGS_CACHE.get(key);
  if (cached) return cached;
  let things: readonly string[];
  const own = THINGS_BY_LABEL.get(topic);
  if (own) {
    if (topic === LABEL_OF.get('place'))
      things = [...own, ...(facts ? LANDMARKS[facts.place] : []), ...scene.spots, ...scene.things];
    else if (topic === LABEL_OF.get('work')) things = [...own, ...scene.things];
    else if (topic === LABEL_OF.get('food')) things = [...own, ...scene.foods];
    else things = own;
  } else {
    const named = objectiveThings(topic);
    things = named ? [...named, ...named, ...PROJECT_THINGS] : PROJECT_THINGS;
  }
  if (THINGS_CACHE.size > 1024) THINGS_CACHE.clear();
  THINGS_CACHE.set(key, things);
  return things;
}

/** A noun said with a determiner or an owner, sometimes with a describing word that fits it and leans like the line. */
function sayThing(noun: string, leaning: 'up' | 'down' | 'even', random: Random, input: ActLineInput): string {
  const kind = kindOf(noun);
  const plural = PLURALS.has(noun.split(' ').pop()!);
  const others = input.others ?? [];
  let det: string;
  if (kind === 'weather') det = pick(random, WEATHER_DETERMINERS);
  else if (plural && kind !== 'idea' && precise(input) && random.next() < COUNT_CHANCE)
    // A careful speaker counts: "all seven wicks", "the three lobster pots".
    det = `${pick(random, COUNT_LEADS)}${pick(random, COUNTS)}`;
  else if (random.next() < OWNER_CHANCE)
    det =
      others.length > 0 && random.next() < (kind === 'person' ? 0.6 : CAST_OWNER_CHANCE)
        ? `${pick(random, others)}'s`
        : pick(random, OWNERS);
  // "all the", "half the", "the last" count things: only before a plural ("half the pies", not "half the pie").
  else det = pick(random, plural ? DETERMINERS : SINGULAR_DETERMINERS);
  if (random.next() >= ADJECTIVE_CHANCE) return `${det} ${noun}`;
  return `${det} ${adjectiveFor(noun, kind, leaning, random)} ${noun}`;
}

/** A describing word that suits the noun: its theme's own for a scene thing, its kind's for people, food, weather and plans. */
function adjectiveFor(noun: string, kind: ReturnType<typeof kindOf>, leaning: 'up' | 'down' | 'even', random: Random) {
  if (kind !== 'object') return pick(random, KIND_ADJECTIVES[kind][leaning]);
  const own = themeThing(noun);
  if (leaning === 'even' && own && own.looks.length + own.kinds.length > 0 && random.next() < 0.7)
    return pick(random, [...own.looks, ...own.kinds]);
  return pick(random, leaning === 'up' ? GOOD_THING : leaning === 'down' ? BAD_THING : PLAIN);
}

/** Warm and sour words that describe people rather than things ("a proud ladder"): kept for people. */
const PEOPLE_ONLY = new Set([
  'glad',
  'happy',
  'proud',
  'kind',
  'honest',
  'tender',
  'playful',
  'generous',
  'healthy',
  'friendly',
  'jolly',
  'merry',
  'adorable',
  'cute',
  'smart',
  'clever',
  'handsome',
  'beloved',
  'joyful',
  'calm',
  'cheerful',
  'lucky',
  'stupid',
  'pathetic',
  'worse',
  'lame',
  'tragic',
  'sad',
  'failed',
  'wrong',
  'scary',
  'hopeless',
  'miserable',
  'boring',
]);
const GOOD_THING = GOOD.filter((a) => !PEOPLE_ONLY.has(a));
const BAD_THING = BAD.filter((a) => !PEOPLE_ONLY.has(a));
/** Weather is "the fog" or "this fog", nobody's. */
const WEATHER_DETERMINERS = ['the', 'this', 'that', 'all this', 'all that', 'the'] as const;
/** Chance that a careful (conscientious) speaker gives the count of plural things. */
export const COUNT_CHANCE = 0.35;
const COUNTS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
];
const COUNT_LEADS = ['', 'all ', 'the ', 'all ', ''];
/** Chance that a thing said as someone's is one of the people about ("Esme's net"), when any are. */
export const CAST_OWNER_CHANCE = 0.3;
/** A conscientious speaker: precise wording, counts. */
function precise(input: ActLineInput): boolean {
  return (input.speaker?.personality.conscientiousness ?? 0) > 0.6;
}

/** Writes a line for an act about a topic, fitting the scene; returns it with the frame id used. */
export function composeActLine(input: ActLineInput): { text: string; frame: string } {
  const { act, random } = input;
  const frames = FRAMES[act];
  const incoming = input.incoming?.toLowerCase() ?? '';
  // A reply to a line that names the topic itself ("the lanterns") answers about exactly that.
  const head = input.topic.toLowerCase().split(' ').pop() ?? '';
  const named = head.length > 2 && incoming.includes(head.replace(/s$/, ''));
  let fresh = frames.map((_, i) => i).filter((i) => !input.used.has(`${act}:${i}`));
  if (named) {
    const saying = fresh.filter((i) => /\{(thing|topic)\}/.test(frames[i]!));
    fresh = saying.length > 0 ? saying : frames.map((_, i) => i).filter((i) => /\{(thing|topic)\}/.test(frames[i]!));
  }
  // Told events ({deed}) are built from large pools: favour them, so the transcript stays varied.
  const deeds = fresh.filter((i) => frames[i]!.includes('{deed}'));
  if (!named && deeds.length > 0 && random.next() < DEED_CHANCE) fresh = deeds;
  const index = fresh.length > 0 ? pick(random, fresh) : Math.floor(random.next() * frames.length);
  const leaning = ACT_LEANING[act] === 1 ? 'up' : ACT_LEANING[act] === -1 ? 'down' : 'even';
  const things = thingsOf(input.topic, input.facts, input.scene);
  const objective = !THINGS_BY_LABEL.has(input.topic);
  const echoed = incoming === '' ? undefined : things.find((t) => incoming.includes(` ${t}`));
  const noun = echoed && random.next() < ECHO_THING_CHANCE ? echoed : pick(random, things);
  let noun2 = pick(random, things);
  for (let i = things.indexOf(noun) + 1; noun2 === noun; i++) noun2 = things[i % things.length]!;
  // An objective's own name stands for one thing in three, so its lines keep saying what they serve.
  const thing =
    named || (objective && random.next() < 0.34)
      ? sayTopic(input.topic, random)
      : sayThing(noun, leaning, random, input);
  const thing2 = sayThing(noun2, leaning, random, input);
  const fill = (frame: string) =>
    agree(
      varyPhrases(frame, random).replace(/\{(\w+)\}/g, (_, slot: string, at: number) => {
        const value = slotValue(slot, input, thing, thing2);
        return at > 0 && (slot === 'hello' || slot === 'bye') ? value.charAt(0).toLowerCase() + value.slice(1) : value;
      }),
    );
  let text = fill(frames[index]!);
  const statement = !/[?]$/.test(text) && act !== 'greet' && act !== 'farewell' && act !== 'laugh' && act !== 'groan';
  if (statement && random.next() < TAIL_CHANCE) text += fill(pick(random, TAILS[leaning]));
  // No opener before a line that already opens with an interjection ("Oh, …", "Ugh. …", "Ha!").
  const interjected = /^[A-Z][a-z]*[,.!;]/.test(text) && !(input.name !== '' && text.startsWith(input.name));
  let opener =
    random.next() >= OPENER_CHANCE || act === 'greet' || act === 'farewell' || interjected
      ? ''
      : fill(pick(random, OPENERS[leaning]));
  // No opener that says the line's own first word again ("So, so …", "Honestly, honestly …").
  const firstWord = (x: string) => /^[a-z]+/i.exec(x)?.[0]?.toLowerCase() ?? '';
  if (opener !== '' && firstWord(opener) === firstWord(text)) opener = '';
  text =
    opener === '' || (input.name !== '' && text.startsWith(input.name)) ? opener + text : opener + lowerFirst(text);
  return { text: tidy(withHabits(tidy(text), act, input, things)), frame: `${act}:${index}` };

  function slotValue(slot: string, i: ActLineInput, t1: string, t2: string): string {
    const r = i.random;
    switch (slot) {
      case 'name':
        return i.name === '' ? 'friends' : i.name;
      case 'topic':
        return sayTopic(i.topic, r);
      case 'thing':
        return t1;
      case 'thing2':
        return t2;
      case 'good':
        return pick(r, GOOD);
      case 'bad':
        return pick(r, BAD);
      case 'plain':
        return pick(r, PLAIN);
      case 'spot':
        return spotIn(i);
      case 'doing':
        return pick(r, DOINGS[i.facts.place]);
      case 'when':
        return pick(r, WHEN[i.facts.timeOfDay]);
      case 'amb':
        return pick(r, ambience(i.facts));
      case 'doer':
        return doer(i);
      case 'deed':
        return deed(i, leaning, things);
      case 'hello':
        return pick(r, HELLOS[i.facts.timeOfDay]);
      case 'bye':
        return pick(r, BYES[i.facts.timeOfDay]);
      default:
        throw new Error(`Unknown slot {${slot}} in a dialogue frame.`);
    }
  }
}

/**
 * A small told event: someone did something to a thing of the topic, somewhere or some time
 * ("the miller weighed our crooked ladder by the far pond"). Built from large pools, so it rarely repeats.
 */
function deed(input: ActLineInput, leaning: 'up' | 'down' | 'even', things: readonly string[]): string {
  const r = input.random;
  const noun = pick(r, things);
  const kind = kindOf(noun);
  const own = kind === 'object' ? themeThing(noun) : undefined;
  const ownVerb = own !== undefined && own.verbs.length > 0 && r.next() < OWN_VERB_CHANCE;
  const verb = ownVerb ? pick(r, ownDeeds(own)) : kind === 'object' ? pick(r, DEEDS) : pick(r, KIND_DEEDS[kind]);
  const who = doer(input, true);
  let what = sayThing(noun, leaning, r, input);
  // Not "Jonas had tea with Jonas's nephew": the doer's own things are "their" things.
  if (what.startsWith(`${who}'s `)) what = `their ${what.slice(who.length + 3)}`;
  const x = r.next();
  const where =
    x < SPOT_IN_DEED ? ` ${spotIn(input)}` : x < SPOT_IN_DEED + 0.1 ? ` ${pick(r, WHEN[input.facts.timeOfDay])}` : '';
  return `${who} ${verb} ${what}${where}`;
}
/** Chance that a told event says where it happened (and a further 0.1 that it says when). */
export const SPOT_IN_DEED = 0.25;
/** Chance that a scene thing's told event uses the thing's own work verb ("caulked the rowing boat"). */
export const OWN_VERB_CHANCE = 0.6;

/** Someone else, by name or role, who fits "{doer} said …" and "ask {doer}": one person, never the speaker. */
function doer(input: ActLineInput, anyone = false): string {
  const r = input.random;
  const people = input.scene?.people ?? [];
  const others = input.others ?? [];
  const x = r.next();
  if (others.length > 0 && x < CAST_DOER_CHANCE) return pick(r, others);
  if (people.length > 0 && x < CAST_DOER_CHANCE + SCENE_PERSON_CHANCE) return pick(r, people);
  return pick(r, anyone ? DOERS : SOMEONE_ELSE);
}
/** Chance that a told event's doer is one of the people about, by name ("Esme"), when any are. */
export const CAST_DOER_CHANCE = 0.25;
const SOMEONE_ELSE = DOERS.filter((d) => !/^(I|we|somebody|the twins|the boys)$/.test(d));

/** Chance that a told event's doer is one of the scene's people ("the harbourmaster"). */
export const SCENE_PERSON_CHANCE = 0.15;
/** Chance that a spot is one of the scene's own places ("the slipway") rather than a landmark of its kind. */
export const SCENE_SPOT_CHANCE = 0.4;

/** A spot of the place: "by the fountain", "behind our weedy slipway", "near the north bakery". */
function spotIn(input: ActLineInput): string {
  const r = input.random;
  const spots = input.scene?.spots ?? [];
  const own = spots.length > 0 && r.next() < SCENE_SPOT_CHANCE ? pick(r, spots) : null;
  const noun = own ?? pick(r, LANDMARKS[input.facts.place]);
  const adjectives = (own && SPOT_ADJECTIVES.get(own)) || PLACE_ADJECTIVES;
  const adjective = own && r.next() < SPOT_ADJECTIVE_CHANCE ? `${pick(r, adjectives)} ` : '';
  return `${pick(r, NEAR)} ${pick(r, LANDMARK_DETERMINERS)} ${adjective}${noun}`;
}
/** Chance that a spot is described ("the quiet bakery", "the weedy slipway"). */
export const SPOT_ADJECTIVE_CHANCE = 0.3;
/** Describing words that fit any landmark of a place (none of them names a time of day). */
const PLACE_ADJECTIVES = [
  'old',
  'new',
  'big',
  'little',
  'north',
  'south',
  'east',
  'west',
  'busy',
  'quiet',
  'crowded',
  'empty',
  'first',
  'second',
  'main',
  'back',
  'front',
  'nearest',
  'usual',
  'other',
];
/** The adjectives the themes give their own places ("weedy" for the slipway). */
const SPOT_ADJECTIVES: ReadonlyMap<string, readonly string[]> = new Map(
  THEMES.flatMap((t) => t.spots)
    .filter((x) => x.adjectives.length > 0)
    .map((x) => [x.noun, x.adjectives]),
);

/** Determiners that fit a single thing too. */
const SINGULAR_DETERMINERS = DETERMINERS.filter((d) => !/^(all|half) the$|^the last$|^any$/.test(d));

/** People's names in the pools ("Ivy", "Aunt Bel", "Tam's"): a line starting with one keeps its capital. */
const PROPER_NAMES: ReadonlySet<string> = new Set(
  [...DOERS, ...OWNERS]
    .map((d) => d.split(' ')[0]!.replace(/'s$/, ''))
    .filter((w) => /^[A-Z][a-z]+$/.test(w) && w !== 'I'),
);

/** Chance that a topic said as "the …" is said with another determiner ("our lost key", "that ledger"). */
export const TOPIC_DETERMINER_CHANCE = 0.4;
/** Determiners that fit one thing and many ("our lanterns", "our key"). */
const TOPIC_DETERMINERS = ['our', 'your'] as const;

/** A topic as said in a line: its label, sometimes with another determiner (its words stay, so it is recognised). */
function sayTopic(topic: string, random: Random): string {
  if (!topic.startsWith('the ') || random.next() >= TOPIC_DETERMINER_CHANCE) return topic;
  return `${pick(random, TOPIC_DETERMINERS)} ${topic.slice(4)}`;
}

/** Last words of the pools' plural things ("pies", "helpers", "stars"): they take "are", not "is". */
const PLURALS: ReadonlySet<string> = new Set(
  [
    ...Object.values(TOPIC_THINGS).flat(),
    ...PROJECT_THINGS,
    ...Object.values(OBJECTIVE_THINGS).flat(),
    ...ALL_THEME_NOUNS,
    ...Object.values(LANDMARKS).flat(),
    'stars',
    'lanterns',
    'candles',
    'shadows',
    'twins',
  ]
    .map((t) => t.split(' ').pop()!)
    .filter((w) => /[^su]s$/.test(w) && w !== 'news'),
);
const PLURAL_VERB: Readonly<Record<string, string>> = {
  is: 'are',
  was: 'were',
  has: 'have',
  matters: 'matter',
  looks: 'look',
  feels: 'feel',
  seems: 'seem',
  needs: 'need',
  worries: 'worry',
  troubles: 'trouble',
  bothers: 'bother',
  depends: 'depend',
  stays: 'stay',
  hangs: 'hang',
  waits: 'wait',
  comes: 'come',
  goes: 'go',
};
const VERB = new RegExp(`\\b([a-z]+) (${Object.keys(PLURAL_VERB).join('|')})\\b`, 'g');

/** A plural thing takes a plural verb: "the pickles is" → "the pickles are", "the lanterns needs" → "need". */
function agree(text: string): string {
  return text.replace(VERB, (m, w: string, v: string) => (PLURALS.has(w) ? `${w} ${PLURAL_VERB[v]}` : m));
}

/** Lowercases a line's first letter after an opener, unless it starts with "I". */
function lowerFirst(text: string): string {
  if (/^(I\b|I')/.test(text)) return text;
  const first = /^[A-Z][a-z]+/.exec(text)?.[0];
  if (first !== undefined && PROPER_NAMES.has(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Capitalises each sentence's first letter and collapses spaces. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|[.!?]\s+)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
}
