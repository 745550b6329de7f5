import { describe, expect, it } from 'vitest';
import { NO_PAIR, nextPair, reversePair } from './pair-selection.ts';

describe('choosing a pair by clicking graph nodes', () => {
  it('makes a pair from two clicks, first the one who looks, then the one looked at', () => {
    const first = nextPair(NO_PAIR, 'mara');
    expect(first).toEqual({ fromId: 'mara', toId: null });
    expect(nextPair(first, 'theo')).toEqual({ fromId: 'mara', toId: 'theo' });
  });

  it('starts a new pair on the click after a complete one', () => {
    expect(nextPair({ fromId: 'mara', toId: 'theo' }, 'ines')).toEqual({ fromId: 'ines', toId: null });
  });

  it('clears a half-made pair when the same character or empty space is clicked, but keeps a complete one', () => {
    expect(nextPair({ fromId: 'mara', toId: null }, 'mara')).toEqual(NO_PAIR);
    expect(nextPair({ fromId: 'mara', toId: null }, null)).toEqual(NO_PAIR);
    expect(nextPair({ fromId: 'mara', toId: 'theo' }, null)).toEqual({ fromId: 'mara', toId: 'theo' });
  });

  it('reverses a pair to see the other side of the relationship', () => {
    expect(reversePair({ fromId: 'mara', toId: 'theo' })).toEqual({ fromId: 'theo', toId: 'mara' });
    expect(reversePair({ fromId: 'mara', toId: null })).toEqual({ fromId: 'mara', toId: null });
  });
});
