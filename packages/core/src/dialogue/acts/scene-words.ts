import { THEMES } from '../phrases/scenes/index.ts';
import { readScene } from '../scene/detect.ts';
import { forbiddenWords } from '../scene/facts.ts';
import type { SceneFacts } from '../scene/facts.ts';

/**
 * The words of the themes a setting calls up ("the harbour quay at dusk" → the harbour's nets, oars and
 * lobster pots, its harbourmaster and its chowder): the conversation lines about work, food, this place
 * and told events draw on them, so each scene talks in its own vocabulary. Anything naming a word the
 * scene forbids (see forbiddenWords) is left out.
 */
export interface SceneWords {
  /** Things of the scene, bare nouns ("lobster pot"). */
  things: readonly string[];
  /** Places within the scene, bare nouns ("slipway"). */
  spots: readonly string[];
  /** People about, with "the" ("the harbourmaster"). */
  people: readonly string[];
  /** Food and drink of the scene. */
  foods: readonly string[];
}

const EMPTY: SceneWords = { things: [], spots: [], people: [], foods: [] };
const CACHE = new Map<string, SceneWords>();
/** Scenes whose words are kept (oldest forgotten first). */
export const SCENE_WORDS_CACHE_SIZE = 64;

/** The scene's own words for a setting and title (cached). */
export function sceneWordsOf(setting: string, title: string, facts: SceneFacts): SceneWords {
  const key = `${setting}\u0000${title}`;
  const cached = CACHE.get(key);
  if (cached) return cached;
  const themes = readScene(setting, title, THEMES).themes.filter((m) => m.theme.name !== 'everyday');
  let words = EMPTY;
  if (themes.length > 0) {
    const banned = forbiddenWords(facts);
    // Said with "the" too: an outdoor scene bans "the stacks", so no "along the stacks" in a library's garden.
    const fits = (w: string) => !banned.some((b) => ` the ${w} `.includes(` ${b} `));
    const unique = (xs: string[]) => [...new Set(xs)].filter(fits);
    words = {
      things: unique(themes.flatMap((m) => m.theme.things.map((t) => t.noun))),
      spots: unique(themes.flatMap((m) => m.theme.spots.map((s) => s.noun))),
      people: unique(themes.flatMap((m) => m.theme.people.map((p) => `the ${p}`))),
      foods: unique(themes.flatMap((m) => [...(m.theme.foods ?? [])])),
    };
  }
  if (CACHE.size >= SCENE_WORDS_CACHE_SIZE) CACHE.delete(CACHE.keys().next().value!);
  CACHE.set(key, words);
  return words;
}

/** Every noun any theme offers (for telling plurals: "the cockles are"). */
export const ALL_THEME_NOUNS: readonly string[] = THEMES.flatMap((t) => [
  ...t.things.map((x) => x.noun),
  ...t.spots.map((x) => x.noun),
  ...(t.foods ?? []),
  ...t.counts,
]);
