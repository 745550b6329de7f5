import { createHash } from 'node:crypto';
import { AppError } from '../errors.ts';
import type { AppServices } from '../services.ts';

/** Longest Idempotency-Key accepted (a UUID is 36). */
export const IDEMPOTENCY_KEY_MAX_CHARS = 255;
/** Stored responses are replayed for a day, then the key may be used afresh (Stripe's window). */
export const IDEMPOTENCY_KEEP_MS = 24 * 60 * 60 * 1000;
/** A claim still running after this long is presumed dead (its node crashed) and may be taken over. */
export const IDEMPOTENCY_STALE_MS = 60_000;
/** A duplicate of a request still running waits this long for its response before answering 409. */
export const IDEMPOTENCY_WAIT_MS = 10_000;
const POLL_MS = 50;

/** A response as stored and replayed: the status and the body's JSON text, byte for byte. */
export interface StoredResponse {
  status: number;
  body: string;
  /** A body that is not JSON: its media type, `body` then being base64 of the bytes (never stored: GETs only). */
  contentType?: string;
  /** For a 429: when to retry (the Retry-After header); such a response is never stored. */
  retryAfterSeconds?: number;
}

/** The key of a request, or null when absent; a malformed one is refused (400). */
export function idempotencyKeyOf(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined || key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_CHARS || !/^[\x21-\x7e]+$/.test(key)) {
    throw new AppError(
      'BAD_REQUEST',
      'invalid_idempotency_key',
      `Idempotency-Key must be 1–${IDEMPOTENCY_KEY_MAX_CHARS} visible ASCII characters (a UUID is ideal).`,
    );
  }
  return key;
}

/** SHA-256 over method, path and the body with keys sorted, so a reordered but equal body is the same request. */
export function requestHashOf(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([method.toUpperCase(), path, canonical(body)]))
    .digest('hex');
}

/**
 * Runs `run` at most once per (caller, key): the key is claimed in the store first (one atomic insert),
 * so a concurrent duplicate finds the claim and waits for the stored response instead of running too.
 * Responses of 5xx and 429 are not kept: the claim is released so a retry runs again.
 */
export async function runIdempotently(
  services: AppServices,
  claim: { callerId: string; key: string; requestHash: string },
  run: () => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  const { store, clock } = services;
  const deadline = clock.now() + IDEMPOTENCY_WAIT_MS;
  for (;;) {
    const now = clock.now();
    const existing = await store.claimIdempotencyKey(
      { ...claim, createdAt: now },
      { staleBefore: now - IDEMPOTENCY_STALE_MS, expiredBefore: now - IDEMPOTENCY_KEEP_MS },
    );
    if (existing === null) return { ...(await runClaimed(services, claim, run)), replayed: false };
    if (existing.requestHash !== claim.requestHash) {
      throw new AppError(
        'UNPROCESSABLE_CONTENT',
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
      );
    }
    if (existing.response !== null) {
      return { ...existing.response, replayed: true };
    }
    if (clock.now() >= deadline) {
      throw new AppError(
        'CONFLICT',
        'idempotency_in_progress',
        'A request with this Idempotency-Key is still running. Retry in a moment to get its result.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function runClaimed(
  services: AppServices,
  claim: { callerId: string; key: string },
  run: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  let response: StoredResponse;
  try {
    response = await run();
  } catch (error) {
    await services.store.releaseIdempotencyKey(claim.callerId, claim.key).catch(() => {});
    throw error;
  }
  if (response.status >= 500 || response.status === 429) {
    await services.store.releaseIdempotencyKey(claim.callerId, claim.key).catch(() => {});
  } else {
    await services.store.completeIdempotencyKey(claim.callerId, claim.key, response, services.clock.now());
  }
  return response;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)]),
  );
}
