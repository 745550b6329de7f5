import type { Character, InteractionRecord, Scenario } from '@ensemble/core';
import { describe, expect, it } from 'vitest';
import { activeConversations } from './dashboard.ts';

const NOW = 1_000_000_000;
const cast = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, active: true }) as Character);
const scene = (conversations: number, status: Scenario['status'] = 'running') =>
  ({
    status,
    conversations: Array.from({ length: conversations }, (_, i) => ({ id: `v${i}` })),
  }) as unknown as Scenario;
const direct = (a: string, b: string) =>
  ({ scenarioId: null, initiatorId: a, targetId: b, createdAt: NOW - 1_000 }) as InteractionRecord;

describe('active conversations on the dashboard', () => {
  it('counts the conversations a running scene keeps, not one per scene', () => {
    expect(activeConversations([scene(3)], [], cast(9), NOW)).toBe(3);
    expect(activeConversations([scene(0)], [], cast(9), NOW)).toBe(1);
    expect(activeConversations([scene(3, 'ended')], [], cast(9), NOW)).toBe(0);
  });

  it('never counts more conversations than the characters can hold, two to each', () => {
    const pairs = [direct('c0', 'c1'), direct('c0', 'c2'), direct('c1', 'c2'), direct('c3', 'c4')];
    expect(activeConversations([scene(4)], pairs, cast(9), NOW)).toBe(4);
    expect(activeConversations([], pairs, cast(3), NOW)).toBe(1);
  });
});
