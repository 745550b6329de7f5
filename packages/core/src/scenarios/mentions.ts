import type { Character, Id } from '../model.ts';

/**
 * Ids of the characters `text` addresses by name, in order of first mention. A character is named by
 * its full name, or by its first name when no one else in `cast` shares that first name. Matching is
 * case-sensitive and on word boundaries, so "Rosa" is not found in "Rosalind" nor "rosary".
 */
export function mentionedIn(text: string, cast: readonly Pick<Character, 'id' | 'name'>[]): Id[] {
  const firstNameCounts = new Map<string, number>();
  for (const c of cast) {
    const first = firstName(c.name);
    firstNameCounts.set(first, (firstNameCounts.get(first) ?? 0) + 1);
  }
  const found: { id: Id; at: number }[] = [];
  for (const c of cast) {
    const names = [c.name.trim()];
    const first = firstName(c.name);
    if (first !== names[0] && firstNameCounts.get(first) === 1) names.push(first);
    const at = Math.min(...names.map((name) => indexOfWord(text, name)));
    if (at < Infinity) found.push({ id: c.id, at });
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.id);
}

function firstName(name: string): string {
  return name.trim().split(/\s+/, 1)[0] ?? '';
}

const WORD_CHAR = /[\p{L}\p{N}_'’-]/u;

/** Index of `word` in `text` as a whole word, or Infinity. */
function indexOfWord(text: string, word: string): number {
  if (word === '') return Infinity;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : text.charAt(at - 1);
    const after = text.charAt(at + word.length);
    const apostropheS = after === "'" || after === '’';
    if (!WORD_CHAR.test(before) && (after === '' || apostropheS || !WORD_CHAR.test(after))) return at;
  }
  return Infinity;
}
