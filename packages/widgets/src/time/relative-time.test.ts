import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.ts';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');

describe('relativeTime', () => {
  it('reads recent times as just now, older ones in the largest whole unit', () => {
    expect(relativeTime(NOW - 3_000, NOW)).toBe('just now');
    expect(relativeTime(NOW - 45_000, NOW)).toBe('45 seconds ago');
    expect(relativeTime(new Date(NOW - 2 * 60_000).toISOString(), NOW)).toBe('2 minutes ago');
    expect(relativeTime(NOW - 26 * 3_600_000, NOW)).toBe('yesterday');
  });

  it('never puts an event in the future: a time after now reads just now', () => {
    expect(relativeTime(NOW + 11_000, NOW)).toBe('just now');
    expect(relativeTime(NOW + 5 * 60_000, NOW)).toBe('just now');
  });

  it('gives nothing for a time it cannot read', () => {
    expect(relativeTime('not a time', NOW)).toBe('');
  });
});
