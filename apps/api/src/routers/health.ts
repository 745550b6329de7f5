import type { TRPCRouterRecord } from '@trpc/server';
import { READINESS_CHECKS, READINESS_TIMEOUT_MS } from '../health/readiness-checks.ts';
import { isDraining } from '../health/draining.ts';
import { errorForLog, log } from '../telemetry/logger.ts';
import { publicProcedure } from '../trpc.ts';

type CheckStatus = 'ok' | 'error';
type ReadyStatus = 'ok' | 'degraded' | 'error' | 'draining';

/** Liveness and readiness for load balancers and orchestrators; public, and revealing no error details. */
export const healthRouter = {
  /** The process is up and serving requests. */
  live: publicProcedure.query(() => ({ status: 'ok' as const })),

  /**
   * Whether this node can serve: 'draining' once it is shutting down (load balancers stop sending it
   * traffic first), 'error' when a required dependency (the database) does not answer, 'degraded' when only
   * an optional one does not (Redis: events still arrive through the events table and limits fall back to
   * per-node memory; Neo4j: graph queries fail; the language model: replies fall back to templates), else
   * 'ok'. `checks` names every configured dependency (health/readiness-checks.ts). GET /health/ready answers
   * 503 for 'error' and 'draining'.
   */
  ready: publicProcedure.query(async ({ ctx }) => {
    const { services } = ctx;
    const applicable = READINESS_CHECKS.filter((c) => c.applies(services));
    const results = await Promise.all(applicable.map((c) => check(c.name, () => c.probe(services))));
    const checks: Record<string, CheckStatus> = {};
    applicable.forEach((c, i) => {
      checks[c.name] = results[i]!;
    });
    const requiredDown = applicable.some((c, i) => c.need === 'required' && results[i] === 'error');
    const status: ReadyStatus = isDraining(services)
      ? 'draining'
      : requiredDown
        ? 'error'
        : results.every((r) => r === 'ok')
          ? 'ok'
          : 'degraded';
    // With LLM_BASE_URL the breaker's state too: 'open' while a failing server is left alone (templates speak).
    return services.llm === null
      ? { status, checks }
      : { status, checks, llm: { breaker: services.llm.breaker.open ? ('open' as const) : ('closed' as const) } };
  }),
} satisfies TRPCRouterRecord;

async function check(name: string, probe: () => Promise<void>): Promise<CheckStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), READINESS_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return 'ok';
  } catch (error) {
    log().warn({ check: name, error: errorForLog(error, false) }, 'readiness check failed');
    return 'error';
  } finally {
    clearTimeout(timer);
  }
}
