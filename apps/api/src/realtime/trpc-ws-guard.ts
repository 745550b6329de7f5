import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { AppError } from '../errors.ts';
import type { AppServices } from '../services.ts';
import { unauthenticatedError, type Context } from '../trpc.ts';
import { CLOSE_CODES, closeReason } from './close-codes.ts';
import { admitConnection, connectionPrincipal, limitMessages } from './ws-guard.ts';

/**
 * Who each /trpc socket counts as, once its context (and so its credential) is known. Messages that
 * arrive before that (a client sends its subscriptions right behind connectionParams) wait to be
 * counted against the right principal; a socket that closes first counts as its address.
 */
const principals = new WeakMap<WebSocket, (principal: string) => void>();

/** Rate-limits a new /trpc socket's messages from its first one (before connectionParams arrive). */
export function watchTrpcSocket(services: AppServices, ws: WebSocket, req: IncomingMessage): void {
  const known = new Promise<string>((resolve) => {
    principals.set(ws, resolve);
    ws.once('close', () => resolve(connectionPrincipal(req, services.config, null, null)));
  });
  limitMessages(ws, services, () => known, { firstIsHandshake: true });
}

/**
 * Runs once per /trpc socket when its context is ready: a credential used from an origin it may not be
 * used on closes the socket with 1008; otherwise the socket takes a connection slot for its principal
 * (1013 at the cap) and is closed with 1008 when its token expires, like the plain stream.
 */
export function guardTrpcConnection(services: AppServices, ws: WebSocket, req: IncomingMessage, ctx: Context): Context {
  if (ctx.authFailure === 'origin_not_allowed') {
    const error = unauthenticatedError(ctx.authFailure);
    ws.close(CLOSE_CODES.policyViolation, closeReason(error.appCode, error.message));
    throw error;
  }
  const principal = connectionPrincipal(req, services.config, ctx.user, ctx.grant);
  principals.get(ws)?.(principal);
  if (!admitConnection(ws, services, { principal, grant: ctx.grant, kind: 'trpc' })) {
    throw new AppError('TOO_MANY_REQUESTS', 'too_many_connections', 'Too many open connections for this user.');
  }
  return ctx;
}
