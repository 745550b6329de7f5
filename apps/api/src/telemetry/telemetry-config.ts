import { z } from 'zod';

/** Logging and metrics settings (METRICS_TOKEN, LOG_LEVEL), validated like the rest of the configuration. */
export interface TelemetryConfig {
  /** Bearer token `/metrics` requires; null: `/metrics` answers loopback clients only. */
  metricsToken: string | null;
  /** pino level. @default 'info' ('warn' under NODE_ENV=test) */
  logLevel: LogLevel;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const schema = z.object({
  METRICS_TOKEN: z.string().trim().transform((s) => (s === '' ? null : s)).nullable().default(null)
    .refine((s) => s === null || s.length >= 16, 'must be at least 16 characters'),
  LOG_LEVEL: z.enum([...LOG_LEVELS, '']).default(''),
  NODE_ENV: z.string().optional(),
});

/** Reads METRICS_TOKEN and LOG_LEVEL; throws with the offending variable named. */
export function loadTelemetryConfig(env: NodeJS.ProcessEnv = process.env): TelemetryConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const { METRICS_TOKEN, LOG_LEVEL, NODE_ENV } = parsed.data;
  return { metricsToken: METRICS_TOKEN, logLevel: LOG_LEVEL === '' ? (NODE_ENV === 'test' ? 'warn' : 'info') : LOG_LEVEL };
}
