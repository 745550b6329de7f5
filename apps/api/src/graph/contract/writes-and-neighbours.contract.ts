import type { SocialGraph } from '@ensemble/core';
import { describe, expect, it } from 'vitest';
import { newScope } from './fixtures.ts';

/** Contract: upserts, removal, clearing, and `neighbours` with every filter and its order. */
export function describeWritesAndNeighbours(graph: () => SocialGraph): void {
  describe('writes', () => {
    it('upsertCharacter replaces the name and active flag of an existing character', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'b');
      await s.relate(graph(), ['a', 'b', 0.5]);
      await graph().upsertCharacter(s.character('b', { name: 'Renamed', active: false }));
      const [seen] = await graph().neighbours(s.id('a'));
      expect(seen?.name).toBe('Renamed');
    });

    it('upsertRelationship replaces every property of the same direction and leaves the other alone', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'b');
      await graph().upsertRelationship(s.relationship('a', 'b', 0.2));
      await graph().upsertRelationship(s.relationship('b', 'a', -0.4, { label: 'rival' }));
      await graph().upsertRelationship(
        s.relationship('a', 'b', 0.9, {
          trust: 0.8,
          interactionCount: 12,
          label: 'close friend',
        }),
      );
      expect(await graph().neighbours(s.id('a'))).toEqual([
        {
          id: s.id('b'),
          name: 'Name b',
          direction: 'out',
          strength: 0.9,
          trust: 0.8,
          interactionCount: 12,
          label: 'close friend',
        },
        {
          id: s.id('b'),
          name: 'Name b',
          direction: 'in',
          strength: -0.4,
          trust: 0.5,
          interactionCount: 1,
          label: 'rival',
        },
      ]);
    });

    it('stores a strength of -0 as 0, so it ties with 0 and a later 0 reads back as 0', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'm', 'a', 'b');
      await s.relate(graph(), ['m', 'b', -0], ['m', 'a', -0]);
      await s.relate(graph(), ['m', 'a', 0]);
      const seen = await graph().neighbours(s.id('m'), { limit: 1 });
      expect(seen.map((n) => [s.names([n.id])?.[0], n.strength])).toEqual([['a', 0]]);
      expect(Object.is((await graph().neighbours(s.id('m')))[1]?.strength, 0)).toBe(true);
    });

    it('a relationship to an unknown character creates a nameless placeholder that upsertCharacter fills in', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a');
      await s.relate(graph(), ['a', 'ghost', 0.5]);
      expect((await graph().neighbours(s.id('a'))).map((n) => n.name)).toEqual(['']);
      expect((await graph().mostConnected(s.ecosystemId, 10)).map((c) => c.id)).toContain(s.id('ghost'));
      await graph().upsertCharacter(s.character('ghost'));
      expect((await graph().neighbours(s.id('a'))).map((n) => n.name)).toEqual(['Name ghost']);
    });

    it('a relationship of a character with itself is ignored', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a');
      await s.relate(graph(), ['a', 'a', 0.5]);
      expect(await graph().neighbours(s.id('a'))).toEqual([]);
      expect(await graph().mostConnected(s.ecosystemId, 10)).toEqual([{ id: s.id('a'), degree: 0 }]);
    });

    it('removeCharacter takes its relationships in both directions with it; a missing id is a no-op', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'a', 'b', 'c');
      await s.relate(graph(), ['a', 'b', 0.5], ['b', 'a', 0.5], ['c', 'b', 0.5]);
      await graph().removeCharacter(s.id('b'));
      await graph().removeCharacter(s.id('never-existed'));
      expect(await graph().neighbours(s.id('a'))).toEqual([]);
      expect(await graph().neighbours(s.id('b'))).toEqual([]);
      expect(s.names((await graph().mostConnected(s.ecosystemId, 10)).map((c) => c.id))).toEqual(['a', 'c']);
    });

    it('clearEcosystem empties that ecosystem only', async () => {
      const mine = newScope();
      const other = newScope();
      await mine.addCharacters(graph(), 'a', 'b');
      await mine.relate(graph(), ['a', 'b', 0.5]);
      await other.addCharacters(graph(), 'x', 'y');
      await other.relate(graph(), ['x', 'y', 0.5]);
      await graph().clearEcosystem(mine.ecosystemId);
      expect(await graph().mostConnected(mine.ecosystemId, 10)).toEqual([]);
      expect(await graph().neighbours(mine.id('a'))).toEqual([]);
      expect(await graph().mostConnected(other.ecosystemId, 10)).toEqual([
        { id: other.id('x'), degree: 1 },
        { id: other.id('y'), degree: 1 },
      ]);
    });
  });

  describe('neighbours', () => {
    it('lists one entry per relationship, strongest first, ties by id and then out before in', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'm', 'a', 'b', 'c', 'd');
      await s.relate(
        graph(),
        ['m', 'c', 0.5],
        ['b', 'm', 0.5],
        ['m', 'b', 0.5],
        ['a', 'm', 0.9],
        ['m', 'd', -0.2],
        ['d', 'm', 0.5],
      );
      const seen = await graph().neighbours(s.id('m'));
      expect(seen.map((n) => `${s.names([n.id])?.[0]}:${n.direction}:${n.strength}`)).toEqual([
        'a:in:0.9',
        'b:out:0.5',
        'b:in:0.5',
        'c:out:0.5',
        'd:in:0.5',
        'd:out:-0.2',
      ]);
    });

    it('direction out lists its own views and in lists how others see it', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'm', 'a', 'b');
      await s.relate(graph(), ['m', 'a', 0.1], ['b', 'm', 0.2]);
      expect(s.names((await graph().neighbours(s.id('m'), { direction: 'out' })).map((n) => n.id))).toEqual(['a']);
      expect(s.names((await graph().neighbours(s.id('m'), { direction: 'in' })).map((n) => n.id))).toEqual(['b']);
    });

    it('strength and trust bounds are inclusive', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'm', 'a', 'b', 'c', 'd');
      await graph().upsertRelationship(s.relationship('m', 'a', 0.3, { trust: 0.2 }));
      await graph().upsertRelationship(s.relationship('m', 'b', 0.6, { trust: 0.5 }));
      await graph().upsertRelationship(s.relationship('m', 'c', 0.29, { trust: 0.9 }));
      await graph().upsertRelationship(s.relationship('m', 'd', 0.61, { trust: 0.9 }));
      const ids = async (filter: Parameters<SocialGraph['neighbours']>[1]) =>
        s.names((await graph().neighbours(s.id('m'), filter)).map((n) => n.id));
      expect(await ids({ minStrength: 0.3, maxStrength: 0.6 })).toEqual(['b', 'a']);
      expect(await ids({ minTrust: 0.5 })).toEqual(['d', 'b', 'c']);
      expect(await ids({ minStrength: 0.3, minTrust: 0.5, maxStrength: 0.6 })).toEqual(['b']);
    });

    it('labels keeps only relationships with a listed label, and an empty list keeps none', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'm', 'a', 'b', 'c');
      await graph().upsertRelationship(s.relationship('m', 'a', 0.5, { label: 'friend' }));
      await graph().upsertRelationship(s.relationship('m', 'b', -0.5, { label: 'rival' }));
      await graph().upsertRelationship(s.relationship('c', 'm', 0.9, { label: 'close friend' }));
      const names = async (labels: Parameters<SocialGraph['neighbours']>[1]) =>
        s.names((await graph().neighbours(s.id('m'), labels)).map((n) => n.id));
      expect(await names({ labels: ['friend', 'close friend'] })).toEqual(['c', 'a']);
      expect(await names({ labels: ['rival'] })).toEqual(['b']);
      expect(await names({ labels: [] })).toEqual([]);
    });

    it('limit keeps the first entries of the order after filtering', async () => {
      const s = newScope();
      await s.addCharacters(graph(), 'm', 'a', 'b', 'c', 'd');
      await s.relate(graph(), ['m', 'a', 0.1], ['m', 'b', 0.4], ['m', 'c', 0.4], ['m', 'd', -0.9]);
      const seen = await graph().neighbours(s.id('m'), { minStrength: 0, limit: 2 });
      expect(s.names(seen.map((n) => n.id))).toEqual(['b', 'c']);
      expect(await graph().neighbours(s.id('m'), { limit: 0 })).toEqual([]);
    });

    it('an unknown character has no neighbours', async () => {
      const s = newScope();
      expect(await graph().neighbours(s.id('nobody'))).toEqual([]);
    });
  });
}
