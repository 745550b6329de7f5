import type { ApiErrorCode } from '@ensemble/api/router';

/**
 * Error codes the SDK raises itself; every other code is the server's `appCode`, passed through as-is
 * (e.g. 'invalid_input', 'ecosystem_not_found', 'token_expired', 'rate_limited').
 */
export const SDK_ERROR_CODES = {
  /** The server could not be reached, or the connection dropped mid-request. Retryable. */
  network: 'network_error',
  /** No WebSocket implementation: on Node 20 pass `WebSocket` from the 'ws' package. */
  websocketUnavailable: 'websocket_unavailable',
  /** A refresh was asked for, but this client holds no refresh token (API key, widget token, bare access token). */
  notRefreshable: 'not_refreshable',
  /** The client was closed; create a new one. */
  clientClosed: 'client_closed',
  /** The app's `refreshWidgetToken` callback failed. Retryable. */
  renewalFailed: 'token_renewal_failed',
} as const;

/**
 * Every code this SDK knows: its own (SDK_ERROR_CODES) and the server's `appCode`s (the API's list, the
 * engine's, and tRPC's own in lower case), so `switch (error.code)` gets the compiler's help.
 */
export type EnsembleErrorCode = (typeof SDK_ERROR_CODES)[keyof typeof SDK_ERROR_CODES] | ApiErrorCode;

/** A code from a newer server than this SDK knows; kept as-is. */
type UnknownErrorCode = string & {};

/** Statuses worth retrying: the request may succeed later without any change by the caller. */
const RETRYABLE_HTTP_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** A failed Ensemble call: a stable code to switch on, a plain message, and whether a retry may help. */
export class EnsembleError extends Error {
  override readonly name = 'EnsembleError';
  constructor(
    readonly code: EnsembleErrorCode | UnknownErrorCode,
    message: string,
    readonly retryable: boolean,
    readonly httpStatus: number | null = null,
  ) {
    super(message);
  }

  /** Builds an EnsembleError from a tRPC error shape ({ message, data: { appCode, httpStatus } }) or a network failure. */
  static from(error: unknown): EnsembleError {
    if (error instanceof EnsembleError) return error;
    // A failure inside a link (e.g. signing in lazily from `headers()`) reaches the caller wrapped once.
    const cause = (error as { cause?: unknown } | null)?.cause;
    if (cause instanceof EnsembleError) return cause;
    const shape = error as {
      message?: unknown;
      data?: { appCode?: unknown; httpStatus?: unknown; code?: unknown };
    } | null;
    const data = shape?.data;
    if (data && (typeof data.appCode === 'string' || typeof data.code === 'string')) {
      const status = typeof data.httpStatus === 'number' ? data.httpStatus : null;
      const code = typeof data.appCode === 'string' ? data.appCode : String(data.code).toLowerCase();
      const message = typeof shape?.message === 'string' ? shape.message : 'Request failed.';
      return new EnsembleError(code, message, status !== null && RETRYABLE_HTTP_STATUSES.has(status), status);
    }
    const message = error instanceof Error ? error.message : 'The Ensemble server could not be reached.';
    return new EnsembleError(SDK_ERROR_CODES.network, message, true, null);
  }
}
