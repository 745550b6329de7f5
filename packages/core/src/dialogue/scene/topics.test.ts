import { describe, expect, it } from 'vitest';
import { topicFinder } from './topics.ts';

describe('topicFinder', () => {
  const finder = topicFinder(['card', 'card catalogue', 'trellis', "harbourmaster's hut"]);

  it('finds the noun a line names first, as a whole word, the longer noun winning at the same place', () => {
    expect(finder.first('Shall we sort the Card Catalogue, then the trellis?')).toBe('card catalogue');
    expect(finder.first('The trellis needs a card.')).toBe('trellis');
    expect(finder.first("I left it in the harbourmaster's hut.")).toBe("harbourmaster's hut");
  });

  it('finds nothing in a word that merely contains a noun', () => {
    expect(finder.first('The trellises and the cardigan.')).toBeNull();
    expect(topicFinder([]).first('anything')).toBeNull();
  });
});
