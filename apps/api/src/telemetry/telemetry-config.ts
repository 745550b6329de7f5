import { z } from 'zod';

/** Operations settings (METRICS_TOKEN, LOG_LEVEL, SHUTDOWN_DELAY_MS), validated like the rest of the configuration. */
export interface TelemetryConfig {
  /** Bearer token `/metrics` requires; null: `/metrics` answers loopback clients only. */
  metricsToken: string | null;
  /** pino level. @default 'info' ('warn' under NODE_ENV=test) */
  logLevel: LogLevel;
  /**
   * On SIGTERM, how long /health/ready answers 'draining' before the node stops accepting connections:
   * set it to the load balancer's readiness-probe interval. @default 0
   */
  shutdownDelayMs: number;
  /** METRICS=off: nothing is measured and /metrics serves empty families (to measure what metrics cost). @default true */
  metricsEnabled: boolean;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

const schema = z.object({
  METRICS_TOKEN: z
    .string()
    .trim()
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .default(null)
    .refine((s) => s === null || s.length >= 16, 'must be at least 16 characters'),
  LOG_LEVEL: z.enum([...LOG_LEVELS, '']).default(''),
  NODE_ENV: z.string().optional(),
  METRICS: z.enum(['on', 'off', '']).default(''),
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(8000).default(0),
});

/** Reads METRICS_TOKEN and LOG_LEVEL; throws with the offending variable named. */
export function loadTelemetryConfig(env: NodeJS.ProcessEnv = process.env): TelemetryConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const { METRICS_TOKEN, LOG_LEVEL, NODE_ENV, SHUTDOWN_DELAY_MS, METRICS } = parsed.data;
  return {
    metricsToken: METRICS_TOKEN,
    shutdownDelayMs: SHUTDOWN_DELAY_MS,
    metricsEnabled: METRICS !== 'off',
    logLevel: LOG_LEVEL === '' ? (NODE_ENV === 'test' ? 'warn' : 'info') : LOG_LEVEL,
  };
}
