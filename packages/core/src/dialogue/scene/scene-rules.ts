import type { RuleSet } from '../grammar.ts';
import {
  ANY_PAST_WORDS,
  ANY_TIME_WORDS,
  DAY_GREETINGS,
  MANNER_WORDS,
  PART_OF_DAY_NAMES,
  PART_OF_DAY_PAST_WORDS,
  PART_OF_DAY_TIME_WORDS,
} from '../phrases/times.ts';
import type { NamedPlace, ThemeMatch } from './detect.ts';
import type { Theme, ThingEntry } from './theme.ts';
import { addThingRules, hasWork, isPlural } from './thing-rules.ts';
import type { PartOfDay } from './time-of-day.ts';
import { ingForm, pastTense } from './verb-forms.ts';

/**
 * Turns a scene's themes into grammar rules that every sentence frame draws on: `{thing}` (a thing of
 * the scene with an adjective that suits it), `{oneThing}` (one that takes "is"), `{spot}` and `{place}`
 * ("by the sundial"), `{task}` ("mend the rickety trellis") with its `{deed}` ("mended …") and `{doing}`
 * ("mending …"), `{person}`, `{owner}`, `{sight}`, `{countNoun}`, `{food}`, `{belonging}`, `{sceneSpot}`
 * and the words for time. A theme's weight repeats its entries, so the leading theme is drawn on most.
 */

/** What a scene is made of. */
export interface SceneMakeup {
  themes: readonly ThemeMatch[];
  /** Places the setting names itself ("the garden"). */
  places: readonly NamedPlace[];
  /** The whole setting, when short enough to say in one breath ("the moonlit harbour market"), else null. */
  settingPhrase: string | null;
  partOfDay: PartOfDay | null;
  /** Objectives that read as tasks ("plan the harvest supper"); they join the scene's tasks. */
  objectiveTasks: readonly string[];
  /** Food and belongings found anywhere, under the themes' own. */
  commonFoods: readonly string[];
  commonBelongings: readonly ThingEntry[];
}

/** Share of `{task}` draws that are one of the scenario's objectives. */
const OBJECTIVE_TASK_SHARE = 0.015;
/** Share of `{place}` draws that are the whole setting ("here in the moonlit harbour market"). */
const WHOLE_SETTING_SHARE = 0.1;
/** Weight of a place the setting names itself, against a theme's place of weight 1. */
const NAMED_PLACE_WEIGHT = 2;

/** The rules of a scene; later layers of the grammar see them in place of the everyday ones. */
export function sceneRules(makeup: SceneMakeup): RuleSet {
  const rules: Record<string, string[]> = {};
  placeRules(makeup, rules);
  thingRules(makeup, rules);
  const roles = weighted(makeup, (t) => t.people, [], ['neighbour']);
  rules.person = roles.flatMap((role) => [
    `{personDet} ${role}`,
    `{personDet} ${role}`,
    `the {personAdj} ${role}`,
    `{personDet} ${role}'s {kin}`,
  ]);
  rules.owner = roles.map((role) => `{personDet} ${role}'s`);
  // After a noun ("the shears the gardener oiled") "that gardener" would read as "the shears that …".
  rules.doer = roles.flatMap((role) => [`the ${role}`, `the ${role}`, `our ${role}`, `the ${role}'s {kin}`]);
  rules.sight = sightRules(makeup, rules);
  rules.countNoun = weighted(makeup, (t) => t.counts, [], ['people']);
  rules.food = weighted(makeup, (t) => t.foods ?? [], makeup.commonFoods, ['tea']);
  Object.assign(rules, timeRules(makeup.partOfDay));
  return rules;
}

/** `{spot}`, `{place}`, `{sceneSpot}`, and `{place.T}`: the places of theme T alone. */
function placeRules(makeup: SceneMakeup, rules: Record<string, string[]>): void {
  const spots: string[] = [];
  const places: string[] = [];
  let count = 0;
  const add = (noun: string, footing: string, adjectives: readonly string[], weight: number, into: string[] | null) => {
    const id = `spot.${count++}`;
    const det = isPlural(noun) ? 'detPlural' : 'spotDet';
    rules[id] = [`{${det}} ${noun}`];
    if (adjectives.length > 0) {
      rules[`${id}.adj`] = [...adjectives];
      rules[id].push(`{${det}} {${id}.adj} ${noun}`);
    }
    repeat(spots, `{${id}}`, weight);
    repeat(places, `{at.${footing}} {${id}}`, weight);
    into?.push(`{at.${footing}} {${id}}`);
  };
  makeup.themes.forEach(({ theme, weight }, t) => {
    const own: string[] = [];
    for (const entry of theme.spots) add(entry.noun, entry.footing, entry.adjectives, weight, own);
    rules[`place.${t}`] = own.length > 0 ? own : ['here'];
  });
  for (const p of makeup.places) add(p.noun, p.footing, [], NAMED_PLACE_WEIGHT, null);
  rules.spot = spots.length > 0 ? spots : ['the door'];
  // Now and then a place is the setting itself, said whole: "here in the moonlit harbour market".
  if (makeup.settingPhrase !== null)
    places.push(...repeated(`here in ${makeup.settingPhrase}`, shareOf(places.length, WHOLE_SETTING_SHARE)));
  rules.place = places.length > 0 ? places : ['here'];
  const named = makeup.places.map((p) => `the ${p.noun}`);
  const whole = makeup.settingPhrase === null ? [] : [makeup.settingPhrase];
  rules.sceneSpot = named.length > 0 ? [...named, ...whole] : [...whole, '{spot}'];
}

