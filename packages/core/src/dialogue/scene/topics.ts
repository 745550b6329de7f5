/**
 * Which thing or place of a scene a line names first ("…mend the rickety trellis…" → "trellis"), so a
 * reply can answer about it and a memory can be recalled by it. A line is read word by word and each
 * place looked up in a set of the scene's nouns, the longest first, so "card catalogue" wins over "card".
 */
export interface TopicFinder {
  /** The scene's nouns, lowercase, longest first. */
  readonly nouns: readonly string[];
  /** The noun `line` names first (as whole words, any case), or null. */
  first(line: string): string | null;
}

/** Words touch at letters, digits, apostrophes and hyphens, so "trellis-maker" holds no trellis. */
const WORD = /[a-z0-9'-]+/g;

/** A finder for `nouns` (each one or more words). */
export function topicFinder(nouns: readonly string[]): TopicFinder {
  const sorted = [...nouns].sort((a, b) => b.length - a.length);
  const known = new Set(sorted);
  // Nouns of several words, by their first word: only there is a longer look needed.
  const longer = new Map<string, number[]>();
  for (const noun of sorted) {
    const parts = noun.split(' ');
    if (parts.length < 2) continue;
    const sizes = longer.get(parts[0]!) ?? [];
    if (!sizes.includes(parts.length)) sizes.push(parts.length);
    longer.set(
      parts[0]!,
      sizes.sort((a, b) => b - a),
    );
  }
  return {
    nouns: sorted,
    first(line) {
      if (known.size === 0) return null;
      const words = line.toLowerCase().match(WORD) ?? [];
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        for (const size of longer.get(word) ?? []) {
          if (i + size > words.length) continue;
          const phrase = words.slice(i, i + size).join(' ');
          if (known.has(phrase)) return phrase;
        }
        if (known.has(word)) return word;
      }
      return null;
    },
  };
}
