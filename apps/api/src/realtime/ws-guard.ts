import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WebSocket } from 'ws';
import { grantExpiresAt, grantKeyIds, principalOf, type Grant } from '../auth/grants.ts';
import type { AppConfig } from '../config.ts';
import { clientAddress } from '../http/client-address.ts';
import type { AppServices } from '../services.ts';
import { CLOSE_CODES, closeReason } from './close-codes.ts';
import { WsLimits } from './ws-limits.ts';

const limitsByServices = new WeakMap<AppServices, WsLimits>();

/** The WebSocket limits shared by both endpoints of this process (Redis-backed when services have Redis). */
export function wsLimitsOf(services: AppServices): WsLimits {
  let limits = limitsByServices.get(services);
  if (limits === undefined) {
    limits = new WsLimits(services.redis ?? null, {
      maxConnectionsPerPrincipal: services.config.wsConnectionsPerUser,
      maxConnectionsPerNode: services.config.wsConnectionsPerNode,
    });
    limitsByServices.set(services, limits);
  }
  return limits;
}

/** Replaces the process's WebSocket limits (tests and benchmarks that need other numbers). */
export function setWsLimits(services: AppServices, limits: WsLimits): void {
  limitsByServices.set(services, limits);
}

/**
 * Who a connection counts as: the authenticated principal, or the client's address when anonymous
 * (the proxy's X-Forwarded-For entry behind a trusted proxy, so anonymous clients do not share one budget).
 */
export function connectionPrincipal(
  req: Pick<IncomingMessage, 'headers' | 'socket'>,
  config: Pick<AppConfig, 'trustProxy'>,
  user: { id: string } | null,
  grant: Grant | null | undefined,
): string {
  return user === null ? `ip:${clientAddress(req, config.trustProxy) ?? 'unknown'}` : principalOf(user, grant);
}

/** What a refused connection is told to wait before reconnecting. */
const RECONNECT_SECONDS = 5;

/**
 * Counts every message on the socket against the connection's and the principal's rates and closes it
 * with 4029 once over. `principal` is read per message: on /trpc it is known only after connectionParams.
 */
export function limitMessages(
  ws: WebSocket,
  services: AppServices,
  principal: () => string | Promise<string>,
  options: { firstIsHandshake?: boolean } = {},
): void {
  const limits = wsLimitsOf(services);
  const connectionId = randomUUID();
  const { messagesPerConnection, windowSeconds } = limits.rules;
  let messages = 0;
  ws.on('message', () => {
    const handshake = options.firstIsHandshake === true && messages === 0;
    messages += 1;
    const allowed = handshake
      ? limits.allowHandshake(connectionId)
      : Promise.resolve(principal()).then((who) => limits.allowMessage(connectionId, who));
    void allowed.then((allowed) => {
      if (allowed || ws.readyState !== WebSocket.OPEN) return;
      services.metrics.rateLimitRefusals.inc({ limit: 'ws_messages' });
      ws.close(
        CLOSE_CODES.rateLimited,
        closeReason(
          'rate_limited',
          `Too many messages: at most ${messagesPerConnection} per ${windowSeconds} s. Reconnect in ${windowSeconds} s.`,
        ),
      );
    });
  });
}

/**
 * Admits an authenticated connection: takes a connection slot for its principal (closing with 1013
 * `too_many_connections` at the principal's cap, 1013 `server_busy` when the node is full), then closes
 * it with 1008 `token_expired` when its token expires and with 1008 `key_revoked` once an API key it
 * stands on is revoked (checked every `wsKeyCheckMs`, on any node). Returns false when the socket was
 * refused.
 */
export function admitConnection(
  ws: WebSocket,
  services: AppServices,
  who: { principal: string; grant: Grant | null | undefined; /** The endpoint, for metrics. */ kind: 'trpc' | 'plain' },
): boolean {
  const limits = wsLimitsOf(services);
  const slot = limits.acquireConnection(who.principal);
  if ('refused' in slot) {
    services.metrics.rateLimitRefusals.inc({
      limit: slot.refused === 'principal' ? 'ws_connections_per_user' : 'ws_connections_per_node',
    });
    ws.close(
      CLOSE_CODES.tryAgainLater,
      slot.refused === 'principal'
        ? closeReason(
            'too_many_connections',
            `At most ${limits.rules.maxConnectionsPerPrincipal} open connections per user. Close one, or reconnect in ${RECONNECT_SECONDS} s.`,
          )
        : closeReason(
            'server_busy',
            `This server holds all the connections it can. Reconnect in ${RECONNECT_SECONDS} s.`,
          ),
    );
    return false;
  }
  const { release } = slot;
  const expiresAt = who.grant ? grantExpiresAt(who.grant) : null;
  const expiry =
    expiresAt === null
      ? undefined
      : setTimeout(
          () => {
            ws.close(
              CLOSE_CODES.policyViolation,
              closeReason('token_expired', 'Your token expired. Reconnect with a fresh one.'),
            );
          },
          Math.max(0, expiresAt - services.clock.now()),
        );
  // The socket may already be closing (e.g. the client left during authentication).
  if (ws.readyState !== WebSocket.OPEN) {
    release();
    clearTimeout(expiry);
    return false;
  }
  const keyCheck = who.grant ? watchKeys(ws, services, grantKeyIds(who.grant)) : undefined;
  const open = { kind: who.kind, auth: who.grant?.kind ?? 'anonymous' };
  services.metrics.websockets.inc(open);
  ws.once('close', () => {
    services.metrics.websockets.dec(open);
    release();
    clearTimeout(expiry);
    clearInterval(keyCheck);
  });
  return true;
}

/** Closes the socket with 1008 `key_revoked` once one of the keys is no longer active. */
function watchKeys(ws: WebSocket, services: AppServices, keyIds: readonly string[]): NodeJS.Timeout | undefined {
  if (keyIds.length === 0) return undefined;
  const every = services.config.wsKeyCheckMs;
  let checking = false;
  return setInterval(() => {
    if (checking) return;
    checking = true;
    services.auth.keys
      .keysActive(keyIds, every / 2)
      .then(
        (active) => {
          if (active || ws.readyState !== WebSocket.OPEN) return;
          ws.close(
            CLOSE_CODES.policyViolation,
            closeReason(
              'key_revoked',
              'The API key behind this connection was revoked. Reconnect with a valid credential.',
            ),
          );
        },
        () => {
          // The database did not answer: keep the socket, and ask again next time.
        },
      )
      .finally(() => {
        checking = false;
      });
  }, every);
}