/** `{thing}`, `{oneThing}`, `{belonging}`, `{task}`, `{deed}` and `{doing}`. */
function thingRules(makeup: SceneMakeup, rules: Record<string, string[]>): void {
  const things: string[] = [];
  const singular: string[] = [];
  const tasks: string[] = [];
  const deeds: string[] = [];
  const doings: string[] = [];
  let count = 0;
  makeup.themes.forEach(({ theme, weight }, t) => {
    for (const entry of theme.things) {
      const id = `thing.${count++}`;
      addThingRules(rules, id, entry, 'scene', `place.${t}`);
      repeat(things, `{${id}}`, weight);
      if (!isPlural(entry.noun)) repeat(singular, `{${id}}`, weight);
      if (!hasWork(rules, id)) continue;
      repeat(tasks, `{${id}.verb} {${id}.plain}`, weight);
      repeat(deeds, `{${id}.past} {${id}.plain}`, weight);
      repeat(doings, `{${id}.ing} {${id}.plain}`, weight);
    }
  });
  // Belongings ("my notebook") have frames of their own: someone else "mending my scarf" would not do.
  const belongings: string[] = [];
  const carried = makeup.themes.flatMap(({ theme }) => theme.belongings ?? []);
  for (const entry of carried.length > 0 ? carried : makeup.commonBelongings) {
    const id = `thing.${count++}`;
    addThingRules(rules, id, entry, 'carried', null);
    belongings.push(`{${id}}`);
  }
  rules.belonging = belongings;
  // Belongings have frames of their own ("I brought {belonging}"): "I sat by my scarf" would not do.
  rules.thing = things.length > 0 ? things : ['{belonging}'];
  rules.oneThing = singular.length > 0 ? singular : ['{belonging}'];
  const objectives = makeup.objectiveTasks;
  rules.task = [...tasks, ...objectiveShare(objectives, tasks.length, (o) => o), 'tidy up'];
  rules.deed = [...deeds, ...objectiveShare(objectives, deeds.length, pastTense), 'tidied up'];
  rules.doing = [...doings, ...objectiveShare(objectives, doings.length, ingForm), 'tidying up'];
}

/** `{sight}` from entries "the bees: are busy|are humming" ("the bees are humming"). */
function sightRules(makeup: SceneMakeup, rules: Record<string, string[]>): string[] {
  const sights: string[] = [];
  makeup.themes.forEach(({ theme, weight }, t) =>
    theme.sights.forEach((entry, i) => {
      const [subject = '', doings = ''] = entry.split(': ');
      rules[`sight.${t}.${i}`] = doings.split('|');
      repeat(sights, `${subject} {sight.${t}.${i}}`, weight);
    }),
  );
  return sights.length > 0 ? sights : ['everyone is busy'];
}

/**
 * `{time}` (present), `{past}`, `{manner}` ("on the quiet"), `{partOfDay}` and `{dayGreeting}`: any time of
 * day unless the scene names one.
 */
export function timeRules(part: PartOfDay | null): Record<string, string[]> {
  if (part === null) {
    return {
      time: [...ANY_TIME_WORDS, ...Object.values(PART_OF_DAY_TIME_WORDS).map((w) => w[0]!)],
      past: [...ANY_PAST_WORDS, ...Object.values(PART_OF_DAY_PAST_WORDS).flatMap((w) => w.slice(0, 2))],
      manner: [...MANNER_WORDS],
      partOfDay: ['morning', 'afternoon', 'evening', 'day'],
      dayGreeting: ['morning', 'afternoon', 'evening'],
    };
  }
  return {
    time: [...ANY_TIME_WORDS, ...PART_OF_DAY_TIME_WORDS[part]],
    past: [...ANY_PAST_WORDS, ...PART_OF_DAY_PAST_WORDS[part]],
    manner: [...MANNER_WORDS],
    partOfDay: [...PART_OF_DAY_NAMES[part]],
    dayGreeting: [DAY_GREETINGS[part]],
  };
}

/** The entries every theme lists under `field`, repeated by theme weight, then `common` once each. */
function weighted(
  makeup: SceneMakeup,
  field: (theme: Theme) => readonly string[],
  common: readonly string[],
  fallback: readonly string[],
): string[] {
  const out: string[] = [];
  for (const { theme, weight } of makeup.themes) for (const entry of field(theme)) repeat(out, entry, weight);
  out.push(...common);
  return out.length > 0 ? out : [...fallback];
}

/** The objectives, each repeated so that together they make OBJECTIVE_TASK_SHARE of a rule of `others`. */
function objectiveShare(objectives: readonly string[], others: number, form: (task: string) => string): string[] {
  if (objectives.length === 0) return [];
  const each = Math.max(1, Math.round(shareOf(others, OBJECTIVE_TASK_SHARE) / objectives.length));
  return objectives.flatMap((o) => repeated(form(o), each));
}

/** How many copies make `share` of a rule whose other alternatives number `others`. */
function shareOf(others: number, share: number): number {
  return Math.max(1, Math.round((others * share) / (1 - share)));
}

function repeat(into: string[], alternative: string, times: number): void {
  for (let i = 0; i < times; i++) into.push(alternative);
}

function repeated(alternative: string, times: number): string[] {
  return Array.from({ length: times }, () => alternative);
}
