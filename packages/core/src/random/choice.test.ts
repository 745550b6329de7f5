import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../errors.ts';
import type { Random } from '../ports/index.ts';
import { pick, weightedPick } from './choice.ts';
import { createRandom } from './seeded.ts';

function counts<T>(draws: T[]): Map<T, number> {
  const map = new Map<T, number>();
  for (const d of draws) map.set(d, (map.get(d) ?? 0) + 1);
  return map;
}

describe('pick', () => {
  it('returns only items from the list and reaches all of them', () => {
    const random = createRandom(1);
    const items = ['a', 'b', 'c', 'd'] as const;
    const seen = counts(Array.from({ length: 4000 }, () => pick(random, items)));
    expect([...seen.keys()].sort()).toEqual([...items]);
    for (const n of seen.values()) expect(Math.abs(n - 1000)).toBeLessThan(150);
  });

  it('stays in range even if a Random returns exactly 1', () => {
    const edge: Random = { next: () => 1 };
    expect(pick(edge, ['x', 'y'])).toBe('y');
  });

  it('throws empty_choice on an empty list', () => {
    expect(() => pick(createRandom(1), [])).toThrow(EngineError);
    expect(() => pick(createRandom(1), [])).toThrow(expect.objectContaining({ code: 'empty_choice' }));
  });
});

describe('weightedPick', () => {
  it('chooses in proportion to the weights', () => {
    const random = createRandom(2);
    const items = [
      { item: 'rare', weight: 1 },
      { item: 'common', weight: 3 },
    ];
    const seen = counts(Array.from({ length: 8000 }, () => weightedPick(random, items)));
    expect(seen.get('rare')! / 8000).toBeCloseTo(0.25, 1);
    expect(seen.get('common')! / 8000).toBeCloseTo(0.75, 1);
  });

  it('never chooses an item with a non-positive or invalid weight while any weight is positive', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(
          fc.oneof(
            fc.constantFrom(0, -1, Number.NaN, Number.NEGATIVE_INFINITY),
            fc.double({ min: -5, max: 5, noNaN: true }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        (seed, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const random = createRandom(seed);
          const items = weights.map((weight, index) => ({ item: index, weight }));
          for (let i = 0; i < 20; i++) expect(weights[weightedPick(random, items)]).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('falls back to a uniform choice when no weight is positive', () => {
    const random = createRandom(3);
    const items = [
      { item: 'a', weight: 0 },
      { item: 'b', weight: -2 },
      { item: 'c', weight: 0 },
    ];
    const seen = counts(Array.from({ length: 3000 }, () => weightedPick(random, items)));
    for (const name of ['a', 'b', 'c']) expect(seen.get(name)).toBeGreaterThan(850);
  });

  it('throws empty_choice on an empty list', () => {
    expect(() => weightedPick(createRandom(1), [])).toThrow(expect.objectContaining({ code: 'empty_choice' }));
  });

  it('gives the last eligible item a draw at the very top of the range, even 1 from a sloppy Random', () => {
    const top: Random = { next: () => 1 };
    expect(
      weightedPick(top, [
        { item: 'a', weight: 0.1 },
        { item: 'b', weight: 0.2 },
        { item: 'c', weight: 0 },
      ]),
    ).toBe('b');
  });
});
