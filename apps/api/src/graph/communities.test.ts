import type { Relationship } from '@ensemble/core';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from './communities.ts';
import { randomSocialWorld } from './random-social-world.ts';

function liking(fromId: string, toId: string, strength: number): Relationship {
  return {
    ecosystemId: 'eco',
    fromId,
    toId,
    strength,
    trust: 0.5,
    interactionCount: 1,
    lastInteractionAt: null,
    label: strength >= 0.3 ? 'friend' : 'acquaintance',
  };
}

/** Every pair of the group likes each other both ways. */
function clique(ids: string[], strength: number): Relationship[] {
  return ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => liking(a, b, strength)));
}

describe('detectCommunities', () => {
  it('puts two tight groups joined by one weak tie into two communities, numbered by smallest member id', () => {
    const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
    const relationships = [
      ...clique(['b1', 'b2', 'b3', 'b4'], 0.8),
      ...clique(['a1', 'a2', 'a3', 'a4'], 0.8),
      liking('a4', 'b1', 0.1),
    ];
    expect(detectCommunities(ids, relationships)).toEqual({
      a1: 0,
      a2: 0,
      a3: 0,
      a4: 0,
      b1: 1,
      b2: 1,
      b3: 1,
      b4: 1,
    });
  });

  it('ignores dislike and zero strength, so groups tied only by them stay apart', () => {
    const relationships = [
      ...clique(['a1', 'a2', 'a3'], 0.6),
      ...clique(['b1', 'b2', 'b3'], 0.6),
      ...clique(['a1', 'b1'], -0.9),
      ...clique(['a2', 'b2'], 0),
      ...clique(['a3', 'b3'], -0.9),
    ];
    const result = detectCommunities(['a1', 'a2', 'a3', 'b1', 'b2', 'b3'], relationships);
    expect(new Set(['a1', 'a2', 'a3'].map((id) => result[id]))).toEqual(new Set([0]));
    expect(new Set(['b1', 'b2', 'b3'].map((id) => result[id]))).toEqual(new Set([1]));
  });

  it('gives every character a community, each isolated one its own', () => {
    const result = detectCommunities(['c', 'b', 'a', 'solo'], [...clique(['a', 'b'], 0.5)]);
    expect(result).toEqual({ a: 0, b: 0, c: 1, solo: 2 });
    expect(detectCommunities(['y', 'x'], [])).toEqual({ x: 0, y: 1 });
  });

  it('skips relationships to characters not in the list', () => {
    expect(detectCommunities(['a'], [liking('a', 'gone', 0.9), liking('gone', 'a', 0.9)])).toEqual({ a: 0 });
  });

  it('is deterministic: same answer every call and whatever order the inputs come in', () => {
    const world = randomSocialWorld(11, 40, 0.1);
    const ids = world.characters.map((c) => c.id);
    const first = detectCommunities(ids, world.relationships);
    expect(new Set(Object.values(first)).size).toBeGreaterThan(1);
    expect(detectCommunities([...ids].reverse(), [...world.relationships].reverse())).toEqual(first);
    expect(detectCommunities(ids, world.relationships)).toEqual(first);
  });
});
