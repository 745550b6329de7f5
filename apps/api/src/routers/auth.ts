import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/passwords.ts';
import { AppError } from '../errors.ts';
import { authedProcedure, publicProcedure } from '../trpc.ts';
import { INPUT_LIMITS, nameSchema } from './inputs.ts';

const emailSchema = z.string().trim().max(INPUT_LIMITS.email).pipe(z.email('must be an email address'));
const refreshInput = z.strictObject({ refreshToken: z.string().min(1).max(200) });

/** Accounts and sessions. Tokens: 15-minute access JWT (Bearer), 30-day rotating refresh token. */
export const authRouter = {
  register: publicProcedure
    .input(
      z.strictObject({
        email: emailSchema,
        password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
        displayName: nameSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) => ctx.services.auth.register(input)),

  login: publicProcedure
    // No format rules here beyond size: a login must not hint at what a valid account looks like.
    .input(
      z.strictObject({
        email: z.string().max(INPUT_LIMITS.email),
        password: z.string().max(MAX_PASSWORD_LENGTH),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      // Throttled per email and client address (backoff) and per address, across every node (Redis): wrong
      // guesses slow down only where they come from, so nobody can lock an account's owner out.
      const throttle = ctx.services.limits.signIn;
      const address = ctx.clientIp ?? null;
      await throttle.before(input.email, address);
      let session;
      try {
        session = await ctx.services.auth.login(input);
      } catch (error) {
        if (error instanceof AppError && error.appCode === 'invalid_credentials') {
          await throttle.failed(input.email, address).catch(() => {});
        }
        throw error;
      }
      await throttle.succeeded(input.email, address).catch(() => {});
      return session;
    }),

  refresh: publicProcedure
    .input(refreshInput)
    .mutation(({ ctx, input }) => ctx.services.auth.refresh(input.refreshToken)),

  logout: publicProcedure.input(refreshInput).mutation(async ({ ctx, input }) => {
    await ctx.services.auth.logout(input.refreshToken);
    return { ok: true as const };
  }),

  me: authedProcedure.query(async ({ ctx }) => {
    const user = await ctx.services.auth.getUser(ctx.user.id);
    if (user === null) throw new AppError('UNAUTHORIZED', 'unauthenticated', 'This account no longer exists.');
    return user;
  }),
} satisfies TRPCRouterRecord;
