import type { Memory } from '@ensemble/core';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertCharacterAccess } from '../auth/access.ts';
import { authedProcedure } from '../trpc.ts';
import { idSchema } from './inputs.ts';

/** How many of a character's newest memories `strongest` ranks by importance. */
const STRONGEST_FROM_NEWEST = 500;

/** A memory as clients see it; `kind` (observation, summary, reflection) when the store records one. */
export interface MemoryView {
  id: string;
  characterId: string;
  aboutId: string | null;
  content: string;
  valence: number;
  importance: number;
  createdAt: number;
  kind?: string;
}

function viewOf(memory: Memory): MemoryView {
  const kind = (memory as Memory & { kind?: unknown }).kind;
  return {
    id: memory.id,
    characterId: memory.characterId,
    aboutId: memory.aboutId,
    content: memory.content,
    valence: memory.valence,
    importance: memory.importance,
    createdAt: memory.createdAt,
    ...(typeof kind === 'string' ? { kind } : {}),
  };
}

/** What characters remember. */
export const memoriesRouter = {
  /**
   * A character's memories: the strongest (most important among its newest 500; ties newest first) or the
   * most recent, `limit` of them.
   */
  list: authedProcedure
    .input(
      z.strictObject({
        characterId: idSchema,
        order: z.enum(['strongest', 'recent']).default('strongest'),
        limit: z.number().int().min(1).max(100).default(10),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { character } = await assertCharacterAccess(ctx, input.characterId, 'read');
      if (input.order === 'recent') {
        return (await ctx.services.store.listMemories(character.id, input.limit)).map(viewOf);
      }
      const newest = await ctx.services.store.listMemories(character.id, STRONGEST_FROM_NEWEST);
      // A stable sort keeps the store's newest-first order among equally important memories.
      return newest
        .sort((a, b) => b.importance - a.importance)
        .slice(0, input.limit)
        .map(viewOf);
    }),
} satisfies TRPCRouterRecord;
