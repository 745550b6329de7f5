/**
 * The subscription's own guards, against a fake server that misbehaves on purpose: repeated events,
 * a skipped seq, a token rejected as expired. The real API never does these; the SDK must cope anyway.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEnsembleClient, type EcosystemEvent, type EnsembleClient } from '../src/index.ts';
import { WebSocket } from 'ws';
import { appError, fakeEvent, startFakeApi, type FakeEvent } from './support/fake-api.ts';
import { until } from './support/api.ts';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function clientFor(url: string, auth: Parameters<typeof createEnsembleClient>[0]['auth']): EnsembleClient {
  const client = createEnsembleClient({ url, WebSocket, ...(auth === undefined ? {} : { auth }) });
  cleanups.push(() => client.close());
  return client;
}

function* seqs(...values: number[]): Iterable<FakeEvent> {
  for (const seq of values) yield fakeEvent(seq);
}

describe('subscription guards', () => {
  it('drops events it has already delivered, keeping each seq once and in order', async () => {
    const fake = await startFakeApi(() => seqs(1, 2, 2, 1, 3, 3, 4));
    cleanups.push(() => fake.close());
    const got: number[] = [];
    clientFor(fake.url, { apiKey: 'k' })
      .ecosystem('eco')
      .events.subscribe({ fromSeq: 0, onEvent: (e) => got.push(e.seq) });
    await until(() => got.length === 4, 'four events');
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toEqual([1, 2, 3, 4]);
  });

  it('reads runs of events: repeats inside or across runs are dropped, and a gap inside a run stops delivery there', async () => {
    const fake = await startFakeApi((request, call) =>
      call === 1
        ? [
            [fakeEvent(1), fakeEvent(2), fakeEvent(2)],
            [fakeEvent(2), fakeEvent(3)],
            [fakeEvent(4), fakeEvent(6), fakeEvent(7)],
          ]
        : [[fakeEvent(5), fakeEvent(6), fakeEvent(7)]],
    );
    cleanups.push(() => fake.close());
    const got: number[] = [];
    clientFor(fake.url, { apiKey: 'k' })
      .ecosystem('eco')
      .events.subscribe({ fromSeq: 0, onEvent: (e) => got.push(e.seq) });
    await until(() => got.length === 7, 'seven events');
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(fake.requests.map((r) => r.lastEventId)).toEqual(['0', '4']);
  });

  it('on a skipped seq, delivers nothing past the gap and resubscribes from the last seq it delivered', async () => {
    const fake = await startFakeApi((request, call) => (call === 1 ? seqs(1, 2, 4, 5) : seqs(3, 4, 5, 6)));
    cleanups.push(() => fake.close());
    const got: number[] = [];
    clientFor(fake.url, { apiKey: 'k' })
      .ecosystem('eco')
      .events.subscribe({ fromSeq: 0, onEvent: (e) => got.push(e.seq) });
    await until(() => got.length === 6, 'six events');
    expect(got).toEqual([1, 2, 3, 4, 5, 6]);
    expect(fake.requests.map((r) => r.lastEventId)).toEqual(['0', '2']);
  });

  it('resumes from the last delivered seq after the socket drops', async () => {
    const fake = await startFakeApi((request) => seqs(...[1, 2, 3].map((n) => n + Number(request.lastEventId ?? 0))));
    cleanups.push(() => fake.close());
    const got: number[] = [];
    const statuses: string[] = [];
    const sub = clientFor(fake.url, { apiKey: 'k' })
      .ecosystem('eco')
      .events.subscribe({
        fromSeq: 0,
        onEvent: (e) => got.push(e.seq),
        onStatus: (s) => statuses.push(s),
      });
    await until(() => got.length === 3, 'the first three');
    fake.dropSockets();
    await until(() => got.length === 6, 'three more after the drop');
    expect(got).toEqual([1, 2, 3, 4, 5, 6]);
    expect(fake.requests.map((r) => r.lastEventId)).toEqual(['0', '3']);
    expect(sub.lastSeq()).toBe(6);
    expect(statuses).toEqual(['connecting', 'open', 'reconnecting', 'open']);
  });

  it("on 'token_expired' from the live connection, refreshes and resubscribes on a socket using the new token", async () => {
    const fake = await startFakeApi(
      (request) => {
        if (request.token === 'stale') throw appError('UNAUTHORIZED', 'token_expired');
        return seqs(1, 2);
      },
      { refreshedToken: 'fresh' },
    );
    cleanups.push(() => fake.close());
    const handed: string[] = [];
    const got: number[] = [];
    const errors: string[] = [];
    clientFor(fake.url, { accessToken: 'stale', refreshToken: 'r0', onTokens: (t) => handed.push(t.accessToken) })
      .ecosystem('eco')
      .events.subscribe({ fromSeq: 0, onEvent: (e) => got.push(e.seq), onError: (e) => errors.push(e.code) });
    await until(() => got.length === 2, 'events after the refresh');
    expect(errors).toEqual([]);
    expect(handed).toEqual(['fresh-1']);
    expect(fake.requests.map((r) => r.token)).toEqual(['stale', 'fresh-1']);
  });

  it('renews an expired widget token through refreshWidgetToken and resumes on a socket using it', async () => {
    const fake = await startFakeApi((request) => {
      if (request.token === 'widget-1') throw appError('UNAUTHORIZED', 'token_expired');
      return seqs(1, 2);
    });
    cleanups.push(() => fake.close());
    let minted = 1;
    const got: number[] = [];
    clientFor(fake.url, { widgetToken: 'widget-1', refreshWidgetToken: async () => `widget-${++minted}` })
      .ecosystem('eco')
      .events.subscribe({ fromSeq: 0, onEvent: (e) => got.push(e.seq) });
    await until(() => got.length === 2, 'events after the renewal');
    expect(fake.requests.map((r) => r.token)).toEqual(['widget-1', 'widget-2']);
    expect(fake.refreshes()).toBe(0);
  });

  it('ends with onError and status closed when the server refuses for good (no access)', async () => {
    const fake = await startFakeApi(() => {
      throw appError('NOT_FOUND', 'ecosystem_not_found');
    });
    cleanups.push(() => fake.close());
    const errors: Array<{ code: string; retryable: boolean }> = [];
    const statuses: string[] = [];
    clientFor(fake.url, { apiKey: 'k' })
      .ecosystem('eco')
      .events.subscribe({
        fromSeq: 0,
        onEvent: () => undefined,
        onError: (e) => errors.push({ code: e.code, retryable: e.retryable }),
        onStatus: (s) => statuses.push(s),
      });
    await until(() => errors.length === 1, 'the error');
    expect(errors).toEqual([{ code: 'ecosystem_not_found', retryable: false }]);
    expect(statuses.at(-1)).toBe('closed');
    expect(fake.requests).toHaveLength(1);
  });

  it('sends an API key as the bearer token over HTTP and as connectionParams.token over the WebSocket', async () => {
    const fake = await startFakeApi(() => seqs());
    cleanups.push(() => fake.close());
    const client = clientFor(fake.url, { apiKey: 'ens_sk_test' });
    let opened = false;
    // No fromSeq: the SDK reads the current seq over HTTP first, then subscribes over the WebSocket.
    client.ecosystem('eco').events.subscribe({
      onEvent: () => undefined,
      onStatus: (s) => {
        opened ||= s === 'open';
      },
    });
    await until(() => opened, 'the subscription to open');
    expect(fake.tokens).toEqual(['ens_sk_test', 'ens_sk_test']);
    expect(fake.requests.map((r) => [r.token, r.lastEventId])).toEqual([['ens_sk_test', '0']]);
  });

  it('sends a widget token the same way', async () => {
    const fake = await startFakeApi(() => seqs(1));
    cleanups.push(() => fake.close());
    const got: EcosystemEvent[] = [];
    clientFor(fake.url, { widgetToken: 'ens_wt_test' })
      .ecosystem('eco')
      .events.subscribe({ onEvent: (e) => got.push(e) });
    await until(() => got.length === 1, 'the event');
    expect(fake.tokens).toEqual(['ens_wt_test', 'ens_wt_test']);
  });
});
