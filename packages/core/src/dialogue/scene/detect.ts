import type { Footing, Theme } from './theme.ts';

/**
 * Reads a setting ("the garden behind the village library") for the themes it names. The theme of the
 * setting's head noun leads ("garden"); themes named after a preposition only colour it ("library",
 * "village"), see THEME_WEIGHTS. Words named as places ("garden:area") become places of the scene themselves.
 */

/**
 * How strongly a theme is drawn on: the head noun's theme most ("town" in "a harbour town"), another
 * theme named in the head next ("harbour"), themes named after a preposition least ("library" in "the
 * garden behind the library").
 */
export const THEME_WEIGHTS = { head: 3, inHead: 2, beyondHead: 1 } as const;

/** A theme called up by a setting, with how strongly it is drawn on. */
export interface ThemeMatch {
  theme: Theme;
  weight: number;
}

/** A place named by the setting itself ("the garden"). */
export interface NamedPlace {
  noun: string;
  footing: Footing;
}

export interface SettingReading {
  themes: ThemeMatch[];
  places: NamedPlace[];
}

/** Words after which a setting stops naming what it is and starts saying where or when it is. */
const HEAD_ENDS: ReadonlySet<string> = new Set([
  'behind',
  'of',
  'at',
  'in',
  'on',
  'near',
  'by',
  'beside',
  'under',
  'above',
  'below',
  'after',
  'before',
  'outside',
  'inside',
  'across',
  'with',
  'from',
  'for',
  'during',
  'beyond',
  'over',
  'past',
  'round',
  'around',
  'along',
  'among',
  'between',
  'off',
  'within',
  'where',
  'while',
  'when',
]);

const WORD = /[a-z]+/g;

/** Last words of a setting's head that do not name a place ("the Crooked Oar, late" → not "late"). */
const NOT_PLACES: ReadonlySet<string> = new Set([
  'late',
  'early',
  'again',
  'today',
  'tonight',
  'now',
  'here',
  'there',
  'one',
  'two',
  'three',
  'new',
  'old',
]);

interface Hit {
  theme: Theme;
  start: number;
  end: number;
  footing: Footing | null;
  noun: string;
}

/**
 * The themes and named places of `setting`; themes named only in the `title` join at the lowest weight.
 * A setting that names no theme still names a place by its head noun ("a windy cliff" → "the cliff").
 */
export function readScene(setting: string, title: string, themes: readonly Theme[]): SettingReading {
  const reading = readSetting(setting, themes);
  for (const { theme } of readSetting(title, themes).themes) {
    if (!reading.themes.some((m) => m.theme === theme))
      reading.themes.push({ theme, weight: THEME_WEIGHTS.beyondHead });
  }
  return reading;
}

function readSetting(setting: string, themes: readonly Theme[]): SettingReading {
  const text = setting.toLowerCase();
  const clause = text.split(/[,;:(—–]/, 1)[0] ?? '';
  const words = text.match(WORD) ?? [];
  const clauseWords = clause.match(WORD) ?? [];
  let headEnd = clauseWords.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  if (headEnd < 0) headEnd = clauseWords.length;

  const hits = longestHits(words, themes);
  const inHead = hits.filter((h) => h.end <= headEnd);
  const leading = inHead.length > 0 ? inHead[inHead.length - 1] : hits[0];
  const weights = new Map<Theme, number>();
  for (const hit of hits) {
    const weight =
      hit === leading ? THEME_WEIGHTS.head : inHead.includes(hit) ? THEME_WEIGHTS.inHead : THEME_WEIGHTS.beyondHead;
    weights.set(hit.theme, Math.max(weights.get(hit.theme) ?? 0, weight));
  }
  const places: NamedPlace[] = [];
  const head = clauseWords[headEnd - 1];
  // Lowercase as written, so a name ("Mars Colony One") is not taken for a place.
  const headIsWord = head !== undefined && head.length >= 3 && new RegExp(`\\b${head}\\b`).test(setting);
  if (hits.length === 0 && headIsWord && headEnd > 1 && !NOT_PLACES.has(head))
    places.push({ noun: head, footing: 'feature' });
  for (const hit of hits) {
    if (hit.footing !== null && !places.some((p) => p.noun === hit.noun))
      places.push({ noun: hit.noun, footing: hit.footing });
  }
  return { themes: [...weights].map(([theme, weight]) => ({ theme, weight })), places };
}

/** Every keyword occurrence, a longer keyword winning over the shorter ones inside it ("town hall" over "town"). */
function longestHits(words: readonly string[], themes: readonly Theme[]): Hit[] {
  const all: Hit[] = [];
  for (const theme of themes) {
    for (const keyword of theme.keywords) {
      const [phrase = '', footing] = keyword.split(':');
      const parts = phrase.split(' ');
      for (let i = 0; i + parts.length <= words.length; i++) {
        if (parts.every((p, k) => words[i + k] === p)) {
          all.push({
            theme,
            start: i,
            end: i + parts.length,
            footing: (footing as Footing | undefined) ?? null,
            noun: phrase,
          });
        }
      }
    }
  }
  const kept = all.filter(
    (h) => !all.some((o) => o !== h && o.end - o.start > h.end - h.start && o.start <= h.start && o.end >= h.end),
  );
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
