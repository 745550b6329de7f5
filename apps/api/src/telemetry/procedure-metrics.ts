import type { Metrics } from './metrics.ts';

/** The procedures that run an exchange through the engine (and so commit events). */
const EXCHANGE_PROCEDURES = new Set(['interactions.create', 'scenarios.intervene']);

/** What a tRPC procedure call ended with, as a middleware sees it. */
export type ProcedureOutcome = { ok: true; data: unknown } | { ok: false; appCode: string };

/**
 * Records one finished procedure call: exchanges by outcome and duration (a `{success: false, reason}`
 * answer is a refusal, like an error with a 4xx code), and every call refused by a rate limit.
 */
export function recordProcedure(metrics: Metrics, path: string, outcome: ProcedureOutcome, seconds: number): void {
  if (!outcome.ok && outcome.appCode === 'rate_limited') metrics.rateLimitRefusals.inc({ limit: path });
  if (!EXCHANGE_PROCEDURES.has(path)) return;
  const refusal = outcome.ok ? refusalOf(outcome.data) : outcome.appCode;
  const result = refusal === null ? 'ok' : outcome.ok || outcome.appCode !== 'internal_error' ? 'refused' : 'failed';
  metrics.exchanges.inc({ procedure: path, outcome: result });
  metrics.exchangeDuration.observe({ procedure: path, outcome: result }, seconds);
  if (result === 'refused' && refusal !== null) metrics.exchangeRefusals.inc({ procedure: path, reason: refusal });
}

function refusalOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('success' in data) || data.success !== false) return null;
  const reason = (data as { reason?: unknown }).reason;
  return typeof reason === 'string' ? reason : 'refused';
}
