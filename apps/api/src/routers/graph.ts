import { RELATIONSHIP_LABELS, type Id, type SocialGraph } from '@ensemble/core';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertCharacterAccess, assertEcosystemAccess } from '../auth/access.ts';
import { AppError } from '../errors.ts';
import { detectCommunities } from '../graph/communities.ts';
import type { AppServices } from '../services.ts';
import { authedProcedure } from '../trpc.ts';
import { idSchema, limitSchema } from './inputs.ts';

const strengthSchema = z.number().min(-1).max(1);
const trustSchema = z.number().min(0).max(1);

/** Graph queries over an ecosystem's relationships (Neo4j when configured, else in process). */
export const graphRouter = {
  /** The character's relationships, strongest first, filtered by direction, strength, trust and label. */
  neighbours: authedProcedure
    .input(
      z.strictObject({
        characterId: idSchema,
        direction: z.enum(['out', 'in', 'both']).default('both'),
        minStrength: strengthSchema.optional(),
        maxStrength: strengthSchema.optional(),
        minTrust: trustSchema.optional(),
        labels: z.array(z.enum(RELATIONSHIP_LABELS)).max(RELATIONSHIP_LABELS.length).optional(),
        limit: limitSchema,
      }),
    )
    .query(async ({ ctx, input }) => {
      const { characterId, ...filter } = input;
      const { character } = await assertCharacterAccess(ctx, characterId, 'read');
      return (await graphOf(ctx.services, character.ecosystemId)).neighbours(characterId, filter);
    }),

  /** The fewest-hop chain of liking (either direction) between two characters, or null. */
  shortestPath: authedProcedure
    .input(z.strictObject({ fromId: idSchema, toId: idSchema, minStrength: strengthSchema.optional() }))
    .query(async ({ ctx, input }) => {
      const ecosystemId = await assertSameEcosystem(ctx, input.fromId, input.toId);
      const options = input.minStrength === undefined ? {} : { minStrength: input.minStrength };
      return { path: await (await graphOf(ctx.services, ecosystemId)).shortestPath(input.fromId, input.toId, options) };
    }),

  /** Characters who are friends of both (strength ≥ minStrength each way, default 0.3). */
  mutualFriends: authedProcedure
    .input(z.strictObject({ aId: idSchema, bId: idSchema, minStrength: strengthSchema.optional() }))
    .query(async ({ ctx, input }) => {
      const ecosystemId = await assertSameEcosystem(ctx, input.aId, input.bId);
      const options = input.minStrength === undefined ? {} : { minStrength: input.minStrength };
      return (await graphOf(ctx.services, ecosystemId)).mutualFriends(input.aId, input.bId, options);
    }),

  /** The ecosystem's characters by how many others they have interacted with. */
  mostConnected: authedProcedure
    .input(z.strictObject({ ecosystemId: idSchema, limit: limitSchema }))
    .query(async ({ ctx, input }) => {
      await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
      return (await graphOf(ctx.services, input.ecosystemId)).mostConnected(input.ecosystemId, input.limit);
    }),

  /** A community number per character (Louvain over liking), for colouring the graph. */
  communities: authedProcedure.input(z.strictObject({ ecosystemId: idSchema })).query(async ({ ctx, input }) => {
    await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
    const [characters, relationships] = await Promise.all([
      ctx.services.store.listCharacters(input.ecosystemId),
      ctx.services.store.listRelationships(input.ecosystemId),
    ]);
    return detectCommunities(
      characters.map((c) => c.id),
      relationships,
    );
  }),
} satisfies TRPCRouterRecord;

/** The graph with the ecosystem caught up to its event log (built from the store on first use). */
function graphOf(services: AppServices, ecosystemId: Id): Promise<SocialGraph> {
  return services.graph.forEcosystem(ecosystemId);
}

/** Both characters must be the caller's and live in one ecosystem; returns that ecosystem. */
async function assertSameEcosystem(ctx: Parameters<typeof assertCharacterAccess>[0], aId: Id, bId: Id): Promise<Id> {
  const a = await assertCharacterAccess(ctx, aId, 'read');
  const b = await assertCharacterAccess(ctx, bId, 'read');
  if (a.character.ecosystemId !== b.character.ecosystemId) {
    throw new AppError('BAD_REQUEST', 'different_ecosystems', 'These characters live in different ecosystems.');
  }
  return a.character.ecosystemId;
}
