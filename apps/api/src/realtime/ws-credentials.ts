import type { IncomingMessage } from 'node:http';

/** The subprotocol the plain stream speaks; a client offering it gets it echoed back. */
export const STREAM_SUBPROTOCOL = 'ensemble.v1';
/** A subprotocol `bearer.<token>` carries the credential where browsers cannot set headers. */
const BEARER_SUBPROTOCOL_PREFIX = 'bearer.';

/**
 * The credential of a WebSocket upgrade: `Authorization: Bearer`, else a `bearer.<token>` subprotocol,
 * else `?token=` (last: query strings end up in logs). Null when none is given.
 */
export function credentialOf(req: Pick<IncomingMessage, 'headers' | 'url'>): string | null {
  const header = req.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match?.[1] !== undefined) return match[1];
  }
  const protocols = req.headers['sec-websocket-protocol'];
  if (typeof protocols === 'string') {
    const bearer = protocols
      .split(',')
      .map((p) => p.trim())
      .find((p) => p.startsWith(BEARER_SUBPROTOCOL_PREFIX));
    if (bearer !== undefined && bearer.length > BEARER_SUBPROTOCOL_PREFIX.length)
      return bearer.slice(BEARER_SUBPROTOCOL_PREFIX.length);
  }
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  return query === null || query === '' ? null : query;
}
