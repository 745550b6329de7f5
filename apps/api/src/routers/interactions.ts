import { INTERACTION_TYPES, linesToWrite, processInteraction } from '@ensemble/core';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertCharactersAccess, assertEcosystemAccess } from '../auth/access.ts';
import { AppError } from '../errors.ts';
import { authedProcedure } from '../trpc.ts';
import { contentSchema, idSchema, limitSchema } from './inputs.ts';

/** Character-to-character exchanges: run one now, or page through the history. */
export const interactionsRouter = {
  /**
   * The plan's POST /interactions. When the exchange cannot happen (tired, cooldown, inactive...) the
   * answer is `{ success: false, reason, message }`, not an error: it is a normal outcome of the simulation.
   */
  create: authedProcedure
    .input(
      z.strictObject({
        initiatorId: idSchema,
        targetId: idSchema,
        type: z.enum(INTERACTION_TYPES),
        /** The initiator's opening line; written in character when omitted. */
        content: contentSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await assertCharactersAccess(ctx, [input.initiatorId, input.targetId], 'write');
      await ctx.services.limits.interactions.consume(ctx.user.id);
      const ecosystemId = await ctx.services.speech.ecosystemOf(input.initiatorId);
      const request = {
        initiatorId: input.initiatorId,
        targetId: input.targetId,
        type: input.type,
        content: input.content ?? null,
      };
      // Lines are written before the transaction when the ecosystem speaks through a language model.
      // Personalities drift unless the ecosystem turned it off.
      const personalityDrift = ecosystemId === null ? true : await ctx.services.speech.personalityDriftOf(ecosystemId);
      const result =
        ecosystemId === null
          ? await processInteraction(ctx.services.engineDeps(), request)
          : await ctx.services.speech.run(
              ecosystemId,
              (deps) => processInteraction({ ...deps, personalityDrift }, request),
              { lines: linesToWrite(request) },
            );
      // A character deleted since the access check (on another node, whose delete this node's owner cache
      // has not seen): the same answer as for an id that does not exist.
      if (!result.success && result.reason === 'not_found') {
        throw new AppError('NOT_FOUND', 'character_not_found', 'No such character.');
      }
      return result;
    }),

  /** Newest first. Pass the returned `nextBefore` as `before` for the next page (null: no more). */
  list: authedProcedure
    .input(
      z.strictObject({
        ecosystemId: idSchema,
        limit: limitSchema,
        before: z.number().int().nonnegative().nullish(),
        characterId: idSchema.nullish(),
        scenarioId: idSchema.nullish(),
      }),
    )
    .query(async ({ ctx, input }) => {
      await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
      const items = await ctx.services.store.listInteractions(input.ecosystemId, {
        limit: input.limit,
        before: input.before ?? null,
        characterId: input.characterId ?? null,
        scenarioId: input.scenarioId ?? null,
      });
      const last = items.at(-1);
      return { items, nextBefore: items.length === input.limit && last !== undefined ? last.createdAt : null };
    }),
} satisfies TRPCRouterRecord;
