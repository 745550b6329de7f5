/**
 * The process's structured log: one JSON object per line on stdout (pino), with the current request's id,
 * credentials redacted, and errors reduced to what an operator needs (no query parameters, stacks only for
 * failures of our own).
 */
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { currentRequestId } from './request-context.ts';
import { loadTelemetryConfig } from './telemetry-config.ts';

/** Fields never written as they are, wherever they sit in a logged object (pino's redaction paths). */
const REDACTED_PATHS = [
  'authorization',
  'password',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'key',
  'apiKey',
  'cookie',
  '*.authorization',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
  '*.key',
  '*.apiKey',
  '*.cookie',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.headers["sec-websocket-protocol"]',
];

/** Builds a logger writing to `destination` (stdout by default); tests read what it writes. */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const settings: LoggerOptions = {
    level: options.level ?? loadTelemetryConfig().logLevel,
    base: { pid: process.pid },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId === null ? {} : { requestId };
    },
    serializers: { err: errorForLog },
  };
  return options.destination === undefined ? pino(settings) : pino(settings, options.destination);
}

let shared: Logger | null = null;

/** The process's logger, created on first use from LOG_LEVEL. */
export function log(): Logger {
  shared ??= createLogger();
  return shared;
}

/** Replaces the process's logger (tests that read the log). */
export function setLogger(logger: Logger): void {
  shared = logger;
}

interface LoggedError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: LoggedError;
}

/**
 * An error as logged: its type, message and code, and its stack when `withStack`. Query parameters (which
 * carry what users typed: names, emails, messages) are cut from drizzle's "Failed query … params: …" text.
 */
export function errorForLog(error: unknown, withStack = true, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: withoutParams(String(error)) };
  const logged: LoggedError = { type: error.name, message: withoutParams(error.message) };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') logged.code = code;
  if (withStack && error.stack) logged.stack = withoutParams(error.stack);
  if (error.cause !== undefined && depth < 3) logged.cause = errorForLog(error.cause, withStack, depth + 1);
  return logged;
}

function withoutParams(text: string): string {
  return text.replace(/\nparams:[^\n]*/g, '\nparams: [redacted]');
}
