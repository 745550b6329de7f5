import { ACT_LEANING } from '../../conversations/acts.ts';
import type { DialogueAct } from '../../conversations/acts.ts';
import { EVERYDAY_TOPICS } from '../../conversations/topics.ts';
import type { Random } from '../../ports/index.ts';
import { pick } from '../../random/index.ts';
import type { SceneFacts } from '../scene/facts.ts';
import { FRAMES, OPENERS, TAILS } from './frames.ts';
import { OBJECTIVE_THINGS, objectiveThings } from './objective-things.ts';
import { varyPhrases } from './variants.ts';
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
export const DEED_CHANCE = 0.45;
/** Chance that a reply talks about the very thing the line it answers named. */
export const ECHO_THING_CHANCE = 0.7;
/** Chance that a thing is said as someone's ("the miller's bread") rather than with a determiner. */
export const OWNER_CHANCE = 0.45;
/** Chance that a thing gets a describing word ("the crooked ladder"). */
export const ADJECTIVE_CHANCE = 0.55;

/** What one act line needs. */
export interface ActLineInput {
  act: DialogueAct;
  /** The topic as said ("the harvest supper", "the food"). */
  topic: string;
  facts: SceneFacts;
  /** Name of the first addressee ("" when speaking to everyone). */
  name: string;
  /** The line being answered, if any. */
  incoming: string | null;
  random: Random;
  /** Frame ids already used in this conversation: avoided while others remain. */
  used: ReadonlySet<string>;
}

const THINGS_BY_LABEL = new Map(EVERYDAY_TOPICS.map((t) => [t.label, TOPIC_THINGS[t.key] ?? PROJECT_THINGS]));
const PLACE_LABEL = EVERYDAY_TOPICS.find((t) => t.key === 'place')!.label;
const THINGS_CACHE = new Map<string, readonly string[]>();

/**
 * The things a topic involves, as bare nouns: an everyday topic's own ("this place" adds the scene's
 * landmarks), or for an objective the things its words name (objective-things.ts), twice as likely as
 * the things any project has.
 */
export function thingsOf(topic: string, facts?: SceneFacts): readonly string[] {
  const key = `${topic}\u0000${facts?.place ?? ''}`;
  const cached = THINGS_CACHE.get(key);
  if (cached) return cached;
  let things: readonly string[];
  if (topic === PLACE_LABEL && facts) things = [...TOPIC_THINGS.place!, ...LANDMARKS[facts.place]];
  else if (THINGS_BY_LABEL.has(topic)) things = THINGS_BY_LABEL.get(topic)!;
  else {
    const own = objectiveThings(topic);
    things = own ? [...own, ...own, ...PROJECT_THINGS] : PROJECT_THINGS;
  }
  if (THINGS_CACHE.size > 1024) THINGS_CACHE.clear();
  THINGS_CACHE.set(key, things);
  return things;
}

/** A noun said with a determiner or an owner, sometimes with a describing word that leans like the line. */
function sayThing(noun: string, leaning: 'up' | 'down' | 'even', random: Random): string {
  const owner = random.next() < OWNER_CHANCE;
  const det = owner ? pick(random, OWNERS) : pick(random, DETERMINERS);
  if (random.next() >= ADJECTIVE_CHANCE) return `${det} ${noun}`;
  const adjective = pick(random, leaning === 'up' ? GOOD : leaning === 'down' ? BAD : PLAIN);
  return `${det} ${adjective} ${noun}`;
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
  const things = thingsOf(input.topic, input.facts);
  const objective = !THINGS_BY_LABEL.has(input.topic);
  const echoed = incoming === '' ? undefined : things.find((t) => incoming.includes(` ${t}`));
  const noun = echoed && random.next() < ECHO_THING_CHANCE ? echoed : pick(random, things);
  let noun2 = pick(random, things);
  for (let i = things.indexOf(noun) + 1; noun2 === noun; i++) noun2 = things[i % things.length]!;
  // An objective's own name stands for one thing in three, so its lines keep saying what they serve.
  const thing = named || (objective && random.next() < 0.34) ? input.topic : sayThing(noun, leaning, random);
  const thing2 = sayThing(noun2, leaning, random);
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
  const opener = act === 'greet' || act === 'farewell' || interjected ? '' : fill(pick(random, OPENERS[leaning]));
  text =
    opener === '' || (input.name !== '' && text.startsWith(input.name)) ? opener + text : opener + lowerFirst(text);
  return { text: tidy(text), frame: `${act}:${index}` };

  function slotValue(slot: string, i: ActLineInput, t1: string, t2: string): string {
    const r = i.random;
    switch (slot) {
      case 'name':
        return i.name === '' ? 'friends' : i.name;
      case 'topic':
        return i.topic;
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
        return `${pick(r, NEAR)} ${pick(r, LANDMARK_DETERMINERS)} ${pick(r, LANDMARKS[i.facts.place])}`;
      case 'doing':
        return pick(r, DOINGS[i.facts.place]);
      case 'when':
        return pick(r, WHEN[i.facts.timeOfDay]);
      case 'amb':
        return pick(r, ambience(i.facts));
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
  const what = sayThing(pick(r, things), leaning, r);
  const x = r.next();
  const where =
    x < 0.3
      ? ` ${pick(r, NEAR)} ${pick(r, LANDMARK_DETERMINERS)} ${pick(r, LANDMARKS[input.facts.place])}`
      : x < 0.45
        ? ` ${pick(r, WHEN[input.facts.timeOfDay])}`
        : '';
  return `${pick(r, DOERS)} ${pick(r, DEEDS)} ${what}${where}`;
}

/** Last words of the pools' plural things ("pies", "helpers", "stars"): they take "are", not "is". */
const PLURALS: ReadonlySet<string> = new Set(
  [
    ...Object.values(TOPIC_THINGS).flat(),
    ...PROJECT_THINGS,
    ...Object.values(OBJECTIVE_THINGS).flat(),
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
  matters: 'matter',
  looks: 'look',
  feels: 'feel',
  seems: 'seem',
};

/** A plural thing takes a plural verb: "the pickles is" → "the pickles are". */
function agree(text: string): string {
  return text.replace(/\b([a-z]+) (is|matters|looks|feels|seems)\b/g, (m, w: string, v: string) =>
    PLURALS.has(w) ? `${w} ${PLURAL_VERB[v]}` : m,
  );
}

/** Lowercases a line's first letter after an opener, unless it starts with "I". */
function lowerFirst(text: string): string {
  if (/^(I\b|I')/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Capitalises each sentence's first letter and collapses spaces. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|[.!?]\s+)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
}
