import { driftRelationship, type Relationship } from '@ensemble/core';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertCharacterAccess } from '../auth/access.ts';
import { AppError } from '../errors.ts';
import { authedProcedure } from '../trpc.ts';
import { idSchema, INPUT_LIMITS } from './inputs.ts';

/** A relationship as it stands now, with both names for display. */
export type NamedRelationship = Relationship & { fromName: string; toName: string };

/** Directed relationships between characters (A's view of B), as they stand now. */
export const relationshipsRouter = {
  /** Every relationship the character has, both its view of others and theirs of it. */
  byCharacter: authedProcedure.input(z.strictObject({ characterId: idSchema })).query(async ({ ctx, input }) => {
    const { character } = await assertCharacterAccess(ctx, input.characterId, 'read');
    const now = ctx.services.clock.now();
    const [relationships, characters] = await Promise.all([
      ctx.services.store.listRelationshipsOf(character.id),
      ctx.services.store.listCharacters(character.ecosystemId),
    ]);
    const names = new Map(characters.map((c) => [c.id, c.name]));
    return relationships
      .filter((r) => names.has(r.fromId) && names.has(r.toId))
      .map(
        (r): NamedRelationship => ({
          ...driftRelationship(r, now),
          fromName: names.get(r.fromId) ?? '',
          toName: names.get(r.toId) ?? '',
        }),
      );
  }),

  /** Both directions between two characters of one ecosystem; null where they have no relationship yet. */
  between: authedProcedure.input(z.strictObject({ aId: idSchema, bId: idSchema })).query(async ({ ctx, input }) => {
    const a = await assertCharacterAccess(ctx, input.aId, 'read');
    const b = await assertCharacterAccess(ctx, input.bId, 'read');
    assertSameEcosystem(a.character.ecosystemId, b.character.ecosystemId);
    const now = ctx.services.clock.now();
    const [aToB, bToA] = await Promise.all([
      ctx.services.store.getRelationship(input.aId, input.bId),
      ctx.services.store.getRelationship(input.bId, input.aId),
    ]);
    return {
      aToB: aToB === null ? null : driftRelationship(aToB, now),
      bToA: bToA === null ? null : driftRelationship(bToA, now),
    };
  }),

  /** Strength and trust of from→to after each change, oldest first. */
  history: authedProcedure
    .input(
      z.strictObject({
        fromId: idSchema,
        toId: idSchema,
        limit: z
          .number()
          .int()
          .min(1)
          .max(INPUT_LIMITS.pageSize * 5)
          .default(INPUT_LIMITS.pageSize),
      }),
    )
    .query(async ({ ctx, input }) => {
      const from = await assertCharacterAccess(ctx, input.fromId, 'read');
      const to = await assertCharacterAccess(ctx, input.toId, 'read');
      assertSameEcosystem(from.character.ecosystemId, to.character.ecosystemId);
      return ctx.services.store.relationshipHistory(input.fromId, input.toId, input.limit);
    }),
} satisfies TRPCRouterRecord;

function assertSameEcosystem(a: string, b: string): void {
  if (a !== b) {
    throw new AppError('BAD_REQUEST', 'different_ecosystems', 'These characters live in different ecosystems.');
  }
}
