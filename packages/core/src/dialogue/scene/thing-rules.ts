import type { ThingEntry } from './theme.ts';
import { ingForm, pastTense } from './verb-forms.ts';

/**
 * The grammar rules of one thing of a scene: its noun phrases (`{thing.N}`: "the rickety wooden
 * trellis", "the gardener's trellis", "the trellis by the pond", "the trellis the gardener propped
 * up"), a plain form for tasks (`{thing.N.plain}`), and its verbs in three forms (`.verb`, `.past`,
 * `.ing`). Adjectives and verbs come from the thing's own entry, so every pairing is one that fits.
 */

/** How a thing is introduced: a scene's own things take "the/that/our", belongings "my/your". */
export type ThingOwnership = 'scene' | 'carried';

/** "strawberries", "shears", "sweet peas"; not "compost", "bus", "glass", "trellis". */
export function isPlural(noun: string): boolean {
  const last = noun.slice(noun.lastIndexOf(' ') + 1);
  return /[^su]s$/.test(last) && !SINGULAR_IN_S.has(last);
}

/** Singular nouns that end in a lone "s". */
const SINGULAR_IN_S: ReadonlySet<string> = new Set([
  'trellis',
  'atlas',
  'canvas',
  'iris',
  'lens',
  'news',
  'chaos',
  'gas',
  'bias',
  'axis',
  'oasis',
  'pelvis',
  'chassis',
  'series',
  'species',
  'measles',
  'cosmos',
  'tennis',
  'dais',
  'ibis',
  'walrus',
  'circus',
  'crocus',
]);

/**
 * Adds the rules of `entry` under `id` to `rules`. `placeRule` names a rule of places of the thing's
 * own theme, so "the trellis by the pond" never puts a garden trellis in the reading room.
 */
export function addThingRules(
  rules: Record<string, string[]>,
  id: string,
  entry: ThingEntry,
  ownership: ThingOwnership,
  placeRule: string | null,
): void {
  const { noun, looks, kinds, verbs } = entry;
  const det = ownership === 'carried' ? 'possessive' : isPlural(noun) ? 'detPlural' : 'det';
  const plain = [`{${det}} ${noun}`];
  if (looks.length > 0) {
    rules[`${id}.look`] = [...looks];
    plain.push(`{${det}} {${id}.look} ${noun}`, `{${det}} {${id}.look} ${noun}`);
  }
  if (kinds.length > 0) {
    rules[`${id}.kind`] = [...kinds];
    plain.push(`{${det}} {${id}.kind} ${noun}`, `{${det}} {${id}.kind} ${noun}`);
  }
  if (looks.length > 0 && kinds.length > 0) plain.push(`{${det}} {${id}.look} {${id}.kind} ${noun}`);
  rules[`${id}.plain`] = plain;

  const forms = [...plain];
  if (verbs.length > 0) {
    rules[`${id}.verb`] = [...verbs];
    rules[`${id}.past`] = verbs.map(pastTense);
    rules[`${id}.ing`] = verbs.map(ingForm);
  }
  if (ownership === 'scene') {
    // Things of the scene belong to its people, stand somewhere in it, and were last seen to by someone.
    forms.push(`{owner} ${noun}`);
    if (placeRule !== null) forms.push(`{${det}} ${noun} {${placeRule}}`, `{${det}} ${noun} {${placeRule}}`);
    if (verbs.length > 0) forms.push(`{${det}} ${noun} {doer} {${id}.past}`);
  }
  rules[id] = forms;
}

/** Whether `addThingRules` gave the thing verbs, so it can be a task, a deed and a doing. */
export function hasWork(rules: Record<string, string[]>, id: string): boolean {
  return rules[`${id}.verb`] !== undefined;
}
