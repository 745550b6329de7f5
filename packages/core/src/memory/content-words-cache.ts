import { contentWords } from './words.ts';

/**
 * Content words of memory texts, remembered per text. Retrieval reads the words of the same few dozen
 * memories on every turn, and splitting them was the costliest step of a turn; a memory's content never
 * changes, so its words can be kept. Bounded, least recently used out first, so a long-running server
 * holds at most MEMORY_WORDS_CACHE_SIZE texts. Memoising a pure function keeps retrieval deterministic.
 */

/** Texts whose words are kept; a few turns' worth of candidates for a large cast. */
export const MEMORY_WORDS_CACHE_SIZE = 4096;

/** The distinct content words of a text, as an array (in order of first appearance) and as a set. */
export interface WordBag {
  readonly words: readonly string[];
  readonly set: ReadonlySet<string>;
}

interface Entry {
  bag: WordBag;
  /** When the entry was last moved to the young end of the cache. */
  tick: number;
}

/** Map iteration order is insertion order: the first key is the least recently (re)inserted. */
const cache = new Map<string, Entry>();
let ticks = 0;

/** The word bag of `text`, from the cache when it was read recently. */
export function wordBagOf(text: string): WordBag {
  ticks++;
  const hit = cache.get(text);
  if (hit !== undefined) {
    // Moving an entry to the young end costs a delete and an insert, so it is done only once the
    // entry has aged past half the cache: recently used entries still never leave before older ones.
    if (ticks - hit.tick > MEMORY_WORDS_CACHE_SIZE / 2) {
      cache.delete(text);
      hit.tick = ticks;
      cache.set(text, hit);
    }
    return hit.bag;
  }
  const words = Object.freeze(contentWords(text));
  const bag: WordBag = { words, set: new Set(words) };
  cache.set(text, { bag, tick: ticks });
  if (cache.size > MEMORY_WORDS_CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  return bag;
}
