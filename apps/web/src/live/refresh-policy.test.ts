import type { EcosystemEvent } from '@ensemble/sdk';
import { describe, expect, it } from 'vitest';
import { changesSnapshot, keepEvents } from './refresh-policy.ts';

const event = (seq: number, type = 'scenario_turn'): EcosystemEvent =>
  ({
    id: `e${seq}`,
    ecosystemId: 'eco',
    seq,
    type,
    timestamp: new Date(seq * 1000).toISOString(),
    data: {},
  }) as EcosystemEvent;

describe('keepEvents', () => {
  it('merges backfill and live events in seq order without duplicates', () => {
    const kept = keepEvents([event(3), event(1)], [event(2), event(3), event(4)]);
    expect(kept.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps only the newest events up to the limit', () => {
    const kept = keepEvents(
      [],
      Array.from({ length: 10 }, (_, i) => event(i + 1)),
      4,
    );
    expect(kept.map((e) => e.seq)).toEqual([7, 8, 9, 10]);
  });
});

describe('changesSnapshot', () => {
  it('reloads characters after mood and cast changes but not after a turn marker or a relationship change', () => {
    expect(changesSnapshot(event(1, 'character_state_changed'))).toBe(true);
    expect(changesSnapshot(event(1, 'character_deleted'))).toBe(true);
    expect(changesSnapshot(event(1, 'scenario_turn'))).toBe(false);
    expect(changesSnapshot(event(1, 'relationship_changed'))).toBe(false);
  });
});
