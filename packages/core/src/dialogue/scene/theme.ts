/**
 * A theme is the small world a setting calls up: the places in it, the things people there talk about
 * and work on, who else is about, what one sees and hears. Themes are phrase data (phrases/scenes/);
 * a scene mixes the themes its setting names (scene-rules.ts).
 */

/** How one stands in relation to a place, which decides its prepositions ("in the hall", "by the well"). */
export type Footing = 'room' | 'area' | 'surface' | 'feature' | 'water' | 'path' | 'tree' | 'corner' | 'stairs';

/** A place within a scene. */
export interface SpotEntry {
  noun: string;
  footing: Footing;
  /** Adjectives that suit this place; a place is described by one of them or by none. */
  adjectives: readonly string[];
}

/** A thing of a scene that people admire, complain of, fix or move. */
export interface ThingEntry {
  noun: string;
  /**
   * Adjectives that suit this thing (curated per thing, so no "thatched lantern"): how it looks
   * (age, state, size: "rickety") and what kind it is (colour, material: "wooden"). English puts the
   * first before the second, so both together read "the rickety wooden trellis".
   */
  looks: readonly string[];
  kinds: readonly string[];
  /** Verbs of work that suit it ("mend", "prop up"), for tasks; none means nobody works on it. */
  verbs: readonly string[];
}

export interface Theme {
  name: string;
  /**
   * Words of a setting that call up this theme, lowercase; several words for a phrase ("town hall").
   * "word:footing" also makes "the word" a place of the scene ("garden:area" → "in the garden").
   */
  keywords: readonly string[];
  spots: readonly SpotEntry[];
  things: readonly ThingEntry[];
  /** Who else is about: one person's role, singular ("librarian", "head gardener"). */
  people: readonly string[];
  /**
   * What one notices there: a subject and what it is doing, present tense, as
   * "the bees: are busy in the lavender|are humming" ("the bees are humming").
   */
  sights: readonly string[];
  /** Plural nouns one might count there ("shelves", "bees"). */
  counts: readonly string[];
  /** Food and drink of the place, added to the everyday ones; a theme may have none. */
  foods?: readonly string[];
  /** Small things people carry there; replaces the everyday belongings when given (a space suit has no umbrella). */
  belongings?: readonly ThingEntry[];
}

/** Splits "a|b|c" into its words; "" is none. Phrase data stays one line per entry. */
function list(words: string): string[] {
  return words === '' ? [] : words.split('|');
}

/** A place: `spot('reading room', 'room', 'quiet|sunny')`. */
export function spot(noun: string, footing: Footing, adjectives = ''): SpotEntry {
  return { noun, footing, adjectives: list(adjectives) };
}

/** A thing: `thing('trellis', 'rickety|old/wooden|green', 'mend|paint|prop up')` (looks/kinds, verbs). */
export function thing(noun: string, adjectives = '', verbs = ''): ThingEntry {
  const [looks = '', kinds = ''] = adjectives.split('/');
  return { noun, looks: list(looks), kinds: list(kinds), verbs: list(verbs) };
}
