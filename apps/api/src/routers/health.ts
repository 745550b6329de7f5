import type { TRPCRouterRecord } from '@trpc/server';
import { sql } from 'drizzle-orm';
import type { AppServices } from '../services.ts';
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
   * configured (absent from `checks` otherwise). With LLM_BASE_URL, `checks.llm` is 'error' and
   * `llm.breaker` 'open' while the language-model server is being left alone after failures ('degraded':
   * lines come from the templates meanwhile). GET /health/ready answers 503 only for 'error'.
   */
  ready: publicProcedure.query(async ({ ctx }) => {
    const { services } = ctx;
    const [database, redis, graph] = await Promise.all([
      check(() => pingDatabase(services)),
      services.redis === null ? null : check(async () => { await services.redis!.ping(); }),
      services.graph.shared ? check(() => services.graph.ping()) : null,
    ]);
    const checks: Partial<Record<'database' | 'redis' | 'neo4j' | 'llm', CheckStatus>> = { database };
    if (redis !== null) checks.redis = redis;
    if (graph !== null) checks.neo4j = graph;
    // With LLM_BASE_URL: 'error' while the circuit breaker holds calls back (lines come from the templates).
    if (services.llm !== null) checks.llm = services.llm.breaker.open ? 'error' : 'ok';
    const status: ReadyStatus = database === 'error'
      ? 'error'
      : Object.values(checks).every((c) => c === 'ok') ? 'ok' : 'degraded';
    return services.llm === null
      ? { status, checks }
      : { status, checks, llm: { breaker: services.llm.breaker.open ? 'open' as const : 'closed' as const } };
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
