import { StoreError } from './app-store.ts';

/** Plain messages for the unique constraints a client can run into. */
const CONFLICT_MESSAGES: Record<string, string> = {
  users_email_lower_key: 'An account with this email already exists.',
  users_pkey: 'A user with this id already exists.',
  refresh_tokens_token_hash_key: 'This refresh token already exists.',
  api_keys_key_hash_key: 'This API key already exists.',
  api_keys_pkey: 'An API key with this id already exists.',
};

interface PgErrorFields {
  code?: unknown;
  constraint?: unknown;
}

/** The Postgres error behind a failure, looking through drizzle's DrizzleQueryError wrapper. */
function postgresError(error: unknown): PgErrorFields | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const fields = e as PgErrorFields & { cause?: unknown };
    if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code)) return fields;
    e = fields.cause;
  }
  return null;
}

/** Turns unique and foreign-key violations into StoreErrors; anything else is rethrown as is. */
export function toStoreError(error: unknown): unknown {
  const pg = postgresError(error);
  if (pg?.code === '23505') {
    const constraint = typeof pg.constraint === 'string' ? pg.constraint : '';
    return new StoreError('conflict', CONFLICT_MESSAGES[constraint] ?? 'A record with this id already exists.');
  }
  if (pg?.code === '23503') return new StoreError('not_found', 'A record this refers to does not exist.');
  return error;
}

/** Runs a write, reporting constraint violations as StoreErrors. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toStoreError(error);
  }
}

/** A deadlock victim (40P01) or a serialization failure (40001): the whole transaction may be run again. */
export function isRetryable(error: unknown): boolean {
  const code = postgresError(error)?.code;
  return code === '40P01' || code === '40001';
}
