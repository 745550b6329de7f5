import { randomInt } from 'node:crypto';
import { BIG_FIVE_TRAITS } from '@ensemble/core';
import { z } from 'zod';
import { idSchema, INPUT_LIMITS, nameSchema } from './inputs.ts';
import { createInput as scenarioInput } from './scenarios.ts';

const trait = z.number().min(0).max(1);
const traitsSchema = z
  .strictObject(
    Object.fromEntries(BIG_FIVE_TRAITS.map((t) => [t, trait.optional()])) as Record<
      (typeof BIG_FIVE_TRAITS)[number],
      z.ZodOptional<typeof trait>
    >,
  )
  .describe('The traits to set (0..1); the others stay as they were.');

/** What `history.fork` (POST /api/v1/ecosystems/{id}/fork) takes. */
export const forkInput = z.strictObject({
  ecosystemId: idSchema,
  atSeq: z.number().int().min(0).optional().describe('Fork after this seq (default: the newest).'),
  name: nameSchema.optional().describe('Default: "<parent name> (branch at <seq>)".'),
  change: z
    .strictObject({
      traits: z
        .array(z.strictObject({ characterId: idSchema, personality: traitsSchema }))
        .max(INPUT_LIMITS.list)
        .optional()
        .describe("New trait values for characters (the parent's ids)."),
      relationships: z
        .array(
          z.strictObject({
            fromId: idSchema,
            toId: idSchema,
            strength: z.number().min(-1).max(1).optional(),
            trust: z.number().min(0).max(1).optional(),
          }),
        )
        .max(INPUT_LIMITS.list)
        .optional()
        .describe("How fromId sees toId from the start of the branch (the parent's ids)."),
      scenario: scenarioInput
        .omit({ ecosystemId: true })
        .transform(({ seed, ...rest }) => ({ ...rest, seed: seed ?? randomInt(0, 2 ** 31) }))
        .optional()
        .describe(
          "A scenario to start in the branch (participants: the parent's ids; default every active character).",
        ),
    })
    .optional()
    .describe('What the branch starts with that the parent did not have; omitted: an exact copy.'),
});
