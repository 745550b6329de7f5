import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MEMORY_WORDS_CACHE_SIZE, wordBagOf } from './content-words-cache.ts';
import { contentWords } from './words.ts';

describe('wordBagOf', () => {
  it('gives the same words as contentWords, in the same order, as a list and a set', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const bag = wordBagOf(text);
        expect(bag.words).toEqual(contentWords(text));
        expect([...bag.set]).toEqual(contentWords(text));
      }),
    );
  });

  it('answers a repeated text from its cache, and still answers rightly after the cache has turned over', () => {
    const text = 'Ada worked with me on the lighthouse lamp';
    expect(wordBagOf(text)).toBe(wordBagOf(text));
    for (let i = 0; i <= MEMORY_WORDS_CACHE_SIZE; i++) wordBagOf(`filler memory number ${i}`);
    expect(wordBagOf(text).words).toEqual(contentWords(text));
  });
});
