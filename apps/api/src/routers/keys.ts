import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertEcosystemAccess } from '../auth/access.ts';
import { canonicalOrigin } from '../auth/api-keys.ts';
import { WIDGET_SCOPES } from '../auth/grants.ts';
import {
  VISITOR_NAME_MAX_CHARS,
  WIDGET_TOKEN_MAX_TTL_SECONDS,
  WIDGET_TOKEN_MIN_TTL_SECONDS,
} from '../auth/widget-tokens.ts';
import { AppError } from '../errors.ts';
import { publishableOriginsOf } from '../http/origins.ts';
import type { AppServices } from '../services.ts';
import { authedProcedure } from '../trpc.ts';
import { byIdInput, idSchema, nameSchema } from './inputs.ts';

/** Origins one publishable key may list. */
export const MAX_KEY_ORIGINS = 20;

const originSchema = z
  .string()
  .trim()
  .max(200)
  .refine((s) => canonicalOrigin(s) !== null, 'must be an origin such as https://example.com');

/** Key management needs a person signed in: a leaked secret key must not be able to mint more keys. */
const sessionProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.grant?.kind !== 'session') {
    throw new AppError('FORBIDDEN', 'session_required', 'Sign in with your account to manage API keys.');
  }
  return next();
});

/** Minting widget tokens is what secret keys are for (a host's backend); nothing else may. */
const secretKeyProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.grant?.kind !== 'secret_key') {
    throw new AppError(
      'FORBIDDEN',
      'secret_key_required',
      'Widget tokens are minted with a secret API key (Authorization: Bearer ens_sk_…).',
    );
  }
  return next({ ctx: { ...ctx, grant: ctx.grant } });
});

/** An account's API keys: secret keys for servers, publishable keys naming the sites widgets may run on. */
export const keysRouter = {
  /** Creates a key. The response's `secret` is the key itself, shown this once and never again. */
  create: sessionProcedure
    .input(
      z.strictObject({
        kind: z.enum(['secret', 'publishable']),
        name: nameSchema,
        /** Publishable keys only: the origins (scheme://host[:port]) their widgets may run on. */
        origins: z.array(originSchema).max(MAX_KEY_ORIGINS).default([]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (input.kind === 'publishable' && input.origins.length === 0) {
        throw new AppError(
          'BAD_REQUEST',
          'invalid_input',
          'Invalid input — origins: a publishable key needs at least one origin.',
        );
      }
      if (input.kind === 'secret' && input.origins.length > 0) {
        throw new AppError(
          'BAD_REQUEST',
          'invalid_input',
          'Invalid input — origins: only publishable keys have origins.',
        );
      }
      const origins = input.origins.map((o) => canonicalOrigin(o) ?? o);
      const created = await ctx.services.auth.keys.create(ctx.user.id, { kind: input.kind, name: input.name, origins });
      forgetOrigins(ctx.services);
      return created;
    }),

  /** The account's keys, newest first (revoked ones marked), without the keys themselves. */
  list: sessionProcedure.query(({ ctx }) => ctx.services.auth.keys.list(ctx.user.id)),

  /** Revokes a key at once: it and every widget token it minted stop working. */
  revoke: sessionProcedure.input(byIdInput).mutation(async ({ ctx, input }) => {
    const revoked = await ctx.services.auth.keys.revoke(ctx.user.id, input.id);
    forgetOrigins(ctx.services);
    return revoked;
  }),
} satisfies TRPCRouterRecord;

/**
 * A key change takes effect at once for CORS and WebSocket origin checks on this node; other nodes reuse
 * their answers for at most WS_KEY_CHECK_MS.
 */
function forgetOrigins(services: AppServices): void {
  publishableOriginsOf(services.store, services.config.wsKeyCheckMs).forget();
}

/** Short-lived tokens a host's backend mints (with its secret key) for the widgets on its pages. */
export const widgetTokensRouter = {
  /**
   * A token for one of the key owner's ecosystems: `read` sees its graph, feed and stats; `participant`
   * may also speak into its scenarios. With `publishableKey`, pages on that key's origins may use it.
   */
  create: secretKeyProcedure
    .input(
      z.strictObject({
        ecosystemId: idSchema,
        scope: z.enum(WIDGET_SCOPES),
        /** An `ens_pk_…` key of the same account whose origins the token may be used from. */
        publishableKey: z.string().trim().min(1).max(100).optional(),
        ttlSeconds: z
          .number()
          .int()
          .min(WIDGET_TOKEN_MIN_TTL_SECONDS)
          .max(WIDGET_TOKEN_MAX_TTL_SECONDS)
          .default(WIDGET_TOKEN_MAX_TTL_SECONDS),
        /** What characters call the visitor when they speak (participant tokens). */
        visitorName: z.string().trim().min(1).max(VISITOR_NAME_MAX_CHARS).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
      return ctx.services.auth.keys.mintWidgetToken({ keyId: ctx.grant.keyId, ownerId: ctx.user.id }, input);
    }),
} satisfies TRPCRouterRecord;
