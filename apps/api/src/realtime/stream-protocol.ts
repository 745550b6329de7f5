/**
 * Rules both live transports share (tRPC subscriptions over HTTP/WebSocket and the plain WebSocket
 * stream), defined once so the two cannot drift apart.
 */

/** The largest WebSocket message a client may send on either socket; a larger one closes with 1009. */
export const MAX_CLIENT_MESSAGE_BYTES = 64 * 1024;

/** What a client is told when its resume cursor is not an event's seq. */
export const INVALID_LAST_EVENT_ID_MESSAGE = 'lastEventId must be the seq of an event (a whole number).';

/** A resume cursor: the seq of the last event the client saw (the id given to `tracked`), a whole number. */
export function isLastEventId(value: string): boolean {
  return /^\d{1,15}$/.test(value);
}
