import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config.ts';

/** `corsOrigins: ['*']` allows any origin (development only). */
const ANY_ORIGIN = '*';

/**
 * Whether a browser page at the request's Origin may use the API: the server's own origin (public URL
 * or the Host it was reached at) or one listed in CORS_ORIGINS. Requests without Origin are not from a
 * browser page and are allowed (they authenticate with tokens like anyone else).
 */
export function isOriginAllowed(req: Pick<IncomingMessage, 'headers'>, config: AppConfig): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return isSameOrigin(origin, req, config) || isListedOrigin(origin, config);
}

/** Whether the origin is in the CORS allow-list (cross-origin browser access). */
export function isListedOrigin(origin: string, config: AppConfig): boolean {
  return config.corsOrigins.includes(ANY_ORIGIN) || config.corsOrigins.includes(origin);
}

function isSameOrigin(origin: string, req: Pick<IncomingMessage, 'headers'>, config: AppConfig): boolean {
  if (origin === new URL(config.publicUrl).origin) return true;
  const host = req.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}
