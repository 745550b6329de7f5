import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { WebSocketServer } from 'ws';
import { isUnexpected } from './errors.ts';
import { retryAfterMeta } from './limits/retry-after.ts';
import { mayConnectFrom } from './http/origins.ts';
import { corsMiddleware, securityHeaders } from './http/headers.ts';
import { sharedJsonEncoder } from './realtime/shared-json-encoder.ts';
import { guardTrpcConnection, watchTrpcSocket } from './realtime/trpc-ws-guard.ts';
import { MAX_CLIENT_MESSAGE_BYTES } from './realtime/stream-protocol.ts';
import { appRouter } from './router.ts';
import type { AppServices } from './services.ts';
import { createContext } from './trpc.ts';
import { drainServer } from './lifecycle/drain.ts';
import { httpTelemetry } from './telemetry/http-telemetry.ts';
import { log } from './telemetry/logger.ts';
import { metricsEndpoint } from './telemetry/metrics-endpoint.ts';
import { loadTelemetryConfig } from './telemetry/telemetry-config.ts';

/** The largest request body accepted (a 50,000-character document, JSON-escaped, fits with room). */
export const MAX_BODY_BYTES = 512 * 1024;
/** A quiet WebSocket is pinged after this long and closed if no pong comes within KEEPALIVE_PONG_WAIT_MS. */
export const KEEPALIVE_PING_MS = 30_000;
/** Connections the kernel may queue before they are accepted (capped by net.core.somaxconn). */
const LISTEN_BACKLOG = 4096;
export const KEEPALIVE_PONG_WAIT_MS = 5_000;

/** Handles a WebSocket upgrade for one path (the plain event stream plugs in here). */
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export interface StartServerOptions {
  /** Extra WebSocket endpoints, by exact path (e.g. '/ws/ecosystem' matches '/ws/ecosystem/...'). */
  upgrades?: Record<string, UpgradeHandler>;
  /** Extra HTTP routes mounted before the 404 handler (REST aliases, OpenAPI). */
  routes?: (app: Express) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
  /**
   * Graceful: stops accepting, closes the tRPC WebSockets with 1001, and waits for the requests in flight
   * until `deadline` (ms since the epoch). The plain stream closes with its surface.
   */
  drain(deadline: number): Promise<void>;
}

const TRPC_PATH = '/trpc';

