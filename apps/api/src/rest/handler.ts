import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { Request, RequestHandler, Response } from 'express';
import { principalOf } from '../auth/grants.ts';
import { toTRPCError } from '../errors.ts';
import { RateLimitedError } from '../limits/limiter.ts';
import type { AppServices } from '../services.ts';
import { createContext, type Context } from '../trpc.ts';
import { idempotencyKeyOf, requestHashOf, runIdempotently, type StoredResponse } from './idempotency.ts';
import { callProcedure } from './procedures.ts';
import { procedureInputOf, restFieldNames } from './request-input.ts';
import type { RestRoute } from './route.ts';

/** Serves one REST operation by calling its procedure with the caller's context. */
export function restHandler(services: AppServices, route: RestRoute): RequestHandler {
  return async (req, res) => {
    let response: StoredResponse & { replayed?: boolean };
    try {
      const ctx = await createContext(services, { req });
      const key =
        route.method === 'post' && route.idempotent !== false && ctx.user !== null
          ? idempotencyKeyOf(req.headers['idempotency-key'])
          : null;
      const run = () => respond(route, req, ctx);
      response =
        key === null || ctx.user === null
          ? await run()
          : await runIdempotently(
              services,
              {
                callerId: principalOf(ctx.user, ctx.grant),
                key,
                requestHash: requestHashOf(req.method, req.path, req.body ?? null),
              },
              run,
            );
    } catch (error) {
      response = errorResponse(route, error);
    }
    send(res, response);
  };
}

/**
 * Runs the procedure; its failures become error responses (stored for replay like successes, unless 5xx).
 * The body is serialised here, so a replay sends the very same bytes.
 */
async function respond(route: RestRoute, req: Request, ctx: Context): Promise<StoredResponse> {
  let input: Record<string, unknown>;
  try {
    input = { ...procedureInputOf(route, req), ...route.headerInput?.(req) };
  } catch (error) {
    return errorResponse(null, error);
  }
  try {
    const result = await callProcedure(ctx, route.procedure, input);
    const binary = route.binary?.(result) ?? null;
    if (binary !== null) return { status: route.response.status, body: binary.base64, contentType: binary.contentType };
    return {
      status: route.response.status,
      body: JSON.stringify(route.present ? route.present(result, input) : result),
    };
  } catch (error) {
    return errorResponse(route, error);
  }
}

/**
 * `{error: {code, message}}` (serialised) with the status tRPC would give; internal errors are logged,
 * never shown. With a route, field names in validation messages are the ones the client sent.
 */
export function errorResponse(route: RestRoute | null, error: unknown): StoredResponse {
  const mapped = toTRPCError(error);
  if (mapped.appCode === 'internal_error') console.error(`[rest] ${route?.operationId ?? 'request'} failed:`, error);
  const message =
    mapped.appCode === 'invalid_input' && route !== null ? restFieldNames(route, mapped.message) : mapped.message;
  const body = JSON.stringify({ error: { code: mapped.appCode, message } });
  if (mapped instanceof RateLimitedError) return { status: 429, body, retryAfterSeconds: mapped.retryAfterSeconds };
  return { status: getHTTPStatusCodeFromError(mapped), body };
}

function send(res: Response, response: StoredResponse & { replayed?: boolean }): void {
  if (response.replayed) res.setHeader('Idempotent-Replayed', 'true');
  if (response.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="ensemble"');
  if (response.status === 429) res.setHeader('Retry-After', String(response.retryAfterSeconds ?? 1));
  if (response.contentType !== undefined) {
    res.status(response.status).type(response.contentType).send(Buffer.from(response.body, 'base64'));
    return;
  }
  res.status(response.status).type('application/json').send(String(response.body));
}
