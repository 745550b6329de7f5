import { describe, expect, it } from 'vitest';
import type { Relationship } from '../model.ts';
import { RELATIONSHIP_DRIFT_HALF_LIFE_MS, driftRelationship } from './drift.ts';
import { RELATIONSHIP_THRESHOLDS } from './label.ts';

const T0 = 1_700_000_000_000;
const friends: Relationship = {
  ecosystemId: 'e',
  fromId: 'a',
  toId: 'b',
  strength: 0.8,
  trust: 0.7,
  interactionCount: 30,
  lastInteractionAt: T0,
  label: 'close friend',
};

describe('driftRelationship', () => {
  it('halves strength toward 0 after one half-life without contact, leaving trust alone', () => {
    const drifted = driftRelationship(friends, T0 + RELATIONSHIP_DRIFT_HALF_LIFE_MS);
    expect(drifted.strength).toBeCloseTo(0.4, 12);
    expect(drifted.trust).toBe(friends.trust);
    expect(drifted.lastInteractionAt).toBe(T0);
  });

  it('pulls negative strength up toward 0 too', () => {
    const enemies = { ...friends, strength: -0.8, label: 'enemy' as const };
    expect(driftRelationship(enemies, T0 + RELATIONSHIP_DRIFT_HALF_LIFE_MS).strength).toBeCloseTo(-0.4, 12);
  });

  it('recomputes the label as the bond cools', () => {
    const drifted = driftRelationship(friends, T0 + 2 * RELATIONSHIP_DRIFT_HALF_LIFE_MS);
    expect(drifted.strength).toBeLessThan(RELATIONSHIP_THRESHOLDS.friend);
    expect(drifted.label).toBe('acquaintance');
  });

  it('changes nothing for a pair that never met or when no time has passed', () => {
    const unmet = { ...friends, lastInteractionAt: null };
    expect(driftRelationship(unmet, T0 + 1e12)).toEqual(unmet);
    expect(driftRelationship(friends, T0)).toEqual(friends);
    expect(driftRelationship(friends, T0 - 1000)).toEqual(friends);
  });
});
