import { randomUUID } from 'node:crypto';
import type { Id } from '@ensemble/core';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertEcosystemAccess, type AccessContext, type Capability } from '../auth/access.ts';
import { AppError } from '../errors.ts';
import { EmbedderUnavailable, SEARCH_MODES } from '../knowledge/lore.ts';
import type { DocumentRecord } from '../store/app-store.ts';
import { authedProcedure } from '../trpc.ts';
import { byEcosystemInput, byIdInput, idSchema, INPUT_LIMITS } from './inputs.ts';

const titleSchema = z.string().trim().min(1, 'must not be empty').max(INPUT_LIMITS.documentTitle);
const documentContentSchema = z.string().max(INPUT_LIMITS.documentContent);
/** Characters who know the document (their lines may draw on it); null or absent: every character. */
const knownToSchema = z.array(idSchema).max(INPUT_LIMITS.list).nullable();

/** Notes and lore attached to an ecosystem; visible to whoever owns the ecosystem. */
export const documentsRouter = {
  create: authedProcedure
    .input(
      z.strictObject({
        ecosystemId: idSchema,
        title: titleSchema,
        content: documentContentSchema.default(''),
        knownTo: knownToSchema.default(null),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await assertEcosystemAccess(ctx, input.ecosystemId, 'write');
      const now = ctx.services.clock.now();
      const doc: DocumentRecord = {
        id: randomUUID(),
        ecosystemId: input.ecosystemId,
        ownerId: ctx.user.id,
        title: input.title,
        content: input.content,
        knownTo: input.knownTo,
        createdAt: now,
        updatedAt: now,
      };
      await ctx.services.store.createDocument(doc);
      ctx.services.lore.documentsChanged();
      ctx.services.speech.forget(doc.ecosystemId);
      return doc;
    }),

  list: authedProcedure.input(byEcosystemInput).query(async ({ ctx, input }) => {
    await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
    return ctx.services.store.listDocuments(input.ecosystemId);
  }),

  get: authedProcedure.input(byIdInput).query(({ ctx, input }) => assertDocumentAccess(ctx, input.id, 'read')),

  update: authedProcedure
    .input(
      z.strictObject({
        id: idSchema,
        title: titleSchema.optional(),
        content: documentContentSchema.optional(),
        knownTo: knownToSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await assertDocumentAccess(ctx, input.id, 'write');
      const { id, ...patch } = input;
      const updated = await ctx.services.store.updateDocument(id, patch, ctx.services.clock.now());
      if (updated === null) throw notFound();
      ctx.services.lore.documentsChanged();
      ctx.services.speech.forget(updated.ecosystemId);
      return updated;
    }),

  /**
   * The ecosystem's passages best matching `q`: by text and by meaning fused (hybrid, the default), or by
   * one of them. A document is searchable by text once written, by meaning once its vectors are stored.
   */
  search: authedProcedure
    .input(
      z.strictObject({
        ecosystemId: idSchema,
        q: z.string().trim().min(1, 'must not be empty').max(INPUT_LIMITS.searchQuery),
        limit: z.number().int().min(1).max(50).default(10),
        mode: z.enum(SEARCH_MODES).default('hybrid'),
      }),
    )
    .query(async ({ ctx, input }) => {
      await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
      if (input.mode === 'vector' && ctx.services.lore.embedder === null) {
        throw new AppError(
          'BAD_REQUEST',
          'embeddings_not_configured',
          'Search by meaning needs an embedder (EMBEDDINGS_MODEL_DIR or EMBEDDINGS_BASE_URL).',
        );
      }
      const found = await ctx.services.lore
        .search(input.ecosystemId, input.q, { limit: input.limit, mode: input.mode })
        .catch((error: unknown) => {
          if (error instanceof EmbedderUnavailable) {
            throw new AppError(
              'SERVICE_UNAVAILABLE',
              'embeddings_unavailable',
              'The embedder did not answer; try again, or search by text.',
            );
          }
          throw error;
        });
      const indexed = await ctx.services.store.passageStats(input.ecosystemId);
      return { ...found, indexed };
    }),

  delete: authedProcedure.input(byIdInput).mutation(async ({ ctx, input }) => {
    await assertDocumentAccess(ctx, input.id, 'write');
    return { id: input.id, deleted: await ctx.services.store.deleteDocument(input.id) };
  }),
} satisfies TRPCRouterRecord;

/** The document, if the caller owns its ecosystem; otherwise 'document_not_found' (no existence leak). */
async function assertDocumentAccess(ctx: AccessContext, id: Id, capability: Capability): Promise<DocumentRecord> {
  const doc = await ctx.services.store.getDocument(id);
  if (doc === null) throw notFound();
  try {
    await assertEcosystemAccess(ctx, doc.ecosystemId, capability);
  } catch (error) {
    if (error instanceof AppError && error.appCode === 'ecosystem_not_found') throw notFound();
    throw error;
  }
  return doc;
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'document_not_found', 'No such document.');
}
