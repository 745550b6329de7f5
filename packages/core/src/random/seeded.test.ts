import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Random } from '../ports/index.ts';
import { createRandom, randomFor } from './seeded.ts';

function draw(random: Random, n: number): number[] {
  return Array.from({ length: n }, () => random.next());
}

describe('createRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(draw(createRandom(42), 20)).toEqual(draw(createRandom(42), 20));
    expect(draw(createRandom(42), 20)).not.toEqual(draw(createRandom(43), 20));
  });

  it('draws uniformly from [0,1)', () => {
    const values = draw(createRandom(7), 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
    const deciles = new Array<number>(10).fill(0);
    for (const v of values) deciles[Math.floor(v * 10)]! += 1;
    for (const count of deciles) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
});

describe('randomFor', () => {
  it('is deterministic per (seed, salt)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 3 }), (seed, salt) => {
        expect(draw(randomFor(seed, ...salt), 5)).toEqual(draw(randomFor(seed, ...salt), 5));
      }),
    );
  });

  it('gives a different stream for each salt, e.g. each turn of a scenario', () => {
    const firsts = new Set<number>();
    for (let turn = 0; turn < 1000; turn++) firsts.add(randomFor(12345, turn).next());
    expect(firsts.size).toBe(1000);
  });

  it('distinguishes the order and the number of salts', () => {
    expect(randomFor(1, 2, 3).next()).not.toBe(randomFor(1, 3, 2).next());
    expect(randomFor(1, 2).next()).not.toBe(randomFor(1, 2, 0).next());
    expect(randomFor(1).next()).not.toBe(randomFor(1, 0).next());
  });

  it('does not correlate the first draws of neighbouring seeds', () => {
    // Consecutive seeds must not give nearly equal first values (a known weakness of naive seeding).
    const firsts = Array.from({ length: 200 }, (_, seed) => randomFor(seed).next());
    const closeNeighbours = firsts.slice(1).filter((v, i) => Math.abs(v - (firsts[i] as number)) < 0.01).length;
    expect(closeNeighbours).toBeLessThan(10);
  });

  it('treats fractional and large salts as distinct', () => {
    expect(randomFor(1, 0.5).next()).not.toBe(randomFor(1, 0).next());
    expect(randomFor(1, 2 ** 40).next()).not.toBe(randomFor(1, 0).next());
  });
});
