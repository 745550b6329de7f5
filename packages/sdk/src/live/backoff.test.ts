import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

describe('backoffDelay', () => {
  it('retries within half a second first, then doubles up to a ten-second ceiling', () => {
    const top = () => 1;
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(n, top))).toEqual([500, 250, 500, 1000, 2000]);
    expect(backoffDelay(30, top)).toBe(10_000);
  });

  it('spreads the first retry of clients dropped together over the whole first half second', () => {
    expect(backoffDelay(0, () => 0)).toBe(0);
    expect(backoffDelay(0, () => 0.3)).toBe(150);
    const first = Array.from({ length: 1000 }, () => backoffDelay(0));
    expect(Math.min(...first)).toBeLessThan(50);
    expect(Math.max(...first)).toBeGreaterThan(450);
  });

  it('spreads clients dropped together over half to all of the delay', () => {
    expect(backoffDelay(3, () => 0)).toBe(500);
    expect(backoffDelay(3, () => 0.5)).toBe(750);
  });
});
