import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertEcosystemAccess } from '../auth/access.ts';
import { AppError } from '../errors.ts';
import { stateAtSeq } from '../history/replay.ts';
import { authedProcedure } from '../trpc.ts';
import { idSchema } from './inputs.ts';

/** The past of an ecosystem, rebuilt from its event log. */
export const historyRouter = {
  /**
   * The state after event `atSeq`, or after the last event at or before time `at`; the present when neither
   * is given. Characters (mood, emotion, energy, traits) and relationships, sorted by id.
   */
  state: authedProcedure
    .input(
      z.strictObject({
        ecosystemId: idSchema,
        atSeq: z.number().int().min(0).optional().describe('A seq of the ecosystem (0: before the first event).'),
        at: z.iso
          .datetime({ offset: true })
          .optional()
          .describe('An ISO-8601 time: the state after the last event at or before it.'),
      }),
    )
    .query(async ({ ctx, input }) => {
      const ecosystem = await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
      if (input.atSeq !== undefined && input.at !== undefined) {
        throw new AppError('BAD_REQUEST', 'invalid_input', 'Give at_seq or at, not both.');
      }
      const lastSeq = (await ctx.services.store.lastSeqs([ecosystem.id])).get(ecosystem.id) ?? ecosystem.lastSeq;
      if (input.atSeq !== undefined && input.atSeq > lastSeq) {
        throw new AppError(
          'BAD_REQUEST',
          'seq_out_of_range',
          `The ecosystem's newest event is seq ${lastSeq}; at_seq ${input.atSeq} is after it.`,
        );
      }
      const seq =
        input.atSeq ??
        (input.at !== undefined ? await ctx.services.store.seqAtTime(ecosystem.id, Date.parse(input.at)) : lastSeq);
      const { state, fromSnapshotSeq, eventsReplayed } = await stateAtSeq(
        ctx.services.store,
        ecosystem.id,
        seq,
        ctx.services.clock.now(),
      );
      const byId = <T>(record: Record<string, T>) =>
        Object.keys(record)
          .sort()
          .map((key) => record[key]!);
      return {
        ecosystemId: ecosystem.id,
        seq: state.seq,
        at: state.at,
        lastSeq,
        characters: byId(state.characters),
        relationships: byId(state.relationships),
        fromSnapshotSeq,
        eventsReplayed,
      };
    }),
} satisfies TRPCRouterRecord;
