import type { TRPCRouterRecord } from '@trpc/server';
import { sql } from 'drizzle-orm';
import type { AppServices } from '../services.ts';
import { publicProcedure } from '../trpc.ts';

/** A dependency that does not answer within this time counts as down: a readiness probe must not hang. */
export const READINESS_TIMEOUT_MS = 2000;

type CheckStatus = 'ok' | 'error';

/** Liveness and readiness for load balancers and orchestrators; public, and revealing no error details. */
export const healthRouter = {
  /** The process is up and serving requests. */
  live: publicProcedure.query(() => ({ status: 'ok' as const })),

  /** Every dependency this node needs answers; status is 'ok' only if all checks are. */
  ready: publicProcedure.query(async ({ ctx }) => {
    const checks = { database: await check(() => pingDatabase(ctx.services)) };
    const status: CheckStatus = Object.values(checks).every((c) => c === 'ok') ? 'ok' : 'error';
    return { status, checks };
  }),
} satisfies TRPCRouterRecord;

async function pingDatabase(services: AppServices): Promise<void> {
  await services.database.db.execute(sql`select 1`);
}

async function check(probe: () => Promise<void>): Promise<CheckStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), READINESS_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return 'ok';
  } catch (error) {
    console.error('[health] readiness check failed:', error);
    return 'error';
  } finally {
    clearTimeout(timer);
  }
}
