import { randomUUID } from 'node:crypto';
import {
  CARD_SPECS,
  base64ToBytes,
  baselineMood,
  bytesToBase64,
  cardFromBytes,
  cardFromJson,
  cardFromJsonText,
  cardJson,
  cardPng,
  characterCreatedEvent,
  exportCard,
  type CardObject,
  type Character,
  type ImportedCard,
} from '@ensemble/core';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertCharacterAccess, assertEcosystemAccess } from '../auth/access.ts';
import { authedProcedure } from '../trpc.ts';
import { assertNameFree } from './characters.ts';
import { commitWithEvents } from './commit.ts';
import { idSchema } from './inputs.ts';

/**
 * Character cards (Character Card V2/V3, JSON or PNG): import makes a character and keeps the card whole;
 * export gives the card back with Ensemble's numbers under `data.extensions.ensemble`.
 */
export const cardsRouter = {
  import: authedProcedure
    .input(
      z
        .strictObject({
          ecosystemId: idSchema,
          card: z.record(z.string(), z.unknown()).optional().describe('The card as a JSON object.'),
          json: z.string().optional().describe('The card as JSON text.'),
          png: z.string().optional().describe('The card as a PNG file, base64.'),
        })
        .refine((v) => [v.card, v.json, v.png].filter((x) => x !== undefined).length === 1, {
          message: 'give exactly one of card, json or png',
        }),
    )
    .mutation(async ({ ctx, input }) => {
      await assertEcosystemAccess(ctx, input.ecosystemId, 'write');
      const imported: ImportedCard =
        input.png !== undefined
          ? cardFromBytes(base64ToBytes(input.png, 'The png field'))
          : input.json !== undefined
            ? cardFromJsonText(input.json)
            : cardFromJson(input.card);
      const now = ctx.services.clock.now();
      const character: Character = {
        id: randomUUID(),
        ecosystemId: input.ecosystemId,
        name: imported.name,
        description: imported.description,
        personality: imported.personality,
        mood: baselineMood(imported.personality),
        lastEmotion: null,
        energy: 1,
        active: true,
        stateUpdatedAt: now,
        createdAt: now,
      };
      await commitWithEvents(ctx.services, async (tx) => {
        await assertNameFree(tx, character);
        await tx.saveCharacter(character);
        await tx.saveCharacterCard({
          characterId: character.id,
          ecosystemId: character.ecosystemId,
          card: cardJson(imported.card),
          image: imported.imageBase64,
          createdAt: now,
        });
        return { result: null, events: [characterCreatedEvent(character, now)] };
      });
      return {
        character,
        spec: imported.spec,
        personalitySource: imported.personalitySource,
        text: imported.text,
      };
    }),

  export: authedProcedure
    .input(
      z.strictObject({
        id: idSchema,
        spec: z.enum(CARD_SPECS).optional().describe('Default: the spec it was imported as, else chara_card_v3.'),
        format: z.enum(['json', 'png']).default('json'),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { character } = await assertCharacterAccess(ctx, input.id, 'read');
      const stored = await ctx.services.store.getCharacterCard(character.id);
      const card = exportCard(
        {
          name: character.name,
          description: character.description,
          personality: character.personality,
          card: stored ? (JSON.parse(stored.card) as CardObject) : null,
        },
        input.spec,
      );
      return {
        spec: card.spec,
        card,
        png: input.format === 'png' ? bytesToBase64(cardPng(card, stored?.image ?? null)) : null,
      };
    }),
} satisfies TRPCRouterRecord;
