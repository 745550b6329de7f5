import { describe, expect, it } from 'vitest';
import { pairGeometry } from './edge-geometry.ts';

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('pairGeometry', () => {
  it('runs from each rim to the middle of the gap, so the halves meet', () => {
    const g = pairGeometry({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 20);
    expect(numbers(g.fromA)).toEqual([10, 0, 45, 0]);
    expect(numbers(g.fromB)).toEqual([80, 0, 45, 0]);
  });
});
