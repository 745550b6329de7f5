/** First retry delay; doubles per failed attempt. */
const BASE_DELAY_MS = 250;
/** Longest wait between attempts, so a restarted server is found again within seconds. */
const MAX_DELAY_MS = 10_000;

/**
 * The first retry comes anywhere within this: soon enough that a blip goes unnoticed, spread enough that
 * the thousands of viewers of a node that just died do not all knock on the survivors in the same instant.
 */
const FIRST_RETRY_SPREAD_MS = 500;

/**
 * Exponential backoff with jitter (half to full delay), so many clients dropped at once do not all
 * come back in the same instant. Attempt 0 retries within FIRST_RETRY_SPREAD_MS (full jitter).
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  if (attempt <= 0) return Math.round(FIRST_RETRY_SPREAD_MS * random());
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}
