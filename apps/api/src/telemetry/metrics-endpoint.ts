import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Metrics } from './metrics.ts';

/**
 * GET /metrics in the Prometheus text format. With a token set it asks for `Authorization: Bearer <token>`
 * from anyone; without one it answers only clients on this machine (loopback), so a node behind nginx does
 * not publish its internals to the internet by default.
 */
export function metricsEndpoint(metrics: Metrics, token: string | null): RequestHandler {
  return async (req, res) => {
    if (!(token === null ? isLoopback(req.socket.remoteAddress) : bearerMatches(req.headers.authorization, token))) {
      res.status(token === null ? 403 : 401).json({
        error:
          token === null
            ? {
                code: 'forbidden',
                message: 'Metrics are served to this machine only. Set METRICS_TOKEN to scrape from elsewhere.',
              }
            : { code: 'unauthenticated', message: 'Send the metrics token as a bearer token.' },
      });
      return;
    }
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.end(await metrics.registry.metrics());
  };
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
