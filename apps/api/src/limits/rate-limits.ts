import type { Redis } from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createLimiter, RateLimit, type RateLimitRule } from './limiter.ts';
import { SignInThrottle, type SignInRules } from './sign-in-throttle.ts';

/**
 * Interactions a user may start per minute by default (INTERACTIONS_PER_MINUTE): 600, 10 a second, far
 * beyond a person at a keyboard, yet it keeps one script from flooding an ecosystem's event log.
 * Scenarios run server-side and are not counted.
 */
export const INTERACTIONS_PER_MINUTE = 600;

/** Every limit the API enforces. */
export interface RateLimits {
  /** Sign-in attempts: backoff per account and client address, and a limit per address. */
  signIn: SignInThrottle;
  /** Key: the user's id. */
  interactions: RateLimit;
}

/**
 * The API's limits: in Redis (shared by every node) when a client is given, in this process's memory
 * otherwise. If Redis is unreachable, each node falls back to its own memory count rather than failing
 * the request or letting everything through.
 */
export function createRateLimits(
  redis: Redis | null,
  rules: { signIn?: Partial<SignInRules>; interactions?: RateLimitRule | null } = {},
): RateLimits {
  const make = (name: string, rule: RateLimitRule | null): RateLimiterAbstract | null =>
    rule === null ? null : createLimiter(redis, name, rule);
  return {
    signIn: new SignInThrottle(redis, rules.signIn),
    interactions: new RateLimit(
      make(
        'interactions',
        rules.interactions === undefined
          ? { points: INTERACTIONS_PER_MINUTE, durationSeconds: 60 }
          : rules.interactions,
      ),
      'Too many interactions started.',
    ),
  };
}
