import type { Session } from '../auth/session.ts';
import { EnsembleError, SDK_ERROR_CODES } from '../errors.ts';

/** Runs one API request: rejects only with EnsembleError, and retries once after renewing an expired token. */
export type Call = <T>(request: () => Promise<T>) => Promise<T>;

/** The client's request runner; refuses once the client is closed. */
export function callerFor(session: Session, isClosed: () => boolean): Call {
  return async <T>(request: () => Promise<T>): Promise<T> => {
    if (isClosed()) throw new EnsembleError(SDK_ERROR_CODES.clientClosed, 'This Ensemble client was closed.', false);
    try {
      return await request();
    } catch (error) {
      const failure = EnsembleError.from(error);
      // The token expired between our check and the server's (clock skew, a sleeping laptop).
      if (failure.code !== 'token_expired' || !session.canRefresh) throw failure;
      await session.refresh();
      try {
        return await request();
      } catch (retryError) {
        throw EnsembleError.from(retryError);
      }
    }
  };
}
