import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

describe('backoffDelay', () => {
  it('retries at once first, then doubles up to a ten-second ceiling', () => {
    const top = () => 1;
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(n, top))).toEqual([0, 250, 500, 1000, 2000]);
    expect(backoffDelay(30, top)).toBe(10_000);
  });

  it('spreads clients dropped together over half to all of the delay', () => {
    expect(backoffDelay(3, () => 0)).toBe(500);
    expect(backoffDelay(3, () => 0.5)).toBe(750);
  });
});
