import type { TRPCRouterRecord } from '@trpc/server';
import { sql } from 'drizzle-orm';
import type { AppServices } from '../services.ts';
import { errorForLog, log } from '../telemetry/logger.ts';
import { publicProcedure } from '../trpc.ts';

/** A dependency that does not answer within this time counts as down: a readiness probe must not hang. */
export const READINESS_TIMEOUT_MS = 2000;

type CheckStatus = 'ok' | 'error';
type ReadyStatus = 'ok' | 'degraded' | 'error';

/** Liveness and readiness for load balancers and orchestrators; public, and revealing no error details. */
export const healthRouter = {
  /** The process is up and serving requests. */
  live: publicProcedure.query(() => ({ status: 'ok' as const })),

  /**
   * Whether this node can serve: 'error' when the database does not answer (nothing works without it),
   * 'degraded' when only Redis or Neo4j does not (events still arrive through the events table, limits
   * fall back to per-node memory, graph queries fail), else 'ok'. Redis and Neo4j are checked only when
   * configured (absent from `checks` otherwise). GET /health/ready answers 503 only for 'error'.
   */
  ready: publicProcedure.query(async ({ ctx }) => {
    const { services } = ctx;
    const [database, redis, graph] = await Promise.all([
      check(() => pingDatabase(services)),
      services.redis === null ? null : check(async () => { await services.redis!.ping(); }),
      services.graph.shared ? check(() => services.graph.ping()) : null,
    ]);
    const checks: Partial<Record<'database' | 'redis' | 'neo4j', CheckStatus>> = { database };
    if (redis !== null) checks.redis = redis;
    if (graph !== null) checks.neo4j = graph;
    const status: ReadyStatus = database === 'error'
      ? 'error'
      : Object.values(checks).every((c) => c === 'ok') ? 'ok' : 'degraded';
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
    log().warn({ error: errorForLog(error, false) }, 'readiness check failed');
    return 'error';
  } finally {
    clearTimeout(timer);
  }
}
