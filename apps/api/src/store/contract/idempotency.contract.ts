import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AppStore } from '../app-store.ts';
import { T0 } from './fixtures.ts';

const LIMITS = { staleBefore: T0 - 60_000, expiredBefore: T0 - 86_400_000 };

function claimOf(overrides: Partial<{ callerId: string; key: string; requestHash: string; createdAt: number }> = {}) {
  return { callerId: `user:${randomUUID()}`, key: randomUUID(), requestHash: 'h1', createdAt: T0, ...overrides };
}

/** Idempotency keys: one claim wins, the response is stored and read back, stale claims are taken over. */
export function describeIdempotency(getStore: () => AppStore): void {
  describe('idempotency keys', () => {
    it('claims a fresh key, then reports the running claim to a second caller', async () => {
      const store = getStore();
      const claim = claimOf();
      expect(await store.claimIdempotencyKey(claim, LIMITS)).toBeNull();
      expect(await store.claimIdempotencyKey({ ...claim, requestHash: 'h2' }, LIMITS)).toEqual({
        callerId: claim.callerId,
        key: claim.key,
        requestHash: 'h1',
        response: null,
        createdAt: T0,
      });
    });

    it('lets exactly one of many concurrent claims of one key win', async () => {
      const store = getStore();
      const claim = claimOf();
      const results = await Promise.all(Array.from({ length: 8 }, () => store.claimIdempotencyKey(claim, LIMITS)));
      expect(results.filter((r) => r === null)).toHaveLength(1);
    });

    it('stores the response of a completed request and returns it to later claims', async () => {
      const store = getStore();
      const claim = claimOf();
      await store.claimIdempotencyKey(claim, LIMITS);
      await store.completeIdempotencyKey(
        claim.callerId,
        claim.key,
        { status: 201, body: '{"id":"x","n":[1,2]}' },
        T0 + 1,
      );
      const again = await store.claimIdempotencyKey(claim, LIMITS);
      expect(again?.response).toEqual({ status: 201, body: '{"id":"x","n":[1,2]}' });
    });

    it('scopes keys per caller', async () => {
      const store = getStore();
      const claim = claimOf();
      await store.claimIdempotencyKey(claim, LIMITS);
      expect(await store.claimIdempotencyKey({ ...claim, callerId: `user:${randomUUID()}` }, LIMITS)).toBeNull();
    });

    it('releases a running claim so a retry can run, but never a completed one', async () => {
      const store = getStore();
      const running = claimOf();
      await store.claimIdempotencyKey(running, LIMITS);
      await store.releaseIdempotencyKey(running.callerId, running.key);
      expect(await store.claimIdempotencyKey(running, LIMITS)).toBeNull();

      const done = claimOf();
      await store.claimIdempotencyKey(done, LIMITS);
      await store.completeIdempotencyKey(done.callerId, done.key, { status: 200, body: 'null' }, T0);
      await store.releaseIdempotencyKey(done.callerId, done.key);
      expect((await store.claimIdempotencyKey(done, LIMITS))?.response).toEqual({ status: 200, body: 'null' });
    });

    it('takes over a claim left running since before staleBefore, and replaces an expired record', async () => {
      const store = getStore();
      const abandoned = claimOf({ createdAt: LIMITS.staleBefore - 1 });
      await store.claimIdempotencyKey(abandoned, LIMITS);
      expect(await store.claimIdempotencyKey({ ...abandoned, createdAt: T0 }, LIMITS)).toBeNull();

      const old = claimOf({ createdAt: LIMITS.expiredBefore - 1 });
      await store.claimIdempotencyKey(old, LIMITS);
      await store.completeIdempotencyKey(old.callerId, old.key, { status: 200, body: '1' }, old.createdAt);
      expect(await store.claimIdempotencyKey({ ...old, createdAt: T0 }, LIMITS)).toBeNull();

      const recent = claimOf({ createdAt: LIMITS.staleBefore + 1 });
      await store.claimIdempotencyKey(recent, LIMITS);
      expect(await store.claimIdempotencyKey({ ...recent, createdAt: T0 }, LIMITS)).not.toBeNull();
    });
  });
}
