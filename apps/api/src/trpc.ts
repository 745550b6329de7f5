import type { IncomingMessage } from 'node:http';
import type { Id } from '@ensemble/core';
import { initTRPC } from '@trpc/server';
import { getHTTPStatusCodeFromError, type TRPCRequestInfo } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { AppError, toTRPCError } from './errors.ts';
import type { AppServices } from './services.ts';

/** The signed-in caller, as the access token names them. */
export interface AuthUser {
  id: Id;
  email: string;
  displayName: string;
}

/** Why a presented token was not accepted; lets a client tell "refresh and retry" from "sign in". */
export type AuthFailure = 'token_expired' | 'token_invalid';

export interface Context {
  services: AppServices;
  user: AuthUser | null;
  /** Set when a token was presented but rejected; null when none was presented or it was valid. */
  authFailure: AuthFailure | null;
}

/** What both adapters hand to createContext: the HTTP request (or ws upgrade request) and tRPC's request info. */
export interface ContextRequest {
  req: Pick<IncomingMessage, 'headers'>;
  info?: Pick<TRPCRequestInfo, 'connectionParams'>;
}

/**
 * Builds a request's context. The access token comes from the ws link's `connectionParams.token` or
 * from `Authorization: Bearer <token>`; an invalid token leaves the caller anonymous (public procedures still work).
 */
export async function createContext(services: AppServices, request: ContextRequest): Promise<Context> {
  const token = tokenOf(request);
  if (token === null) return { services, user: null, authFailure: null };
  const verified = await services.auth.verifyAccessToken(token);
  return verified.ok
    ? { services, user: verified.user, authFailure: null }
    : { services, user: null, authFailure: verified.failure };
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
      console.error(`[trpc] ${path ?? '<no path>'} failed:`, error.cause ?? error);
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

/** Anyone may call. */
export const publicProcedure = t.procedure;

/** Requires a valid access token; `ctx.user` is then non-null. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (ctx.user === null) {
    const appCode = ctx.authFailure ?? 'unauthenticated';
    const message = appCode === 'token_expired'
      ? 'Your session has expired. Refresh it or sign in again.'
      : appCode === 'token_invalid'
        ? 'Your access token is not valid. Sign in again.'
        : 'Sign in to do this.';
    throw new AppError('UNAUTHORIZED', appCode, message);
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});
