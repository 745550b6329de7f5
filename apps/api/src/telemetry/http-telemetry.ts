import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler } from 'express';
import type { Metrics } from './metrics.ts';
import { log } from './logger.ts';
import { requestIdFrom, withRequestId } from './request-context.ts';

/** HTTP requests this server is answering right now; graceful shutdown waits for them. */
export interface InFlight {
  readonly count: number;
  /** Resolves once no request is in flight (at once when none is). */
  drained(): Promise<void>;
}

/**
 * Gives each request its id (X-Request-Id, echoed back, generated when absent) for the log and the events
 * it causes, counts and times it by route, and logs one line when it is answered.
 */
export function httpTelemetry(metrics: Metrics): { middleware: RequestHandler; inFlight: InFlight } {
  let count = 0;
  let waiters: (() => void)[] = [];
  const done = () => {
    count -= 1;
    if (count === 0) {
      for (const wake of waiters) wake();
      waiters = [];
    }
  };
  const middleware: RequestHandler = (req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', requestId);
    const started = performance.now();
    count += 1;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      done();
      const seconds = (performance.now() - started) / 1000;
      const labels = { method: req.method, route: routeOf(req), status: String(res.statusCode) };
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, seconds);
      withRequestId(requestId, () => {
        log().info(
          { method: req.method, route: labels.route, status: res.statusCode, ms: Math.round(seconds * 1000) },
          'request',
        );
      });
    };
    res.once('finish', finish);
    res.once('close', finish);
    withRequestId(requestId, next);
  };
  return {
    middleware,
    inFlight: {
      get count() {
        return count;
      },
      drained: () =>
        count === 0
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              waiters.push(resolve);
            }),
    },
  };
}

/**
 * A bounded route label: the tRPC procedure, the matched express route, or one of a few fixed names,
 * never the raw path (ids in paths would make a series per id).
 */
function routeOf(req: Request & IncomingMessage): string {
  const path = req.originalUrl.split('?')[0] ?? '';
  if (path.startsWith('/trpc/')) {
    const procedures = path.slice('/trpc/'.length);
    return procedures.includes(',') ? '/trpc/(batch)' : `/trpc/${procedures.slice(0, 64)}`;
  }
  const route = (req as { route?: { path?: unknown } }).route?.path;
  if (typeof route === 'string') return `${req.baseUrl}${route}`;
  if (path.startsWith('/health/') || path === '/metrics') return path;
  return path.startsWith('/widgets/') ? '/widgets' : '(unmatched)';
}
