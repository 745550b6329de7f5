import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEWCOMER_OFFSET, seedPositions } from './layout-seed.ts';

const centre = { x: 400, y: 260 };

describe('seedPositions', () => {
  it('keeps every known position exactly', () => {
    const known = new Map([
      ['a', { x: 10, y: 20 }],
      ['b', { x: 300, y: 50 }],
    ]);
    const placed = seedPositions(['a', 'b', 'c'], () => [], known, centre);
    expect(placed.get('a')).toEqual({ x: 10, y: 20 });
    expect(placed.get('b')).toEqual({ x: 300, y: 50 });
  });

  it('puts a newcomer at a fixed distance from the centre of its placed neighbours', () => {
    const known = new Map([
      ['a', { x: 100, y: 100 }],
      ['b', { x: 200, y: 100 }],
      ['far', { x: 700, y: 500 }],
    ]);
    const placed = seedPositions(['a', 'b', 'far', 'new'], (id) => (id === 'new' ? ['a', 'b'] : []), known, centre);
    const p = placed.get('new')!;
    expect(Math.hypot(p.x - 150, p.y - 100)).toBeCloseTo(NEWCOMER_OFFSET, 6);
  });

  it('places the same newcomer at the same spot every time (no randomness)', () => {
    const known = new Map([['a', { x: 100, y: 100 }]]);
    const first = seedPositions(['a', 'n'], () => ['a'], known, centre).get('n');
    const second = seedPositions(['a', 'n'], () => ['a'], known, centre).get('n');
    expect(first).toEqual(second);
  });

  it('spreads a first layout so no two characters start on the same spot', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 60 }), (ids) => {
        const placed = [...seedPositions(ids, () => [], new Map(), centre).values()];
        for (let i = 0; i < placed.length; i += 1) {
          for (let j = i + 1; j < placed.length; j += 1) {
            expect(Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y)).toBeGreaterThan(5);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
