import type { EcosystemEvent } from '@ensemble/core';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { AppRouter } from '../src/router.ts';
import { storedEvents } from './event-watchers.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { errorOf, signUp, startApi, type ApiClient, type RunningApi } from '../testing/harness.ts';

let api: RunningApi;
let client: ApiClient;
let token: string;
let close: () => void;
beforeAll(async () => {
  api = await startApi();
  const signed = await signUp(api.url, 'watcher');
  ({ client, close } = signed);
  token = signed.session.accessToken;
}, 120_000);
afterAll(async () => {
  close?.();
  await api?.stop();
});

/** A ws-only client whose raw socket the test can reach, to drop it like a network failure would. */
function wsClientFor(accessToken: string) {
  const ws = createWSClient({
    url: api.wsUrl,
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    connectionParams: { token: accessToken },
    retryDelayMs: () => 50,
  });
  return { ws, trpc: createTRPCClient<AppRouter>({ links: [wsLink<AppRouter>({ client: ws })] }) };
}

type Procedure = 'onEvent' | 'onEventRuns';

/**
 * Subscribes with `events.onEvent` (a message per event) or `events.onEventRuns` (a message per run) and
 * collects the events; `ids` are the tracked ids, `lastOfMessage` the seq of each message's last event.
 * `started` resolves once the server has accepted the subscription.
 */
