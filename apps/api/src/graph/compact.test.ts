import type { EcosystemEvent, EventType } from '@ensemble/core';
import { describe, expect, it } from 'vitest';
import { compactForGraph } from './compact.ts';

let seq = 0;
const event = (type: EventType, data: Record<string, unknown>): EcosystemEvent => {
  seq += 1;
  return { id: `e${seq}`, ecosystemId: 'eco', seq, type, timestamp: new Date(0).toISOString(), data };
};
const rel = (from: string, to: string, strength: number) =>
  event('relationship_changed', { from_id: from, to_id: to, strength });
const character = (type: 'character_created' | 'character_updated', id: string, name: string) =>
  event(type, { character: { id, name } });

describe('compactForGraph', () => {
  it('keeps only the last change of each relationship and character, in the original order, and drops what the graph ignores', () => {
    const events = [
      character('character_created', 'a', 'Ada'),
      rel('a', 'b', 0.1),
      event('character_state_changed', { character_id: 'a' }),
      rel('b', 'a', 0.2),
      rel('a', 'b', 0.3),
      character('character_updated', 'a', 'Ada Lovelace'),
      event('character_deleted', { character_id: 'c' }),
      rel('a', 'b', 0.4),
    ];
    const kept = compactForGraph(events);
    expect(kept.map((e) => e.seq)).toEqual([events[3]!.seq, events[5]!.seq, events[6]!.seq, events[7]!.seq]);
  });
});
