import { toTRPCError } from '../errors.ts';
import { RateLimitedError } from './limiter.ts';

/** tRPC over HTTP: a `Retry-After` header whenever an answer carries a 429 that knows when to retry. */
export function retryAfterMeta(errors: readonly unknown[]): { headers?: Record<string, string> } {
  let seconds = 0;
  for (const error of errors) {
    const mapped = toTRPCError(error);
    if (mapped instanceof RateLimitedError) seconds = Math.max(seconds, mapped.retryAfterSeconds);
  }
  return seconds > 0 ? { headers: { 'Retry-After': String(seconds) } } : {};
}
