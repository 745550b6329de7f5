import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRateLimits } from './rate-limits.ts';

const url = process.env['REDIS_URL'];
if (!url) console.warn('REDIS_URL not set: cross-node rate limit tests skipped (CI sets it).');

const rule = { points: 3, durationSeconds: 60 };

async function refusals(attempts: Array<() => Promise<void>>): Promise<boolean[]> {
  const refused: boolean[] = [];
  for (const attempt of attempts) {
    refused.push(
      await attempt().then(
        () => false,
        (error: { appCode?: string }) => {
          if (error.appCode !== 'rate_limited') throw error;
          return true;
        },
      ),
    );
  }
  return refused;
}

describe('rate limits in memory (no REDIS_URL)', () => {
  it('refuses past the limit with a rate_limited error naming the wait, per key, until reset', async () => {
    const limits = createRateLimits(null, { interactions: rule });
    const key = `ada@example.com|${randomUUID()}`;
    const consume = () => limits.interactions.consume(key);
    expect(await refusals([consume, consume, consume, consume])).toEqual([false, false, false, true]);
    await expect(consume()).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/Try again in \d+ (seconds?|minutes?)/),
    });
    expect(await refusals([() => limits.interactions.consume(`${key}-other`)])).toEqual([false]);
    await limits.interactions.reset(key);
    expect(await refusals([consume])).toEqual([false]);
  });

  it('a null rule turns the limit off', async () => {
    const limits = createRateLimits(null, { interactions: null });
    const consume = () => limits.interactions.consume('user-1');
    expect(await refusals(Array.from({ length: 50 }, () => consume))).toEqual(Array.from({ length: 50 }, () => false));
  });
});

describe.skipIf(!url)('rate limits in Redis (real Redis)', () => {
  const clients: Redis[] = [];
  const connect = () => {
    const client = new Redis(url!);
    clients.push(client);
    return client;
  };
  afterAll(() => {
    for (const c of clients) c.disconnect();
  });

  it('counts one key across nodes: attempts spread over two nodes share one budget', async () => {
    const [redisA, redisB] = [connect(), connect()];
    await Promise.all([redisA.ping(), redisB.ping()]); // until ready, each node would count in its own memory
    const nodeA = createRateLimits(redisA, { interactions: rule });
    const nodeB = createRateLimits(redisB, { interactions: rule });
    const key = `bo@example.com|${randomUUID()}`;
    const onA = () => nodeA.interactions.consume(key);
    const onB = () => nodeB.interactions.consume(key);
    expect(await refusals([onA, onB, onA, onB, onA])).toEqual([false, false, false, true, true]);
    await nodeA.interactions.reset(key);
    expect(await refusals([onB])).toEqual([false]);
  });

  it('keeps limiting in memory while Redis is unreachable instead of failing or letting everything through', async () => {
    const dead = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
    });
    clients.push(dead);
    const limits = createRateLimits(dead, { interactions: rule });
    const key = `cy@example.com|${randomUUID()}`;
    const consume = () => limits.interactions.consume(key);
    expect(await refusals([consume, consume, consume, consume])).toEqual([false, false, false, true]);
  });
});