/** Serves tRPC over HTTP and WebSocket on one port (both at /trpc), plus the web app if configured. */
export async function startServer(services: AppServices, options: StartServerOptions = {}): Promise<RunningServer> {
  const telemetry = httpTelemetry(services.metrics);
  const app = buildApp(services, options, telemetry.middleware);
  const server = createServer(app);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_MESSAGE_BYTES });
  const trpcWs = applyWSSHandler({
    wss,
    router: appRouter,
    createContext: async ({ req, res, info }) =>
      guardTrpcConnection(services, res, req, await createContext(services, { req, info }, { upgrade: true })),
    onError: logUnexpected,
    keepAlive: { enabled: true, pingMs: KEEPALIVE_PING_MS, pongWaitMs: KEEPALIVE_PONG_WAIT_MS },
    experimental_encoder: sharedJsonEncoder,
  });
  wss.on('connection', (ws, req: IncomingMessage) => watchTrpcSocket(services, ws, req));

  const upgrades: Record<string, UpgradeHandler> = {
    ...options.upgrades,
    [TRPC_PATH]: (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
  };
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const handler = upgradeFor(upgrades, pathOf(req));
    if (handler === undefined) return refuseUpgrade(socket, 404, 'Not Found');
    // Publishable-key origins may connect; each endpoint then accepts only widget tokens minted for them.
    void mayConnectFrom(req, services.config, services.store).then((allowed) => {
      if (!allowed) return refuseUpgrade(socket, 403, 'Forbidden');
      handler(req, socket, head);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A deep accept queue: when thousands of viewers reconnect at once (their node died), connections wait
    // for the event loop instead of overflowing Node's default backlog of 511.
    server.listen({ port: services.config.port, host: services.config.host, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = services.config.host.includes(':') ? `[${services.config.host}]` : services.config.host;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    port,
    drain: (deadline) => {
      closing ??= drainServer(
        {
          server,
          wss,
          inFlight: telemetry.inFlight,
          notifyReconnect: () => trpcWs.broadcastReconnectNotification(),
        },
        deadline,
      );
      return closing;
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function buildApp(services: AppServices, options: StartServerOptions, telemetry: RequestHandler): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(telemetry);
  app.use(securityHeaders, corsMiddleware(services.config, services.store));

  app.use(
    TRPC_PATH,
    createExpressMiddleware({
      router: appRouter,
      createContext: ({ req, info }) => createContext(services, { req, info }),
      onError: logUnexpected,
      maxBodySize: MAX_BODY_BYTES,
      responseMeta: ({ errors }) => retryAfterMeta(errors),
    }),
  );

  // Plain probes for load balancers, which want a status code rather than a tRPC envelope.
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', readiness(services));
  app.get('/metrics', metricsEndpoint(services.metrics, loadTelemetryConfig().metricsToken));

  options.routes?.(app);
  serveWidgetBundle(app, services.config.widgetsDist);
  serveWebApp(app, services.config.webDist);
  // A client that does not ask for HTML (curl, a script) gets directions rather than a JSON 404.
  app.get('/', (req, res) => {
    res.type('text/plain').send(rootText(`${req.protocol}://${req.get('host') ?? 'localhost'}`));
  });

  app.use((req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: `No route for ${req.method} ${req.path}.` } });
  });
  app.use(jsonErrors);
  return app;
}

function readiness(services: AppServices): RequestHandler {
  const caller = appRouter.createCaller(async () => ({ services, user: null, authFailure: null }));
  return async (_req, res) => {
    const result = await caller.health.ready();
    res.status(result.status === 'error' || result.status === 'draining' ? 503 : 200).json(result);
  };
}

/** What `GET /` answers a client that does not ask for HTML. */
function rootText(base: string): string {
  return [
    'Ensemble: a living character ecosystem.',
    '',
    `The web app:   ${base}/  (open it in a browser)`,
    `API docs:      ${base}/api/docs  (OpenAPI: ${base}/api/openapi.json)`,
    `REST:          ${base}/api/v1/...   tRPC: ${base}/trpc   live events: ${base.replace(/^http/, 'ws')}/ws/ecosystem/{id}`,
    '',
  ].join('\n');
}

/** The built web app at `/`, with index.html for any other GET so client-side routes survive a reload. */
function serveWebApp(app: Express, webDist: string | null): void {
  if (webDist === null) return;
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    console.warn(`[server] WEB_DIST ${webDist} has no index.html; not serving the web app`);
    return;
  }
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  app.get(/^(?!\/(?:trpc|api|ws|health|widgets)(?:\/|$)).*/, (req, res, next) => {
    // Only a request that prefers HTML (a browser navigating) gets the app; `*/*` (fetch, curl) keeps the JSON 404.
    if (req.accepts(['json', 'html']) !== 'html') return next();
    res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
  });
}

/** Widgets bundles are unhashed file names, so a host page picks up a new build within minutes. */
const WIDGETS_MAX_AGE = '5m';

/**
 * The embeddable widget bundle at `/widgets/` (e.g. `/widgets/ensemble-widgets.js`) for `<script>` tags on
 * other sites: readable from any origin, since it is public code and carries no data.
 */
function serveWidgetBundle(app: Express, widgetsDist: string | null): void {
  if (widgetsDist === null) return;
  if (!existsSync(widgetsDist)) {
    console.warn(`[server] WIDGETS_DIST ${widgetsDist} does not exist; not serving the widget bundle`);
    return;
  }
  app.use(
    '/widgets',
    express.static(widgetsDist, {
      index: false,
      maxAge: WIDGETS_MAX_AGE,
      setHeaders: (res) => {
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      },
    }),
  );
}

/** Errors outside tRPC (malformed JSON, oversize bodies, bugs) as JSON: a 4xx keeps its status, no stack ever. */
const jsonErrors: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const status = httpStatusOf(error);
  if (status >= 500) log().error({ err: error }, 'request failed');
  if (res.headersSent) {
    res.end();
    return;
  }
  const message = status >= 500 ? 'Something went wrong on our side. Please try again.' : 'The request was not valid.';
  res.status(status).json({ error: { code: status >= 500 ? 'internal_error' : 'bad_request', message } });
};

function httpStatusOf(error: unknown): number {
  const status =
    (error as { status?: unknown; statusCode?: unknown } | null)?.status ??
    (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

function logUnexpected({ error, path }: { error: unknown; path?: string | undefined }): void {
  // The error formatter already logs internal errors with their cause; this catches the rest (e.g. ws framing).
  if (isUnexpected(error) && path === undefined) log().error({ err: error }, 'tRPC request failed');
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}

function upgradeFor(upgrades: Record<string, UpgradeHandler>, path: string): UpgradeHandler | undefined {
  if (Object.hasOwn(upgrades, path)) return upgrades[path];
  const prefix = Object.keys(upgrades).find((p) => p !== TRPC_PATH && path.startsWith(`${p}/`));
  return prefix === undefined ? undefined : upgrades[prefix];
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
