import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { AppError } from '../errors.ts';
import type { AppServices } from '../services.ts';
import { unauthenticatedError, type Context } from '../trpc.ts';
import { CLOSE_CODES, closeReason } from './close-codes.ts';
import { admitConnection, connectionPrincipal, limitMessages } from './ws-guard.ts';

/** Who each /trpc socket counts as: its address until its context (and so its credential) is known. */
const principals = new WeakMap<WebSocket, string>();

/** Rate-limits a new /trpc socket's messages from its first one (before connectionParams arrive). */
export function watchTrpcSocket(services: AppServices, ws: WebSocket, req: IncomingMessage): void {
  principals.set(ws, connectionPrincipal(req, services.config, null, null));
  limitMessages(ws, services, () => principals.get(ws) ?? 'unknown');
}

/**
 * Runs once per /trpc socket when its context is ready: a credential used from an origin it may not be
 * used on closes the socket with 1008; otherwise the socket takes a connection slot for its principal
 * (1013 at the cap) and is closed with 1008 when its token expires, like the plain stream.
 */
export function guardTrpcConnection(
  services: AppServices, ws: WebSocket, req: IncomingMessage, ctx: Context,
): Context {
  if (ctx.authFailure === 'origin_not_allowed') {
    const error = unauthenticatedError(ctx.authFailure);
    ws.close(CLOSE_CODES.policyViolation, closeReason(error.appCode, error.message));
    throw error;
  }
  const principal = connectionPrincipal(req, services.config, ctx.user, ctx.grant);
  principals.set(ws, principal);
  if (!admitConnection(ws, services, { principal, grant: ctx.grant })) {
    throw new AppError('TOO_MANY_REQUESTS', 'too_many_connections', 'Too many open connections for this user.');
  }
  return ctx;
}
