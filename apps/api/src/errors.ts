import { EngineError } from '@ensemble/core';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import type { ApiErrorCode } from './error-codes.ts';
import { StoreError } from './store/app-store.ts';

/**
 * A client-facing error: a tRPC code (HTTP status), a stable snake_case `appCode` the SDK and UI switch on,
 * and a plain message. Throw this from procedures for expected failures.
 */
export class AppError extends TRPCError {
  readonly appCode: ApiErrorCode;

  constructor(code: TRPC_ERROR_CODE_KEY, appCode: ApiErrorCode, message: string) {
    super({ code, message });
    this.name = 'AppError';
    this.appCode = appCode;
  }
}

const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again.';

/**
 * Maps anything thrown while serving a request to what the client may see. Unknown errors become a generic
 * INTERNAL_SERVER_ERROR (the caller logs the original); known ones keep their code and plain message.
 */
export function toTRPCError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof TRPCError) {
    // tRPC wraps what a procedure or parser threw; the cause says what really happened.
    if (error.cause !== undefined && isKnownCause(error.cause)) return toTRPCError(error.cause);
    if (error.code === 'INTERNAL_SERVER_ERROR') return internal();
    return new AppError(error.code, appCodeOf(error.code), error.message);
  }
  if (error instanceof EngineError) {
    return new AppError(
      error.code === 'card_too_large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
      error.code,
      error.message,
    );
  }
  if (error instanceof StoreError) {
    return error.code === 'conflict'
      ? new AppError('CONFLICT', 'conflict', error.message)
      : new AppError('NOT_FOUND', 'not_found', error.message);
  }
  if (hasIssues(error)) return new AppError('BAD_REQUEST', 'invalid_input', describeIssues(error.issues));
  return internal();
}

/** True when `toTRPCError` would return the generic internal error, i.e. the original deserves a log line. */
export function isUnexpected(error: unknown): boolean {
  return toTRPCError(error).appCode === 'internal_error';
}

function internal(): AppError {
  return new AppError('INTERNAL_SERVER_ERROR', 'internal_error', INTERNAL_MESSAGE);
}

function isKnownCause(cause: unknown): boolean {
  return cause instanceof TRPCError || cause instanceof EngineError || cause instanceof StoreError || hasIssues(cause);
}

/** 'BAD_REQUEST' → 'bad_request'. */
function appCodeOf(code: TRPC_ERROR_CODE_KEY): Lowercase<TRPC_ERROR_CODE_KEY> {
  return code.toLowerCase() as Lowercase<TRPC_ERROR_CODE_KEY>;
}

interface Issue {
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  message: string;
}

/** ZodError and any Standard Schema failure carry `issues`. */
function hasIssues(error: unknown): error is { issues: Issue[] } {
  return (
    typeof error === 'object' &&
    error !== null &&
    Array.isArray((error as { issues?: unknown }).issues) &&
    (error as { issues: unknown[] }).issues.length > 0
  );
}

/** "name: Too big: expected string to have <=80 characters" — the first problem, naming the field. */
function describeIssues(issues: Issue[]): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const path = (issue.path ?? [])
      .map((p) => (typeof p === 'object' && p !== null ? p.key : p))
      .map(String)
      .join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `Invalid input — ${parts.join('; ')}${more}`;
}
