import type { IncomingMessage } from 'node:http';
import { initTRPC } from '@trpc/server';
import { getHTTPStatusCodeFromError, type TRPCRequestInfo } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { AuthFailure, AuthUser } from './auth/caller.ts';
import { widgetMayCall, type Grant } from './auth/grants.ts';
import { AppError, toTRPCError } from './errors.ts';
import { clientAddress, type AddressedRequest } from './http/client-address.ts';
import { isOriginAllowedFor } from './http/origins.ts';
import { assertCleanText } from './input/text-rule.ts';
import type { AppServices } from './services.ts';
import { log } from './telemetry/logger.ts';
import { recordProcedure } from './telemetry/procedure-metrics.ts';

export type { AuthFailure, AuthUser } from './auth/caller.ts';

export interface Context {
  services: AppServices;
  user: AuthUser | null;
  /** Set when a token was presented but rejected; null when none was presented or it was valid. */
  authFailure: AuthFailure | null;
  /** How the caller authenticated (session, secret key, widget token); null or absent when anonymous. */
  grant?: Grant | null;
  /** The client's IP address (per-client limits); absent for calls made inside the server. */
  clientIp?: string | null;
}

/** What both adapters hand to createContext: the HTTP request (or ws upgrade request) and tRPC's request info. */
export interface ContextRequest {
  req: AddressedRequest;
  info?: Pick<TRPCRequestInfo, 'connectionParams'>;
}

/**
 * Builds a request's context. The credential (access token, secret API key or widget token) comes from
 * the ws link's `connectionParams.token` or from `Authorization: Bearer <token>`; an invalid one leaves
 * the caller anonymous (public procedures still work).
 */
export async function createContext(
  services: AppServices,
  request: ContextRequest,
  options: { upgrade?: boolean } = {},
): Promise<Context> {
  const context = await contextForCredential(services, request.req, tokenOf(request), options);
  return { ...context, clientIp: clientAddress(request.req, services.config.trustProxy) };
}

/**
 * The context for a credential presented by a request (null: none). A valid credential used from a
 * browser origin it is not allowed on counts as rejected ('origin_not_allowed'). `upgrade`: a WebSocket
 * upgrade, which reuses the node's recent verdict on the same API key or widget token (WS_KEY_CHECK_MS).
 */
export async function contextForCredential(
  services: AppServices,
  req: Pick<IncomingMessage, 'headers'>,
  credential: string | null,
  options: { upgrade?: boolean } = {},
): Promise<Context> {
  if (credential === null) return { services, user: null, authFailure: null, grant: null };
  const auth = await services.auth.authenticate(credential, options);
  if (!auth.ok) return { services, user: null, authFailure: auth.failure, grant: null };
  if (!isOriginAllowedFor(req, services.config, auth.grant)) {
    return { services, user: null, authFailure: 'origin_not_allowed', grant: null };
  }
  return { services, user: auth.user, authFailure: null, grant: auth.grant };
}

function tokenOf({ req, info }: ContextRequest): string | null {
  const fromParams = info?.connectionParams?.['token'];
  if (typeof fromParams === 'string' && fromParams !== '') return fromParams;
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter({ error, shape, path }) {
    const mapped = toTRPCError(error);
    if (mapped.appCode === 'internal_error') {
      log().error({ err: error.cause ?? error, path: path ?? null }, 'procedure failed');
    }
    // Rebuilt rather than extended so nothing of the original (stack, cause) can reach the client.
    return {
      message: mapped.message,
      code: TRPC_ERROR_CODES_BY_KEY[mapped.code],
      data: {
        code: mapped.code,
        httpStatus: getHTTPStatusCodeFromError(mapped),
        path: shape.data.path,
        appCode: mapped.appCode,
      },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/**
 * Part of every procedure: the one text rule (no NUL, no lone surrogate, bounded depth) over the raw input,
 * whichever way it came (tRPC, REST body, query or path), before any schema sees it.
 */
const textRule = middleware(async ({ getRawInput, next }) => {
  let raw: unknown;
  try {
    raw = await getRawInput();
  } catch {
    // Unreadable input (e.g. `?input=undefined`): a procedure that takes input refuses it when it parses it;
    // one that takes none never reads it, as before the rule existed.
    return next();
  }
  assertCleanText(raw);
  return next();
});

/** Every call is counted and timed (exchanges, rate-limit refusals: telemetry/procedure-metrics.ts). */
const observedProcedure = t.procedure.use(async ({ ctx, path, next }) => {
  const started = performance.now();
  const result = await next();
  const outcome = result.ok
    ? { ok: true as const, data: result.data }
    : { ok: false as const, appCode: toTRPCError(result.error).appCode };
  recordProcedure(ctx.services.metrics, path, outcome, (performance.now() - started) / 1000);
  return result;
});

/** Anyone may call. */
export const publicProcedure = observedProcedure.use(textRule);

/** The error for a caller without a usable credential, saying why. */
export function unauthenticatedError(authFailure: AuthFailure | null): AppError {
  const appCode = authFailure ?? 'unauthenticated';
  const message =
    appCode === 'token_expired'
      ? 'Your session has expired. Refresh it or sign in again.'
      : appCode === 'token_invalid'
        ? 'Your access token is not valid. Sign in again.'
        : appCode === 'origin_not_allowed'
          ? 'This credential may not be used from this website.'
          : 'Sign in to do this.';
  return new AppError('UNAUTHORIZED', appCode, message);
}

/**
 * Requires a valid credential; `ctx.user` is then non-null. A widget token may only reach the
 * procedures its scope lists (WIDGET_PROCEDURES), whatever checks the procedure itself makes.
 */
export const authedProcedure = observedProcedure
  .use(({ ctx, next, path }) => {
    if (ctx.user === null) throw unauthenticatedError(ctx.authFailure);
    const grant = ctx.grant;
    if (grant?.kind === 'widget' && !widgetMayCall(grant.scope, path)) {
      throw new AppError('FORBIDDEN', 'insufficient_scope', 'A widget token cannot do this.');
    }
    return next({ ctx: { ...ctx, user: ctx.user } });
  })
  .use(textRule);
