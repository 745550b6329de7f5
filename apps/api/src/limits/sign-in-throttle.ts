import type { Redis } from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createLimiter, RateLimitedError, secondsUntil, type RateLimitRule } from './limiter.ts';

export interface SignInRules {
  /** Failed sign-ins per account and client address before backoff starts. */
  freeFailures: number;
  /** Longest wait the backoff imposes (seconds); it doubles with each further failure up to this. */
  maxBackoffSeconds: number;
  /** Failed sign-ins per client address, whatever the account (successful ones never count). */
  perAddress: RateLimitRule;
}

/**
 * 5 free failures, then 1, 2, 4 … s up to 15 minutes, per account and address; 100 failures per address per
 * 15 minutes (people signing in correctly behind one address, an office or a NAT, are never slowed) (OWASP's Authentication Cheat Sheet: throttle, never lock the account for everyone).
 */
const SIGN_IN_RULES: SignInRules = {
  freeFailures: 5,
  maxBackoffSeconds: 15 * 60,
  perAddress: { points: 100, durationSeconds: 15 * 60 },
};

const REFUSAL = 'Too many sign-in attempts.';
/** How long failures are remembered after the last one. */
const FAILURE_MEMORY_SECONDS = 24 * 60 * 60;

/**
 * Sign-in throttling that cannot lock the owner out: wrong passwords slow down only the (account, client
 * address) they come from, with exponential backoff, and each address has an overall limit; the right
 * password from another address always works. Shared across nodes through Redis when configured.
 */
export class SignInThrottle {
  readonly #rules: SignInRules;
  readonly #failures: RateLimiterAbstract;
  readonly #backoff: RateLimiterAbstract;
  readonly #perAddress: RateLimiterAbstract;

  constructor(redis: Redis | null, rules: Partial<SignInRules> = {}) {
    this.#rules = { ...SIGN_IN_RULES, ...rules };
    this.#failures = createLimiter(redis, 'sign-in-failures', {
      points: 1_000_000,
      durationSeconds: FAILURE_MEMORY_SECONDS,
    });
    this.#backoff = createLimiter(redis, 'sign-in-backoff', {
      points: 1,
      durationSeconds: this.#rules.maxBackoffSeconds,
    });
    this.#perAddress = createLimiter(redis, 'sign-in-address-failures', this.#rules.perAddress);
  }

  /** Before checking a password: throws RateLimitedError while this account and address wait, or the address is over its limit. */
  async before(email: string, address: string | null): Promise<void> {
    const blocked = await this.#backoff.get(keyOf(email, address));
    if (blocked !== null && blocked.consumedPoints > 1 && blocked.msBeforeNext > 0) {
      throw new RateLimitedError(REFUSAL, secondsUntil(blocked.msBeforeNext));
    }
    const perAddress = await this.#perAddress.get(address ?? 'unknown');
    if (
      perAddress !== null &&
      perAddress.consumedPoints >= this.#rules.perAddress.points &&
      perAddress.msBeforeNext > 0
    ) {
      throw new RateLimitedError(REFUSAL, secondsUntil(perAddress.msBeforeNext));
    }
  }

  /** After a wrong password: counts it and, past the free failures, makes this account and address wait. */
  async failed(email: string, address: string | null): Promise<void> {
    const key = keyOf(email, address);
    const [counted] = await Promise.all([
      this.#failures.penalty(key, 1),
      this.#perAddress.penalty(address ?? 'unknown', 1),
    ]);
    const beyond = counted.consumedPoints - this.#rules.freeFailures;
    if (beyond > 0) {
      await this.#backoff.block(key, Math.min(this.#rules.maxBackoffSeconds, 2 ** (beyond - 1)));
    }
  }

  /** After a successful sign-in: forgets this account and address's failures. */
  async succeeded(email: string, address: string | null): Promise<void> {
    const key = keyOf(email, address);
    await Promise.all([this.#failures.delete(key), this.#backoff.delete(key)]);
  }
}

function keyOf(email: string, address: string | null): string {
  return `${email.trim().toLowerCase()}|${address ?? 'unknown'}`;
}
