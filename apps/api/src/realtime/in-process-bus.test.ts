import type { EcosystemEvent } from '@ensemble/core';
import { describe, expect, it, vi } from 'vitest';
import { InProcessEventBus } from './in-process-bus.ts';

function event(ecosystemId: string, seq: number): EcosystemEvent {
  return {
    id: `${ecosystemId}-${seq}`,
    ecosystemId,
    seq,
    type: 'scenario_turn',
    timestamp: new Date(0).toISOString(),
    data: {},
  };
}

describe('InProcessEventBus', () => {
  it('delivers events only to listeners of their ecosystem, in publish order', async () => {
    const bus = new InProcessEventBus();
    const a: number[] = [];
    const b: number[] = [];
    bus.subscribe('a', (e) => a.push(e.seq));
    bus.subscribe('b', (e) => b.push(e.seq));
    await bus.publish([event('a', 1), event('b', 1), event('a', 2)]);
    expect(a).toEqual([1, 2]);
    expect(b).toEqual([1]);
  });

  it('stops delivering after unsubscribe and forgets the ecosystem when its last listener leaves', async () => {
    const bus = new InProcessEventBus();
    const seen: number[] = [];
    const unsubscribe = bus.subscribe('a', (e) => seen.push(e.seq));
    await bus.publish([event('a', 1)]);
    unsubscribe();
    unsubscribe();
    await bus.publish([event('a', 2)]);
    expect(seen).toEqual([1]);
    expect(bus.listenerCount('a')).toBe(0);
  });

  it('isolates a throwing listener so the others still receive every event', async () => {
    const bus = new InProcessEventBus();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const seen: number[] = [];
    bus.subscribe('a', () => {
      throw new Error('broken subscriber');
    });
    bus.subscribe('a', (e) => seen.push(e.seq));
    await expect(bus.publish([event('a', 1), event('a', 2)])).resolves.toBeUndefined();
    expect(seen).toEqual([1, 2]);
    expect(stderr).toHaveBeenCalled();
    stderr.mockRestore();
  });

  it('counts the same function subscribed twice as two listeners', async () => {
    const bus = new InProcessEventBus();
    const seen: number[] = [];
    const listener = (e: EcosystemEvent) => seen.push(e.seq);
    const first = bus.subscribe('a', listener);
    bus.subscribe('a', listener);
    first();
    await bus.publish([event('a', 7)]);
    expect(seen).toEqual([7]);
  });

  it('drops every listener on close', async () => {
    const bus = new InProcessEventBus();
    const seen: number[] = [];
    bus.subscribe('a', (e) => seen.push(e.seq));
    await bus.close();
    await bus.publish([event('a', 1)]);
    expect(seen).toEqual([]);
  });
});
