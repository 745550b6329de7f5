/**
 * Which thing or place of a scene a line names first ("…mend the rickety trellis…" → "trellis"), so a
 * reply can answer about it and a memory can be recalled by it. One regular expression per scene, the
 * longest nouns first, so "card catalogue" wins over "card".
 */
export interface TopicFinder {
  /** The scene's nouns, lowercase, longest first. */
  readonly nouns: readonly string[];
  /** The noun `line` names first (as a whole word, any case), or null. */
  first(line: string): string | null;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A finder for `nouns`; words touch at letters, digits, apostrophes and hyphens ("trellis-maker" is no trellis). */
export function topicFinder(nouns: readonly string[]): TopicFinder {
  const sorted = [...nouns].sort((a, b) => b.length - a.length);
  const pattern = sorted.length === 0 ? null
    : new RegExp(`(?<![a-z0-9'-])(?:${sorted.map((n) => n.replace(SPECIAL, '\\$&')).join('|')})(?![a-z0-9'-])`);
  return {
    nouns: sorted,
    first(line) {
      if (pattern === null) return null;
      return pattern.exec(line.toLowerCase())?.[0] ?? null;
    },
  };
}