function watch(
  trpc: ReturnType<typeof wsClientFor>['trpc'],
  ecosystemId: string,
  lastEventId?: string,
  procedure: Procedure = 'onEvent',
) {
  const received: EcosystemEvent[] = [];
  const ids: string[] = [];
  const lastOfMessage: string[] = [];
  let error: unknown = null;
  let onStarted!: () => void;
  const started = new Promise<void>((resolve) => {
    onStarted = resolve;
  });
  const take = (id: string, events: EcosystemEvent[]) => {
    ids.push(id);
    received.push(...events);
    lastOfMessage.push(String(events.at(-1)?.seq));
  };
  const handlers = {
    onStarted: () => onStarted(),
    onError: (e: unknown) => {
      error = e;
      onStarted();
    },
  };
  const subscription =
    procedure === 'onEvent'
      ? trpc.events.onEvent.subscribe(
          { ecosystemId, lastEventId },
          {
            ...handlers,
            onData: (tracked) => take(tracked.id, [tracked.data as unknown as EcosystemEvent]),
          },
        )
      : trpc.events.onEventRuns.subscribe(
          { ecosystemId, lastEventId },
          {
            ...handlers,
            onData: (tracked) => take(tracked.id, tracked.data as unknown as EcosystemEvent[]),
          },
        );
  return { received, ids, lastOfMessage, started, subscription, error: () => error };
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function stage(name: string) {
  const eco = await client.ecosystems.create.mutate({ name });
  const people = [];
  for (const [i, person] of ['Ada', 'Bo', 'Cy', 'Di'].entries()) {
    people.push(
      await client.characters.create.mutate({ ecosystemId: eco.id, name: person, personality: i % 2 ? PRICKLY : WARM }),
    );
  }
  return { eco, people };
}

/** Interactions between distinct pairs (each pair once, so the pair cooldown never refuses one). */
async function interact(people: { id: string }[], pairs: Array<[number, number]>) {
  for (const [a, b] of pairs) {
    const result = await client.interactions.create.mutate({
      initiatorId: people[a]!.id,
      targetId: people[b]!.id,
      type: 'chat',
      content: `Hello from ${a} to ${b}`,
    });
    expect(result.success).toBe(true);
  }
}

describe.each(['onEvent', 'onEventRuns'] as const)('live events over tRPC WebSocket: events.%s', (procedure) => {
  it('delivers the events of interactions posted over HTTP, and resumes after a closed client with lastEventId: each once, in order', async () => {
    const { eco, people } = await stage('Live one');
    const atSubscribe = (await storedEvents(client, eco.id)).at(-1)!.seq;
    const first = wsClientFor(token);
    const a = watch(first.trpc, eco.id, undefined, procedure);
    await a.started;
    await interact(people, [
      [0, 1],
      [1, 2],
    ]);
    const newSinceSubscribe = (await storedEvents(client, eco.id)).filter((e) => e.seq > atSubscribe);
    await until(() => a.received.length === newSinceSubscribe.length, 'the first live events');
    expect(a.received.map((e) => e.seq)).toEqual(newSinceSubscribe.map((e) => e.seq));
    expect(a.received.some((e) => e.type === 'character_interaction')).toBe(true);
    // Each message is tracked by the seq of its last event, which is what a client resumes from.
    expect(a.ids).toEqual(a.lastOfMessage);
    if (procedure === 'onEventRuns') {
      // An exchange's events arrive together: fewer messages than events.
      expect(a.ids.length).toBeLessThan(a.received.length);
    }

    a.subscription.unsubscribe();
    await first.ws.close();
    // Committed while nobody listens.
    await interact(people, [
      [2, 3],
      [3, 0],
    ]);

    const second = wsClientFor(token);
    const b = watch(second.trpc, eco.id, a.ids.at(-1), procedure);
    await b.started;
    await interact(people, [[0, 2]]);
    const all = await storedEvents(client, eco.id);
    const expected = all.filter((e) => e.seq > a.received.at(-1)!.seq);
    await until(() => b.received.length >= expected.length, 'the resumed events');
    await new Promise((r) => setTimeout(r, 200));
    const seen = [...a.received, ...b.received];
    const wanted = all.filter((e) => e.seq > atSubscribe);
    expect(b.received.length).toBeGreaterThan(0);
    expect(seen.map((e) => e.seq)).toEqual(wanted.map((e) => e.seq));
    expect(seen.map((e) => e.id)).toEqual(wanted.map((e) => e.id));
    b.subscription.unsubscribe();
    await second.ws.close();
  });

  it('resumes by itself after the socket drops mid-stream, with nothing lost or repeated', async () => {
    const { eco, people } = await stage('Live two');
    const { ws, trpc } = wsClientFor(token);
    const w = watch(trpc, eco.id, undefined, procedure);
    await w.started;
    await interact(people, [[0, 1]]);
    const before = await storedEvents(client, eco.id);
    await until(() => w.received.at(-1)?.seq === before.at(-1)!.seq, 'events before the drop');

    const dropped = ws.connection!;
    (dropped.ws as unknown as WebSocket).terminate();
    await interact(people, [
      [1, 2],
      [2, 3],
    ]);
    await interact(people, [[3, 0]]);
    const all = await storedEvents(client, eco.id);
    await until(() => w.received.at(-1)?.seq === all.at(-1)!.seq, 'events after the reconnect');
    expect(ws.connection!.id).not.toBe(dropped.id);
    const firstSeen = w.received[0]!.seq;
    expect(w.received.map((e) => e.seq)).toEqual(all.filter((e) => e.seq >= firstSeen).map((e) => e.seq));
    w.subscription.unsubscribe();
    await ws.close();
  });

  it('replays the whole history when lastEventId is "0"', async () => {
    const { eco, people } = await stage('Live three');
    await interact(people, [[0, 1]]);
    const all = await storedEvents(client, eco.id);
    const { ws, trpc } = wsClientFor(token);
    const w = watch(trpc, eco.id, '0', procedure);
    await until(() => w.received.length === all.length, 'the replay');
    expect(w.received.map((e) => e.id)).toEqual(all.map((e) => e.id));
    w.subscription.unsubscribe();
    await ws.close();
  });
});

describe('live events over tRPC WebSocket: refusals', () => {
  it("refuses to stream another user's ecosystem before sending any event", async () => {
    const { eco, people } = await stage('Private');
    const intruder = await signUp(api.url, 'intruder');
    const { ws, trpc } = wsClientFor(intruder.session.accessToken);
    const w = watch(trpc, eco.id, '0');
    await w.started;
    await until(() => w.error() !== null, 'the refusal');
    await interact(people, [[0, 1]]);
    await new Promise((r) => setTimeout(r, 200));
    expect(w.received).toEqual([]);
    expect((w.error() as { data?: { appCode?: string } }).data?.appCode).toBe('ecosystem_not_found');
    intruder.close();
    await ws.close();

    const listed = await errorOf(intruder.client.events.list.query({ ecosystemId: eco.id }));
    expect(listed.data.appCode).toBe('ecosystem_not_found');
  });

  it('refuses an anonymous subscriber', async () => {
    const { eco } = await stage('Anonymous');
    const ws = createWSClient({ url: api.wsUrl, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
    const trpc = createTRPCClient<AppRouter>({ links: [wsLink<AppRouter>({ client: ws })] });
    const w = watch(trpc, eco.id, '0');
    await until(() => w.error() !== null, 'the refusal');
    expect(w.received).toEqual([]);
    expect((w.error() as { data?: { code?: string } }).data?.code).toBe('UNAUTHORIZED');
    await ws.close();
  });
});
