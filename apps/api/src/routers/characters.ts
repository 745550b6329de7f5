import { randomUUID } from 'node:crypto';
import {
  baselineMood,
  characterCreatedEvent,
  characterDeletedEvent,
  characterUpdatedEvent,
  settleCharacter,
  type Character,
} from '@ensemble/core';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertCharacterAccess, assertEcosystemAccess } from '../auth/access.ts';
import { AppError } from '../errors.ts';
import { currentCharacters } from '../observatory/current-state.ts';
import type { AppStore } from '../store/app-store.ts';
import { authedProcedure } from '../trpc.ts';
import { commitWithEvents } from './commit.ts';
import { byEcosystemInput, byIdInput, descriptionSchema, idSchema, nameSchema, personalitySchema } from './inputs.ts';

/** Characters of an ecosystem. Every change is logged as an event in the same transaction and published. */
export const charactersRouter = {
  create: authedProcedure
    .input(
      z.strictObject({
        ecosystemId: idSchema,
        name: nameSchema,
        description: descriptionSchema.default(''),
        personality: personalitySchema,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await assertEcosystemAccess(ctx, input.ecosystemId, 'write');
      const now = ctx.services.clock.now();
      const character: Character = {
        id: randomUUID(),
        ecosystemId: input.ecosystemId,
        name: input.name,
        description: input.description,
        personality: input.personality,
        mood: baselineMood(input.personality),
        lastEmotion: null,
        energy: 1,
        active: true,
        stateUpdatedAt: now,
        createdAt: now,
      };
      const { result } = await commitWithEvents(ctx.services, async (tx) => {
        await assertNameFree(tx, character);
        await tx.saveCharacter(character);
        return { result: character, events: [characterCreatedEvent(character, now)] };
      });
      return result;
    }),

  list: authedProcedure.input(byEcosystemInput).query(async ({ ctx, input }) => {
    await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
    return currentCharacters(ctx.services, input.ecosystemId);
  }),

  get: authedProcedure.input(byIdInput).query(async ({ ctx, input }) => {
    const { character } = await assertCharacterAccess(ctx, input.id, 'read');
    return settleCharacter(character, ctx.services.clock.now());
  }),

  update: authedProcedure
    .input(
      z.strictObject({
        id: idSchema,
        name: nameSchema.optional(),
        description: descriptionSchema.optional(),
        personality: personalitySchema.optional(),
        active: z.boolean().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await assertCharacterAccess(ctx, input.id, 'write');
      const { id, ...changes } = input;
      const { result } = await commitWithEvents(ctx.services, async (tx) => {
        // Locked: an exchange or a turn touching this character queues behind the edit, or the edit behind it.
        const stored = (await tx.lockCharacters([id])).get(id) ?? null;
        if (stored === null) throw notFound();
        // Settle first so the time before the change decays toward the old personality's baseline.
        const now = ctx.services.clock.now();
        const updated: Character = { ...settleCharacter(stored, now), ...definedOnly(changes) };
        if (changes.name !== undefined) await assertNameFree(tx, updated);
        await tx.saveCharacter(updated);
        return { result: updated, events: [characterUpdatedEvent(updated, Object.keys(definedOnly(changes)), now)] };
      });
      return result;
    }),

  delete: authedProcedure.input(byIdInput).mutation(async ({ ctx, input }) => {
    const { character } = await assertCharacterAccess(ctx, input.id, 'write');
    const { result } = await commitWithEvents(ctx.services, async (tx) => {
      const deleted = await tx.deleteCharacter(character.id);
      const events = deleted ? [characterDeletedEvent(character, ctx.services.clock.now())] : [];
      return { result: deleted, events };
    });
    ctx.services.owners.forget(character.id);
    return { id: character.id, deleted: result };
  }),
} satisfies TRPCRouterRecord;

/** The keys actually given: an absent optional field must not overwrite the stored value with undefined. */
function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Characters are addressed by name in dialogue, so two in one ecosystem may not share one (case-insensitive). */
export async function assertNameFree(tx: AppStore, character: Character): Promise<void> {
  const wanted = character.name.toLocaleLowerCase();
  const clash = (await tx.listCharacters(character.ecosystemId)).some(
    (c) => c.id !== character.id && c.name.toLocaleLowerCase() === wanted,
  );
  if (clash) {
    throw new AppError(
      'CONFLICT',
      'character_name_taken',
      `There is already a character named ${character.name} here.`,
    );
  }
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'character_not_found', 'No such character.');
}
