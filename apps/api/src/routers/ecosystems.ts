import { randomUUID } from 'node:crypto';
import { ecosystemUpdatedEvent } from '@ensemble/core';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertEcosystemAccess } from '../auth/access.ts';
import { DEFAULT_DIALOGUE, dialogueSettingSchema } from '../dialogue/setting.ts';
import { buildDashboard } from '../observatory/dashboard.ts';
import { buildGraph } from '../observatory/graph.ts';
import type { EcosystemRecord } from '../store/app-store.ts';
import { authedProcedure } from '../trpc.ts';
import { commitWithEvents } from './commit.ts';
import { byIdInput, descriptionSchema, idSchema, nameSchema } from './inputs.ts';

/** Ecosystems a user owns, with the Observatory's dashboard and graph. */
export const ecosystemsRouter = {
  create: authedProcedure
    .input(
      z.strictObject({
        name: nameSchema,
        description: descriptionSchema.default(''),
        /** Who speaks for the characters: templates (default) or the server's language model. */
        dialogue: dialogueSettingSchema.optional(),
        /** Whether personalities drift with sustained experience (default true). */
        personalityDrift: z.boolean().default(true),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.services.clock.now();
      const ecosystem: EcosystemRecord = {
        id: randomUUID(),
        ownerId: ctx.user.id,
        name: input.name,
        description: input.description,
        lastSeq: 0,
        dialogue: input.dialogue ?? DEFAULT_DIALOGUE,
        personalityDrift: input.personalityDrift,
        parent: null,
        createdAt: now,
        updatedAt: now,
      };
      await ctx.services.store.createEcosystem(ecosystem);
      return ecosystem;
    }),

  list: authedProcedure.query(({ ctx }) => ctx.services.store.listEcosystems(ctx.user.id)),

  get: authedProcedure.input(byIdInput).query(({ ctx, input }) => assertEcosystemAccess(ctx, input.id, 'read')),

  update: authedProcedure
    .input(
      z.strictObject({
        id: idSchema,
        name: nameSchema.optional(),
        description: descriptionSchema.optional(),
        dialogue: dialogueSettingSchema.optional(),
        personalityDrift: z.boolean().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await assertEcosystemAccess(ctx, input.id, 'write');
      const { id, ...patch } = input;
      const { result } = await commitWithEvents(ctx.services, async (tx) => {
        const updated = await tx.updateEcosystem(id, patch, ctx.services.clock.now());
        return {
          result: updated,
          events: updated === null ? [] : [ecosystemUpdatedEvent(id, patch, ctx.services.clock.now())],
        };
      });
      ctx.services.speech.forget(id);
      // Deleted between the access check and the write: same answer as any other missing ecosystem.
      return result ?? assertEcosystemAccess(ctx, id, 'write');
    }),

  delete: authedProcedure.input(byIdInput).mutation(async ({ ctx, input }) => {
    await assertEcosystemAccess(ctx, input.id, 'write');
    for (const scenario of await ctx.services.store.listScenarios(input.id)) {
      if (scenario.status !== 'ended') ctx.services.scenarios.unschedule(scenario.id);
    }
    const deleted = await ctx.services.store.deleteEcosystem(input.id);
    ctx.services.owners.forgetEcosystem(input.id);
    // The graph is a read model: failing to tidy it must not fail the delete (its next sync clears it anyway).
    await ctx.services.graph.forget(input.id).catch((error: unknown) => {
      console.error(`[graph] could not remove deleted ecosystem ${input.id}:`, error);
    });
    return { id: input.id, deleted };
  }),

  dashboard: authedProcedure.input(byIdInput).query(async ({ ctx, input }) => {
    const ecosystem = await assertEcosystemAccess(ctx, input.id, 'read');
    return buildDashboard(ctx.services, ecosystem);
  }),

  graph: authedProcedure.input(byIdInput).query(async ({ ctx, input }) => {
    const ecosystem = await assertEcosystemAccess(ctx, input.id, 'read');
    return buildGraph(ctx.services, ecosystem.id);
  }),
} satisfies TRPCRouterRecord;
