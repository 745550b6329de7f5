import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../errors.ts';

/** At most `points` actions per `durationSeconds` window, per key. */
export interface RateLimitRule {
  points: number;
  durationSeconds: number;
}

/**
 * Sign-in attempts per email and client address: 10 per 15 minutes, the brute-force throttle OWASP's
 * Authentication Cheat Sheet suggests; a successful sign-in clears the count.
 */
export const LOGIN_ATTEMPTS: RateLimitRule = { points: 10, durationSeconds: 15 * 60 };

/**
 * Interactions a user may start per minute by default (INTERACTIONS_PER_MINUTE): 600, 10 a second, far
 * beyond a person at a keyboard, yet it keeps one script from flooding an ecosystem's event log.
 * Scenarios run server-side and are not counted.
 */
export const INTERACTIONS_PER_MINUTE = 600;

/** One limit, enforced across every API node when Redis is configured. */
export class RateLimit {
  /** `limiter` null: no limit (every action allowed). */
  constructor(private readonly limiter: RateLimiterAbstract | null, private readonly refusal: string) {}

  /** Counts one action for `key`; throws AppError TOO_MANY_REQUESTS (appCode rate_limited) past the limit. */
  async consume(key: string): Promise<void> {
    if (this.limiter === null) return;
    try {
      await this.limiter.consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError('TOO_MANY_REQUESTS', 'rate_limited', `${this.refusal} Try again in ${describeWait(seconds)}.`);
    }
  }

  /** Forgets `key`'s count (e.g. after a successful sign-in). */
  async reset(key: string): Promise<void> {
    await this.limiter?.delete(key);
  }
}

/** Every limit the API enforces. */
export interface RateLimits {
  /** Key: `<lower-cased email>|<client address>`. */
  login: RateLimit;
  /** Key: the user's id. */
  interactions: RateLimit;
}

/**
 * The API's limits: in Redis (shared by every node) when a client is given, in this process's memory
 * otherwise. If Redis is unreachable, each node falls back to its own memory count rather than failing
 * the request or letting everything through.
 */
export function createRateLimits(
  redis: Redis | null, rules: { login?: RateLimitRule; interactions?: RateLimitRule | null } = {},
): RateLimits {
  const make = (name: string, rule: RateLimitRule | null): RateLimiterAbstract | null => {
    if (rule === null) return null;
    const options = { keyPrefix: `ensemble:limit:${name}`, points: rule.points, duration: rule.durationSeconds };
    const memory = new RateLimiterMemory(options);
    if (redis === null) return memory;
    return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory });
  };
  return {
    login: new RateLimit(make('login', rules.login ?? LOGIN_ATTEMPTS), 'Too many sign-in attempts.'),
    interactions: new RateLimit(
      make('interactions', rules.interactions === undefined ? { points: INTERACTIONS_PER_MINUTE, durationSeconds: 60 } : rules.interactions),
      'Too many interactions started.',
    ),
  };
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
