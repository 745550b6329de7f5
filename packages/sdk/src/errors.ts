/** Error codes the SDK surfaces; servers add their own `appCode`s, passed through as-is. */
export type EnsembleErrorCode = string;

/** Statuses worth retrying: the request may succeed later without any change by the caller. */
const RETRYABLE_HTTP_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** A failed Ensemble call: a stable code to switch on, a plain message, and whether a retry may help. */
export class EnsembleError extends Error {
  override readonly name = 'EnsembleError';
  constructor(
    readonly code: EnsembleErrorCode,
    message: string,
    readonly retryable: boolean,
    readonly httpStatus: number | null = null,
  ) {
    super(message);
  }

  /** Builds an EnsembleError from a tRPC error shape ({ message, data: { appCode, httpStatus } }) or a network failure. */
  static from(error: unknown): EnsembleError {
    if (error instanceof EnsembleError) return error;
    const shape = error as { message?: unknown; data?: { appCode?: unknown; httpStatus?: unknown; code?: unknown } } | null;
    const data = shape?.data;
    if (data && (typeof data.appCode === 'string' || typeof data.code === 'string')) {
      const status = typeof data.httpStatus === 'number' ? data.httpStatus : null;
      const code = typeof data.appCode === 'string' ? data.appCode : String(data.code).toLowerCase();
      const message = typeof shape?.message === 'string' ? shape.message : 'Request failed.';
      return new EnsembleError(code, message, status !== null && RETRYABLE_HTTP_STATUSES.has(status), status);
    }
    const message = error instanceof Error ? error.message : 'The Ensemble server could not be reached.';
    return new EnsembleError('network_error', message, true, null);
  }
}
