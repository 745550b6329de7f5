import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What follows one request through tRPC, REST, the store and the log. */
interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** An incoming X-Request-Id is kept when it looks like an id (a proxy's, a client's); anything else is replaced. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The request id to use for a request carrying `header` (X-Request-Id), generated when absent or unusable. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID.test(value) ? value : randomUUID();
}

/** Runs `fn` with `requestId` as the current request's id (null: outside any request). */
export function withRequestId<T>(requestId: string | null, fn: () => T): T {
  return requestId === null ? storage.exit(fn) : storage.run({ requestId }, fn);
}

/** The id of the request being served, or null outside one (scenario turns, the seed). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}
