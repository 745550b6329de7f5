import { EVENT_TYPES, type EcosystemEvent } from '@ensemble/core';
import { tracked, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertEcosystemAccess } from '../auth/access.ts';
import { AppError } from '../errors.ts';
import { lineDeltas } from '../dialogue/delta-stream.ts';
import { streamEventBatches } from '../realtime/event-stream.ts';
import { INVALID_LAST_EVENT_ID_MESSAGE, isLastEventId } from '../realtime/stream-protocol.ts';
import { authedProcedure, type Context } from '../trpc.ts';
import { idSchema } from './inputs.ts';

/**
 * A `lastEventId` is the seq of the last event the client saw (the id given to `tracked`).
 * Anything else is a client bug: say so rather than silently replaying from the start.
 */
function afterSeqOf(lastEventId: string | null | undefined): number | null {
  if (lastEventId === null || lastEventId === undefined || lastEventId === '') return null;
  if (!isLastEventId(lastEventId)) {
    throw new AppError('BAD_REQUEST', 'invalid_input', INVALID_LAST_EVENT_ID_MESSAGE);
  }
  return Number(lastEventId);
}

const subscriptionInput = z.strictObject({
  ecosystemId: idSchema,
  /** Seq of the last event seen; '0' replays the whole history; absent means new events only. */
  lastEventId: z.string().max(32).nullish(),
});

/** The runs of events a subscription delivers, after checking the caller may read the ecosystem. */
async function* eventRuns(
  ctx: Context,
  input: z.infer<typeof subscriptionInput>,
  signal: AbortSignal | undefined,
): AsyncGenerator<EcosystemEvent[]> {
  const ecosystem = await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
  const cursor = afterSeqOf(input.lastEventId);
  // Without a cursor a watcher wants what happens from now on; events committed between reading
  // lastSeq and subscribing are still delivered, because the stream backfills from there.
  const afterSeq = cursor ?? ecosystem.lastSeq;
  const { store, bus } = ctx.services;
  yield* streamEventBatches({ store, bus, ecosystemId: ecosystem.id, afterSeq, signal });
}

/** Most events returned by one page of `list`. */
const EVENT_PAGE_MAX = 500;

export const eventsRouter = {
  /**
   * Stored events after `afterSeq`, oldest first, only those of `type` when given; pass `nextAfterSeq` back
   * for the next page (null: caught up).
   */
  list: authedProcedure
    .input(
      z.strictObject({
        ecosystemId: idSchema,
        afterSeq: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(EVENT_PAGE_MAX).default(100),
        type: z.enum(EVENT_TYPES).optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const ecosystem = await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
      const { store } = ctx.services;
      const events =
        input.type === undefined
          ? await store.listEvents(ecosystem.id, input.afterSeq, input.limit)
          : await store.listEventsOfType(ecosystem.id, input.type, input.afterSeq, input.limit);
      const last = events.at(-1);
      return { events, nextAfterSeq: events.length === input.limit && last !== undefined ? last.seq : null };
    }),

  /**
   * Every event of an ecosystem after `lastEventId` (or only new ones when absent), then live events;
   * each tracked by its seq so a reconnecting client resumes exactly where it stopped.
   */
  onEvent: authedProcedure.input(subscriptionInput).subscription(async function* ({ ctx, input, signal }) {
    for await (const run of eventRuns(ctx, input, signal)) {
      for (const event of run) yield tracked(String(event.seq), event);
    }
  }),

  /**
   * The same stream as `onEvent`, one message per run of consecutive events (the five of one exchange, a
   * page of history) tracked by the run's last seq. With many viewers on a node this costs a fraction of
   * `onEvent`, whose per-message work is paid once per event per viewer; the SDK uses it.
   */
  onEventRuns: authedProcedure.input(subscriptionInput).subscription(async function* ({ ctx, input, signal }) {
    for await (const run of eventRuns(ctx, input, signal)) yield tracked(String(run.at(-1)!.seq), run);
  }),

  /**
   * Pieces of lines a language model is writing right now in the ecosystem (`line_delta`), live only:
   * never stored nor replayed. The finished line arrives through `onEvent` as an ordinary event.
   */
  onLineDelta: authedProcedure.input(z.strictObject({ ecosystemId: idSchema })).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const ecosystem = await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
    yield* lineDeltas(ctx.services.lineDeltas, ecosystem.id, signal);
  }),
} satisfies TRPCRouterRecord;
