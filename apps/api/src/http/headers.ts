import type { RequestHandler } from 'express';
import type { AppConfig } from '../config.ts';
import { isListedOrigin, publishableOriginsOf } from './origins.ts';

const ALLOWED_HEADERS = 'authorization, content-type, trpc-accept, x-trpc-source, last-event-id, idempotency-key';
/** Response headers a cross-origin page may read. */
const EXPOSED_HEADERS = 'idempotent-replayed, retry-after';
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
/** Browsers may cache a preflight answer this long (seconds). */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** Headers every response carries: no MIME sniffing, no framing by other sites, no referrer leaks. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
};

/**
 * CORS for origins in CORS_ORIGINS and, when a store is given, the origins of active publishable keys
 * (whose pages may then call with a widget token minted for them; any other credential from there is
 * refused by createContext). Credentials are bearer tokens, never cookies, so no Allow-Credentials; an
 * allowed origin gets its own origin echoed back (with Vary: Origin).
 */
export function corsMiddleware(
  config: AppConfig,
  store?: { isPublishableOrigin(origin: string): Promise<boolean> },
): RequestHandler {
  const allowed = async (origin: string) =>
    isListedOrigin(origin, config) ||
    (store !== undefined && (await publishableOriginsOf(store, config.wsKeyCheckMs).isListed(origin)));
  return async (req, res, next) => {
    const origin = req.headers.origin;
    if (origin !== undefined && (await allowed(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      res.append('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
        res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
