import { EnsembleError, SDK_ERROR_CODES } from '@ensemble/sdk';

/** A plain sentence for a failed request, for the page that made it. */
export function errorText(error: unknown): string {
  const failure = EnsembleError.from(error);
  if (failure.code === SDK_ERROR_CODES.network) {
    return 'Can’t reach the Ensemble server. Check that it is running, then try again.';
  }
  if (failure.code === 'rate_limited') return 'Too many requests just now. Wait a moment and try again.';
  if (failure.httpStatus !== null && failure.httpStatus >= 500)
    return 'Something went wrong on the server. Please try again.';
  return failure.message;
}

/** Whether the error means the session is over (expired, revoked or signed out elsewhere). */
export function endsSession(error: unknown): boolean {
  const failure = EnsembleError.from(error);
  return failure.httpStatus === 401 && failure.code !== 'invalid_credentials';
}
