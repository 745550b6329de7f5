import { ACT_LEANING } from '../../conversations/acts.ts';
import { EVERYDAY_TOPICS } from '../../conversations/topics.ts';
import type { Random } from '../../ports/index.ts';
import { pick } from '../../random/index.ts';
import type { SceneFacts } from '../scene/facts.ts';
import { FRAMES, OPENERS, TAILS } from './frames.ts';
import { withHabits } from './habits.ts';
import { objectiveThings } from './objective-things.ts';
import {
  BYES,
  DOERS,
  DOINGS,
  HELLOS,
  LANDMARKS,
  OWNERS,
  PLAIN,
  PROJECT_THINGS,
  TOPIC_THINGS,
  WHEN,
  ambience,
} from './pools.ts';
import type { SceneWords } from './scene-words.ts';
import type { ActLineInput } from './line-input.ts';
import { BAD_THING, GOOD_THING, PLURALS, deed, doer, sayThing, spotIn } from './told.ts';
import { byeNote, goodbye, greetNote, ha, haNote, hi, inlineChoices, thankNote, thanks, ugh } from './social.ts';
import { varyPhrases } from './variants.ts';

/** An objective to find something: its name is not a thing at hand ("find the lost key"). */
const FINDABLE = /\b(lost|missing|stolen|hidden)\b/i;

/** Chance that a statement gets a second clause with scene detail. */
export const TAIL_CHANCE = 0.1;
/** Chance that an act with told-event frames uses one of them. */
export const DEED_CHANCE = 0.7;
/** Chance that a reply talks about the very thing the line it answers named. */
export const ECHO_THING_CHANCE = 0.7;
/** Chance that a line opens with an interjection ("Well, …", "Honestly, …"). */
export const OPENER_CHANCE = 0.3;

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
  // An objective's own name stands for one thing in three, so its lines keep saying what they serve;
  // not in a frame that names the topic too ("the key stays … until the key is done"), and not when
  // the objective is to find it (nobody carries the lost key).
  const ownName = objective && !FINDABLE.test(input.topic) && !/\{topic\}/.test(frames[index] ?? '');
  const thing =
    named || (ownName && random.next() < 0.34) ? sayTopic(input.topic, random) : sayThing(noun, leaning, random, input);
  const thing2 = sayThing(noun2, leaning, random, input);
  // A set phrase (social.ts) holds slots of its own: filled the same way, once.
  const slots = (text: string, nested: boolean): string =>
    text.replace(/\{(\w+)\}/g, (_, slot: string, at: number) => {
      const social = nested ? undefined : SOCIAL_SLOTS[slot];
      const value = social ? slots(inlineChoices(social(input), random), true) : slotValue(slot, input, thing, thing2);
      return at > 0 && (slot === 'hello' || slot === 'bye') ? value.charAt(0).toLowerCase() + value.slice(1) : value;
    });
  const fill = (frame: string) => agree(slots(varyPhrases(frame, random), false));
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
  // Nor one that names the listener when the line already does ("Farah, you are right, Farah").
  if (input.name !== '' && opener.includes(input.name) && text.includes(input.name)) opener = '';
  text =
    opener === '' || (input.name !== '' && text.startsWith(input.name))
      ? opener + text
      : opener + lowerFirst(text, input.others ?? []);
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
        return pick(r, GOOD_THING);
      case 'bad':
        return pick(r, BAD_THING);
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

/** Slots filled with a set phrase said in the speaker's manner (see social.ts). */
const SOCIAL_SLOTS: Readonly<Record<string, (input: ActLineInput) => string>> = {
  hi,
  greetnote: greetNote,
  byenote: byeNote,
  goodbye,
  thanks,
  thanknote: thankNote,
  ha,
  hanote: haNote,
  ugh,
};

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
  calls: 'call',
  does: 'do',
};
const VERB = new RegExp(`\\b([a-z]+) (${Object.keys(PLURAL_VERB).join('|')})\\b`, 'g');

/** A plural thing takes a plural verb: "the pickles is" → "the pickles are", "the lanterns needs" → "need". */
function agree(text: string): string {
  return text.replace(VERB, (m, w: string, v: string) => (PLURALS.has(w) ? `${w} ${PLURAL_VERB[v]}` : m));
}

/** Lowercases a line's first letter after an opener, unless it starts with "I" or a name (the pools' or the people about). */
function lowerFirst(text: string, names: readonly string[]): string {
  if (/^(I\b|I')/.test(text)) return text;
  const first = /^[A-Z][a-z]+/.exec(text)?.[0];
  if (first !== undefined && (PROPER_NAMES.has(first) || names.includes(first))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Capitalises each sentence's first letter and collapses spaces. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|[.!?]\s+)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
}
