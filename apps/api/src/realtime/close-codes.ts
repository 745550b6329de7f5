import type { ApiErrorCode } from '../error-codes.ts';

/**
 * WebSocket close codes the API uses (RFC 6455 §7.4 plus private-use 4xxx), so clients can switch on them.
 * The close reason always starts with a snake_case code, then a plain sentence.
 */
export const CLOSE_CODES = {
  /** The server is shutting down; reconnect (to another node) and resume. */
  goingAway: 1001,
  /** Authentication or authorization failed, or the token expired: get a fresh token, then reconnect. */
  policyViolation: 1008,
  /** A message over 64 KiB. */
  messageTooBig: 1009,
  /** Something failed on our side; reconnect and resume. */
  internalError: 1011,
  /** Too many open connections for this user; close one and retry later. */
  tryAgainLater: 1013,
  /** The connection request itself was malformed (e.g. lastEventId is not a seq). */
  badRequest: 4400,
  /** Too many messages on this connection; slow down and reconnect. Mirrors HTTP 429. */
  rateLimited: 4029,
} as const;

/** Close reasons are at most 123 bytes (a control frame's payload minus the code). */
const MAX_REASON_BYTES = 123;

/** `code: message`, cut to fit a close frame. */
export function closeReason(code: ApiErrorCode, message: string): string {
  let reason = `${code}: ${message}`;
  while (Buffer.byteLength(reason) > MAX_REASON_BYTES) reason = reason.slice(0, -1);
  return reason;
}
