import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { EcosystemEvent } from '@ensemble/core';
import { WebSocket, WebSocketServer } from 'ws';
import { assertEcosystemAccess } from '../auth/access.ts';
import { toTRPCError } from '../errors.ts';
import type { UpgradeHandler } from '../server.ts';
import type { AppServices } from '../services.ts';
import { contextForCredential, unauthenticatedError, type Context } from '../trpc.ts';
import { CLOSE_CODES, closeReason } from './close-codes.ts';
import { streamEventBatches } from './event-stream.ts';
import { INVALID_LAST_EVENT_ID_MESSAGE, isLastEventId, MAX_CLIENT_MESSAGE_BYTES } from './stream-protocol.ts';
import { admitConnection, connectionPrincipal, limitMessages } from './ws-guard.ts';
import { credentialOf, STREAM_SUBPROTOCOL } from './ws-credentials.ts';

/** The plain stream's path prefix: `/ws/ecosystem/{ecosystem_id}`. */
export const PLAIN_STREAM_PATH = '/ws/ecosystem';
/** Above this many bytes queued for a slow client, wait for it before reading more events. */
const SEND_HIGH_WATER_BYTES = 1024 * 1024;

export interface PlainStreamOptions {
  /** Ping interval; a client that has not answered the previous ping by the next one is dropped. @default 30000 */
  pingMs?: number;
}

/** The plain JSON event stream: an upgrade handler for `/ws/ecosystem/{id}` and a way to close every stream. */
export interface PlainEventStream {
  path: string;
  handleUpgrade: UpgradeHandler;
  /** Closes every open stream with 1001 (going away). */
  close(): void;
}

/**
 * `WS /ws/ecosystem/{ecosystem_id}`: every event of one ecosystem as JSON in the plan's envelope
 * `{id, type, timestamp, data, seq, ecosystemId}`, for clients in any language.
 *
 * - Auth at the upgrade: `Authorization: Bearer <token>`, or subprotocols `ensemble.v1, bearer.<token>`
 *   (the server answers `ensemble.v1`), or `?token=`. Access tokens, secret keys and widget tokens work.
 * - Resume: `?lastEventId=<seq>` sends every event after that seq, then live ones (each exactly once, in
 *   seq order); without it, only events from now on. The first message is `{"type":"ready","lastEventId"}`.
 * - Keepalive: protocol pings every `pingMs`; clients may also send `{"type":"ping"}` to get `{"type":"pong"}`.
 * - Closes: 1008 auth failure, expiry or a revoked key, 1009 message over 64 KiB, 1013 too many connections,
 *   4029 too many messages, 4400 malformed request, 1001 server shutdown, 1011 server failure.
 */
export function createPlainEventStream(services: AppServices, options: PlainStreamOptions = {}): PlainEventStream {
  const pingMs = options.pingMs ?? 30_000;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_CLIENT_MESSAGE_BYTES,
    // Never echo the bearer subprotocol: it carries the token.
    handleProtocols: (protocols) => (protocols.has(STREAM_SUBPROTOCOL) ? STREAM_SUBPROTOCOL : false),
  });

  const handleUpgrade: UpgradeHandler = (req, socket, head) => {
    void upgrade(services, wss, req, socket, head, pingMs).catch((error: unknown) => {
      console.error('[ws] plain stream upgrade failed:', error);
      socket.destroy();
    });
  };
  return {
    path: PLAIN_STREAM_PATH,
    handleUpgrade,
    close: () => {
      for (const client of wss.clients) {
        client.close(
          CLOSE_CODES.goingAway,
          closeReason('server_shutdown', 'The server is restarting. Reconnect and resume.'),
        );
      }
      wss.close();
    },
  };
}

