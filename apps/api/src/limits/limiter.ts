/** The building blocks of the API's limits: a counted rule, in Redis or memory, and its 429. */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../errors.ts';

/** At most `points` actions per `durationSeconds` window, per key. */
export interface RateLimitRule {
  points: number;
  durationSeconds: number;
}

/** A 429 `rate_limited` that knows when to retry: answered with `Retry-After` (REST and tRPC over HTTP). */
export class RateLimitedError extends AppError {
  constructor(
    refusal: string,
    readonly retryAfterSeconds: number,
  ) {
    super('TOO_MANY_REQUESTS', 'rate_limited', `${refusal} Try again in ${describeWait(retryAfterSeconds)}.`);
  }
}

/** Whole seconds (at least 1) until a limiter lets the key act again. */
export function secondsUntil(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}

/** One limit, enforced across every API node when Redis is configured. */
export class RateLimit {
  /** `limiter` null: no limit (every action allowed). */
  constructor(
    private readonly limiter: RateLimiterAbstract | null,
    private readonly refusal: string,
  ) {}

  /** Counts one action for `key`; throws AppError TOO_MANY_REQUESTS (appCode rate_limited) past the limit. */
  async consume(key: string): Promise<void> {
    if (this.limiter === null) return;
    try {
      await this.limiter.consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      throw new RateLimitedError(this.refusal, secondsUntil(error.msBeforeNext));
    }
  }

  /** Forgets `key`'s count (e.g. after a successful sign-in). */
  async reset(key: string): Promise<void> {
    await this.limiter?.delete(key);
  }
}

/** A counter in Redis (falling back to this process's memory while Redis is away), or in memory without one. */
export function createLimiter(redis: Redis | null, name: string, rule: RateLimitRule): RateLimiterAbstract {
  const options = { keyPrefix: `ensemble:limit:${name}`, points: rule.points, duration: rule.durationSeconds };
  const memory = new RateLimiterMemory(options);
  if (redis === null) return memory;
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
