import type { SocialGraph } from '@ensemble/core';
import { describe, expect, it } from 'vitest';
import { newScope } from './fixtures.ts';

/** Contract: shortestPath, mutualFriends and mostConnected, with their thresholds and tie-breaking. */
export function describePathsAndRankings(graph: () => SocialGraph): void {
  describe('shortestPath', () => {
    it('takes the fewest hops, following relationships in either direction', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'b', 'c', 'd', 'e');
      // Long way a→b→c→d; short way a→e, d→e (walked backwards).
      await s.relate(graph(), ['a', 'b', 0.5], ['b', 'c', 0.5], ['c', 'd', 0.5], ['a', 'e', 0.5], ['d', 'e', 0.5]);
      expect(s.names(await graph().shortestPath(s.id('a'), s.id('d')))).toEqual(['a', 'e', 'd']);
      expect(s.names(await graph().shortestPath(s.id('d'), s.id('a')))).toEqual(['d', 'e', 'a']);
    });

    it('walks only positive strength by default, so strength 0 and dislike are not paths', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'b', 'c', 'd');
      await s.relate(graph(), ['a', 'b', 0], ['a', 'c', -0.5], ['c', 'd', 0.5], ['b', 'd', 0.5]);
      expect(await graph().shortestPath(s.id('a'), s.id('d'))).toBeNull();
      expect(s.names(await graph().shortestPath(s.id('a'), s.id('d'), { minStrength: 0 }))).toEqual(['a', 'b', 'd']);
      expect(s.names(await graph().shortestPath(s.id('a'), s.id('d'), { minStrength: -0.5 }))).toEqual(['a', 'b', 'd']);
    });

    it('minStrength is inclusive', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'b', 'c');
      await s.relate(graph(), ['a', 'b', 0.3], ['b', 'c', 0.7]);
      expect(s.names(await graph().shortestPath(s.id('a'), s.id('c'), { minStrength: 0.3 }))).toEqual(['a', 'b', 'c']);
      expect(await graph().shortestPath(s.id('a'), s.id('c'), { minStrength: 0.31 })).toBeNull();
    });

    it('among equally short paths returns the smallest id list, decided at the first differing step', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'b', 'c', 'x', 'y', 'z');
      // Three 3-hop routes a→c→z…, a→b→y…, a→b→x…: b beats c at step 2, then x beats y at step 3.
      await s.relate(
        graph(),
        ['a', 'c', 0.9],
        ['c', 'x', 0.9],
        ['x', 'z', 0.9],
        ['a', 'b', 0.1],
        ['b', 'y', 0.1],
        ['y', 'z', 0.1],
        ['b', 'x', 0.1],
      );
      expect(s.names(await graph().shortestPath(s.id('a'), s.id('z')))).toEqual(['a', 'b', 'x', 'z']);
    });

    it('is [id] from a character to itself and null for unknown or unreachable characters', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'b', 'lonely');
      await s.relate(graph(), ['a', 'b', 0.5]);
      expect(s.names(await graph().shortestPath(s.id('a'), s.id('a')))).toEqual(['a']);
      expect(await graph().shortestPath(s.id('nobody'), s.id('nobody'))).toBeNull();
      expect(await graph().shortestPath(s.id('a'), s.id('nobody'))).toBeNull();
      expect(await graph().shortestPath(s.id('a'), s.id('lonely'))).toBeNull();
    });

    it('goes through inactive characters', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'c');
      await graph().upsertCharacter(s.character('b', { active: false }));
      await s.relate(graph(), ['a', 'b', 0.5], ['b', 'c', 0.5]);
      expect(s.names(await graph().shortestPath(s.id('a'), s.id('c')))).toEqual(['a', 'b', 'c']);
    });
  });

  describe('mutualFriends', () => {
    it('lists characters each of the two likes at 0.3 or more both ways, ids ascending, excluding the two', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'b', 'f1', 'f2', 'oneway', 'weak', 'onlya');
      await s.relate(
        graph(),
        ['a', 'b', 0.9],
        ['b', 'a', 0.9],
        ['a', 'f2', 0.3],
        ['f2', 'a', 0.3],
        ['b', 'f2', 0.5],
        ['f2', 'b', 0.8],
        ['a', 'f1', 0.6],
        ['f1', 'a', 0.6],
        ['b', 'f1', 0.6],
        ['f1', 'b', 0.6],
        ['a', 'oneway', 0.9],
        ['b', 'oneway', 0.9],
        ['oneway', 'a', 0.9],
        ['a', 'weak', 0.29],
        ['weak', 'a', 0.9],
        ['b', 'weak', 0.9],
        ['weak', 'b', 0.9],
        ['a', 'onlya', 0.9],
        ['onlya', 'a', 0.9],
      );
      expect(s.names(await graph().mutualFriends(s.id('a'), s.id('b')))).toEqual(['f1', 'f2']);
      expect(s.names(await graph().mutualFriends(s.id('b'), s.id('a')))).toEqual(['f1', 'f2']);
    });

    it('minStrength changes what counts as a friend', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'b', 'c');
      await s.relate(graph(), ['a', 'c', 0.2], ['c', 'a', 0.2], ['b', 'c', 0.2], ['c', 'b', 0.2]);
      expect(await graph().mutualFriends(s.id('a'), s.id('b'))).toEqual([]);
      expect(s.names(await graph().mutualFriends(s.id('a'), s.id('b'), { minStrength: 0.2 }))).toEqual(['c']);
    });

    it('is empty when either character is unknown', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'c');
      await s.relate(graph(), ['a', 'c', 0.9], ['c', 'a', 0.9]);
      expect(await graph().mutualFriends(s.id('a'), s.id('nobody'))).toEqual([]);
    });
  });

  describe('mostConnected', () => {
    it('counts distinct characters linked either way by a relationship with interactions', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'b', 'c', 'd', 'e');
      await s.relate(graph(), ['a', 'b', 0.5], ['b', 'a', 0.5], ['c', 'a', -0.9], ['a', 'd', 0.1]);
      await graph().upsertRelationship(s.relationship('e', 'a', 0.9, { interactionCount: 0 }));
      expect(await graph().mostConnected(s.ecosystemId, 10)).toEqual([
        { id: s.id('a'), degree: 3 },
        { id: s.id('b'), degree: 1 },
        { id: s.id('c'), degree: 1 },
        { id: s.id('d'), degree: 1 },
        { id: s.id('e'), degree: 0 },
      ]);
    });

    it('breaks degree ties by id, honours the limit and ignores other ecosystems', async () => {
      const s = newScope();
      const other = newScope();
      await s.addCharacters(graph(), 'd', 'c', 'b', 'a');
      await s.relate(graph(), ['d', 'c', 0.5], ['b', 'a', 0.5]);
      await other.addCharacters(graph(), 'hub', 'x', 'y', 'z');
      await other.relate(graph(), ['hub', 'x', 0.5], ['hub', 'y', 0.5], ['hub', 'z', 0.5]);
      expect(s.names((await graph().mostConnected(s.ecosystemId, 3)).map((c) => c.id))).toEqual(['a', 'b', 'c']);
      expect(await graph().mostConnected(s.ecosystemId, 0)).toEqual([]);
      expect(await graph().mostConnected(`eco-none-${s.ecosystemId}`, 5)).toEqual([]);
    });
  });
}
