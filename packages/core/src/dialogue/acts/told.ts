import type { Random } from '../../ports/index.ts';
import { pick } from '../../random/index.ts';
import { THEMES } from '../phrases/scenes/index.ts';
import type { ActLineInput } from './line-input.ts';
import { KIND_ADJECTIVES, KIND_DEEDS, kindOf, ownDeeds, themeThing } from './noun-kinds.ts';
import { OBJECTIVE_THINGS } from './objective-things.ts';
import { ALL_THEME_NOUNS } from './scene-words.ts';
import {
  BAD,
  DEEDS,
  DETERMINERS,
  DOERS,
  GOOD,
  LANDMARK_DETERMINERS,
  LANDMARKS,
  NEAR,
  OWNERS,
  PLAIN,
  PROJECT_THINGS,
  TOPIC_THINGS,
  WHEN,
} from './pools.ts';

/*
 * The words of a line that name things, people and places: a thing said with an owner or determiner and
 * a describing word that fits it, a told event ("Tam caulked the leaky rowing boat by the slipway"), the
 * person who did it and the spot where. Built from large pools, so a long transcript rarely repeats a
 * word pair, and from the scene's own words and the cast's names, so each scene reads as itself.
 */

/** Chance that a thing is said as someone's ("the miller's bread") rather than with a determiner. */
export const OWNER_CHANCE = 0.9;

/** Chance that a thing gets a describing word ("the crooked ladder"). */
export const ADJECTIVE_CHANCE = 0.9;

/** A noun said with a determiner or an owner, sometimes with a describing word that fits it and leans like the line. */
export function sayThing(noun: string, leaning: 'up' | 'down' | 'even', random: Random, input: ActLineInput): string {
  const kind = kindOf(noun);
  const plural = PLURALS.has(noun.split(' ').pop()!);
  const others = input.others ?? [];
  let det: string;
  if (kind === 'weather' || kind === 'place') det = pick(random, plural ? NOBODYS_MANY : NOBODYS);
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
export const GOOD_THING = GOOD.filter((a) => !PEOPLE_ONLY.has(a));
export const BAD_THING = BAD.filter((a) => !PEOPLE_ONLY.has(a));
/** Weather and far places are "the fog", "that border": nobody's. */
const NOBODYS = ['the', 'this', 'that', 'all this', 'all that', 'the'] as const;
const NOBODYS_MANY = ['the', 'these', 'those', 'all these', 'all those', 'the'] as const;
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

/**
 * A small told event: someone did something to a thing of the topic, somewhere or some time
 * ("the miller weighed our crooked ladder by the far pond"). Built from large pools, so it rarely repeats.
 */
export function deed(input: ActLineInput, leaning: 'up' | 'down' | 'even', things: readonly string[]): string {
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
export function doer(input: ActLineInput, anyone = false): string {
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
export const SCENE_PERSON_CHANCE = 0.1;
/** Chance that a spot is one of the scene's own places ("the slipway") rather than a landmark of its kind. */
export const SCENE_SPOT_CHANCE = 0.4;

/** A spot of the place: "by the fountain", "behind our weedy slipway", "near the north bakery". */
export function spotIn(input: ActLineInput): string {
  const r = input.random;
  const spots = input.scene?.spots ?? [];
  const own = spots.length > 0 && r.next() < SCENE_SPOT_CHANCE ? pick(r, spots) : null;
  const noun = own ?? pick(r, LANDMARKS[input.facts.place]);
  const adjectives = own ? (SPOT_ADJECTIVES.get(own) ?? []) : [];
  const adjective = adjectives.length > 0 && r.next() < SPOT_ADJECTIVE_CHANCE ? `${pick(r, adjectives)} ` : '';
  return `${pick(r, NEAR)} ${pick(r, LANDMARK_DETERMINERS)} ${adjective}${noun}`;
}
/** Chance that a spot is described ("the quiet bakery", "the weedy slipway"). */
export const SPOT_ADJECTIVE_CHANCE = 0.3;
/** The adjectives the themes give their own places ("weedy" for the slipway). */
const SPOT_ADJECTIVES: ReadonlyMap<string, readonly string[]> = new Map(
  THEMES.flatMap((t) => t.spots)
    .filter((x) => x.adjectives.length > 0)
    .map((x) => [x.noun, x.adjectives]),
);

/** Determiners that fit a single thing too. */
const SINGULAR_DETERMINERS = DETERMINERS.filter((d) => !/^(all|half) the$|^the last$|^any$/.test(d));

/** Last words of the pools' plural things ("pies", "helpers", "stars"): they take "are", not "is". */
export const PLURALS: ReadonlySet<string> = new Set(
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
