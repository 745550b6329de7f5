import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertEcosystemAccess } from '../auth/access.ts';
import { exportBundle, importBundle } from '../bundles/bundle.ts';
import { parseBundle } from '../bundles/format.ts';
import { AppError } from '../errors.ts';
import { authedProcedure } from '../trpc.ts';
import { idSchema, nameSchema } from './inputs.ts';

/** A whole ecosystem as one JSON file (bundles/format.ts): export, and import as a new ecosystem. */
export const bundlesRouter = {
  export: authedProcedure
    .input(z.strictObject({ ecosystemId: idSchema }))
    .query(async ({ ctx, input }) =>
      exportBundle(ctx.services.store, await assertEcosystemAccess(ctx, input.ecosystemId, 'read')),
    ),

  /** A new ecosystem of the caller from a bundle, given as an object (`bundle`) or JSON text (`json`). */
  import: authedProcedure
    .input(
      z.strictObject({
        bundle: z.record(z.string(), z.unknown()).optional().describe('The bundle as a JSON object.'),
        json: z.string().optional().describe('The bundle as JSON text.'),
        name: nameSchema.optional().describe("The new ecosystem's name (default: the bundle's)."),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if ((input.bundle === undefined) === (input.json === undefined)) {
        throw new AppError('BAD_REQUEST', 'invalid_input', 'Give exactly one of bundle or json.');
      }
      const bundle = parseBundle(input.json ?? JSON.stringify(input.bundle));
      return importBundle(ctx.services.store, ctx.user.id, bundle, ctx.services.clock.now(), input.name);
    }),
} satisfies TRPCRouterRecord;
