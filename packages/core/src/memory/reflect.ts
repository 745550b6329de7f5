/**
 * Higher-level memories (Generative Agents §4.2 "Reflection"): once the importance of what a character
 * went through since it last reflected sums past REFLECTION_IMPORTANCE_THRESHOLD, it draws one conclusion
 * about the character that weighed most in those memories — how it stands toward them and since what.
 * The paper asks a language model for the insight; here it is derived, so the same memories always give
 * the same reflection.
 */
import type { Id, Memory } from '../model.ts';
import { REFLECTION_IMPORTANCE_THRESHOLD, REFLECTION_MIN_IMPORTANCE } from './constants.ts';
import { memoryGist, memoryQuote } from './summarise.ts';

/** Stance of a reflection by the importance-weighted mean valence of the memories about that character. */
const STANCES: readonly { below: number; words: string }[] = [
  { below: -0.3, words: 'I distrust' },
  { below: -0.1, words: 'I am wary of' },
  { below: 0.1, words: 'I keep thinking about' },
  { below: 0.3, words: 'I have warmed to' },
  { below: Infinity, words: 'I trust' },
];

/**
 * The memories formed since the character's last reflection (of `newestFirst`, its newest memories),
 * oldest last, when their importance sums to the threshold or more; else null (nothing to reflect on yet).
 */
export function reflectionDue(newestFirst: readonly Memory[]): Memory[] | null {
  const since: Memory[] = [];
  let total = 0;
  for (const m of newestFirst) {
    if (m.kind === 'reflection') break;
    since.push(m);
    total += m.importance;
  }
  return total >= REFLECTION_IMPORTANCE_THRESHOLD ? since : null;
}

/** Who the reflecting character is and how to name the others. */
export interface ReflectionInput {
  id: Id;
  ecosystemId: Id;
  characterId: Id;
  /** The memories to distil (see reflectionDue), newest first. */
  memories: readonly Memory[];
  /** A character's name, or null when it no longer exists (its memories then count for nobody). */
  nameOf: (id: Id) => string | null;
  createdAt: number;
}

/**
 * Distils `memories` into a reflection about the character they are most (by summed importance) about,
 * e.g. "I distrust Bram since Bram argued with me, “You sold the crate…”"; null when none is about a
 * named character. Its valence is the weighted mean; its importance that of the strongest memory (at
 * least REFLECTION_MIN_IMPORTANCE).
 */
export function formReflection(input: ReflectionInput): Memory | null {
  const byAbout = new Map<Id, Memory[]>();
  for (const m of input.memories) {
    if (m.aboutId === null || input.nameOf(m.aboutId) === null) continue;
    const list = byAbout.get(m.aboutId) ?? [];
    list.push(m);
    byAbout.set(m.aboutId, list);
  }
  let aboutId: Id | null = null;
  let weight = 0;
  for (const [id, list] of byAbout) {
    const sum = list.reduce((s, m) => s + m.importance, 0);
    if (sum > weight) [aboutId, weight] = [id, sum]; // first in newest-first order wins ties
  }
  if (aboutId === null || weight <= 0) return null;
  const about = byAbout.get(aboutId)!;
  const name = input.nameOf(aboutId)!;
  const valence = about.reduce((s, m) => s + m.importance * m.valence, 0) / weight;
  const anchor = about.reduce((best, m) => (m.importance > best.importance ? m : best));
  const stance = STANCES.find((s) => valence < s.below)!.words;
  const gist = memoryGist(anchor);
  const quote = memoryQuote(anchor);
  const since = gist === '' ? '' : ` since ${gist}${quote === null ? '' : `, “${quote}”`}`;
  return {
    id: input.id,
    ecosystemId: input.ecosystemId,
    characterId: input.characterId,
    aboutId,
    content: `${stance} ${name}${since}.`,
    valence: Math.max(-1, Math.min(1, valence)),
    importance: Math.max(REFLECTION_MIN_IMPORTANCE, anchor.importance),
    createdAt: input.createdAt,
    kind: 'reflection',
  };
}