async function upgrade(
  services: AppServices,
  wss: WebSocketServer,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  pingMs: number,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/ws\/ecosystem\/([^/]+)$/.exec(url.pathname);
  if (match?.[1] === undefined) {
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  const ecosystemId = decodeURIComponent(match[1]);
  const ctx = await contextForCredential(services, req, credentialOf(req), { upgrade: true });
  wss.handleUpgrade(req, socket, head, (ws) => {
    // ws reports protocol violations (e.g. a message over maxPayload) as 'error' after closing with the
    // right code; without a listener that event would crash the process.
    ws.on('error', () => {});
    const lastEventId = url.searchParams.get('lastEventId');
    void serve({ services, ws, socket, req, ctx, ecosystemId, lastEventId, pingMs }).catch((error: unknown) => {
      console.error('[ws] plain stream failed:', error);
      if (ws.readyState === WebSocket.OPEN) {
        ws.close(
          CLOSE_CODES.internalError,
          closeReason('internal_error', 'Something went wrong on our side. Reconnect and resume.'),
        );
      }
    });
  });
}

/** One accepted plain-stream connection: who asked, for which ecosystem, resuming after which seq. */
interface StreamConnection {
  services: AppServices;
  ws: WebSocket;
  socket: Duplex;
  req: IncomingMessage;
  ctx: Context;
  ecosystemId: string;
  /** The `lastEventId` query parameter as sent; null when absent. */
  lastEventId: string | null;
  /** Keep-alive ping interval, ms. */
  pingMs: number;
}

async function serve(connection: StreamConnection): Promise<void> {
  const { services, ws, socket, req, ctx, ecosystemId, lastEventId, pingMs } = connection;
  if (ctx.user === null) return refuse(ws, unauthenticatedError(ctx.authFailure));
  const user = ctx.user;
  let ecosystem;
  try {
    ecosystem = await assertEcosystemAccess(ctx, ecosystemId, 'read');
  } catch (error) {
    return refuse(ws, error);
  }
  if (lastEventId !== null && !isLastEventId(lastEventId)) {
    ws.close(CLOSE_CODES.badRequest, closeReason('invalid_input', INVALID_LAST_EVENT_ID_MESSAGE));
    return;
  }
  const principal = connectionPrincipal(req, services.config, user, ctx.grant);
  if (!admitConnection(ws, services, { principal, grant: ctx.grant, kind: 'plain' })) return;
  limitMessages(ws, services, () => principal);
  keepAlive(ws, pingMs);

  const abort = new AbortController();
  ws.once('close', () => abort.abort());
  ws.on('message', (data, isBinary) => answer(ws, data, isBinary));

  const afterSeq = lastEventId === null ? ecosystem.lastSeq : Number(lastEventId);
  send(ws, { type: 'ready', ecosystemId, lastEventId: String(afterSeq) });
  // Lines being written by a language model, live and never stored (a late joiner gets the committed line).
  const stopDeltas = services.lineDeltas.subscribe(ecosystemId, (delta) => send(ws, delta));
  abort.signal.addEventListener('abort', stopDeltas, { once: true });
  const { store, bus } = services;
  for await (const run of streamEventBatches({ store, bus, ecosystemId, afterSeq, signal: abort.signal })) {
    // A run (the five events of one exchange, a page of backfill) leaves in one write to the kernel, not
    // one per event: ws corks and uncorks around each frame, and this outer cork holds them all until the
    // run is queued (or the client's buffer is full and we wait for it).
    for (let i = 0; i < run.length; ) {
      let full: Promise<void> | undefined;
      socket.cork();
      try {
        for (; i < run.length && full === undefined; i += 1) {
          if (ws.readyState !== WebSocket.OPEN) return;
          full = sendWithBackpressure(ws, envelopeFrame(run[i]!));
        }
      } finally {
        socket.uncork();
      }
      if (full !== undefined) await full;
    }
  }
}

/**
 * An event's wire form, encoded once per event however many subscribers it goes to (the bus hands every
 * subscriber of a node the same event object): with 1,000 viewers this is 1 stringify and 1 UTF-8
 * encoding, not 1,000 of each.
 */
const wireForms = new WeakMap<EcosystemEvent, Buffer>();
function envelopeFrame(event: EcosystemEvent): Buffer {
  let bytes = wireForms.get(event);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(envelope(event)));
    wireForms.set(event, bytes);
  }
  return bytes;
}

/** The plan's envelope, field by field, so nothing internal can leak onto the wire. */
function envelope(event: EcosystemEvent) {
  return {
    id: event.id,
    type: event.type,
    timestamp: event.timestamp,
    data: event.data,
    seq: event.seq,
    ecosystemId: event.ecosystemId,
  };
}

/** Closes with 1008 and the error's code (auth failure, no access); unexpected errors close with 1011. */
function refuse(ws: WebSocket, error: unknown): void {
  const mapped = toTRPCError(error);
  const code = mapped.appCode === 'internal_error' ? CLOSE_CODES.internalError : CLOSE_CODES.policyViolation;
  if (mapped.appCode === 'internal_error') console.error('[ws] plain stream refused:', error);
  ws.close(code, closeReason(mapped.appCode, mapped.message));
}

/** Clients send little: `{"type":"ping"}` is answered; anything else gets an error message, not a close. */
function answer(ws: WebSocket, data: WebSocket.RawData, isBinary: boolean): void {
  let type: unknown = null;
  if (!isBinary) {
    try {
      type = (JSON.parse(String(data)) as { type?: unknown } | null)?.type;
    } catch {
      type = null;
    }
  }
  if (type === 'ping') send(ws, { type: 'pong' });
  else send(ws, { type: 'error', code: 'unknown_message', message: 'This stream only understands {"type":"ping"}.' });
}

/** Pings every `pingMs`; a client that did not pong since the previous ping is gone and is terminated. */
function keepAlive(ws: WebSocket, pingMs: number): void {
  let alive = true;
  ws.on('pong', () => {
    alive = true;
  });
  const timer = setInterval(() => {
    if (!alive) {
      ws.terminate();
      return;
    }
    alive = false;
    ws.ping();
  }, pingMs);
  ws.once('close', () => clearInterval(timer));
}

function send(ws: WebSocket, message: unknown): void {
  if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
}

/** UTF-8 bytes sent as a text message, as a string would be. */
const TEXT_FRAME = { binary: false } as const;

/** Sends, and when much is queued for this client waits until it is written, so a slow reader slows the read. */
function sendWithBackpressure(ws: WebSocket, text: Buffer): Promise<void> | undefined {
  if (ws.bufferedAmount < SEND_HIGH_WATER_BYTES) {
    ws.send(text, TEXT_FRAME);
    return undefined;
  }
  return new Promise((resolve) => {
    ws.send(text, TEXT_FRAME, () => resolve());
  });
}
