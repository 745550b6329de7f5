import type { IncomingMessage } from 'node:http';

/** What a request offers about who sent it. */
export type AddressedRequest = Pick<IncomingMessage, 'headers'> & { socket?: { remoteAddress?: string | undefined } };

/**
 * The client's IP address, for per-client limits. Behind a trusted reverse proxy (TRUST_PROXY=1, e.g. the
 * nginx of deploy/) it is the last X-Forwarded-For entry, the one that proxy appended from the connection
 * it accepted; entries before it are whatever the client claimed and are never trusted. Otherwise, and
 * when the header is absent, it is the socket's peer. Null when neither is known.
 */
export function clientAddress(req: AddressedRequest, trustProxy: boolean): string | null {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const value = Array.isArray(header) ? header.at(-1) : header;
    const last = value?.split(',').at(-1)?.trim();
    if (last) return normalise(last);
  }
  const peer = req.socket?.remoteAddress;
  return peer ? normalise(peer) : null;
}

/** IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; one client, one key. */
function normalise(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}
