import { describe, expect, it } from 'vitest';
import { edgeGeometry } from './edge-geometry.ts';

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('edgeGeometry', () => {
  it('starts on the source rim and puts the arrow tip just outside the target rim', () => {
    const g = edgeGeometry({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 12, false, 2);
    const [sx, sy] = numbers(g.line);
    expect([sx, sy]).toEqual([10, 0]);
    const [tipX, tipY] = numbers(g.arrow);
    expect(tipX).toBeCloseTo(100 - 12 - 2, 1);
    expect(tipY).toBeCloseTo(0, 1);
  });

  it('bows the two directions of a pair to opposite sides', () => {
    const ab = edgeGeometry({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 10, true, 2);
    const ba = edgeGeometry({ x: 100, y: 0 }, { x: 0, y: 0 }, 10, 10, true, 2);
    const controlY = (d: string) => numbers(d.slice(d.indexOf('Q')))[1]!;
    expect(Math.sign(controlY(ab.line))).toBe(-Math.sign(controlY(ba.line)));
    expect(Math.abs(controlY(ab.line))).toBeGreaterThan(5);
  });
});
