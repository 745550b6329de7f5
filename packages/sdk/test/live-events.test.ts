/** Live events through the SDK against a real API: subscribe, stream, statuses, resume from a seq, errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEnsembleClient,
  isEventOfType,
  type ConnectionStatus,
  type EcosystemEvent,
  type EnsembleClient,
  type EnsembleError,
} from '../src/index.ts';
import {
  distinctPairs,
  loggedEvents,
  signedInClient,
  sleep,
  stageEcosystem,
  startTestApi,
  until,
  type RunningApi,
} from './support/api.ts';

let api: RunningApi;
let client: EnsembleClient;
beforeAll(async () => {
  api = await startTestApi();
  client = await signedInClient(api.url, 'live');
});
afterAll(async () => {
  client?.close();
  await api?.stop();
});

async function interactAll(
  handle: ReturnType<EnsembleClient['ecosystem']>,
  people: Array<{ id: string }>,
  pairs: Array<[number, number]>,
) {
  for (const [a, b] of pairs) {
    const result = await handle.interact({
      initiatorId: people[a]!.id,
      targetId: people[b]!.id,
      type: 'chat',
      content: `Hello ${b}`,
    });
    expect(result.success).toBe(true);
  }
}

describe('events.subscribe', () => {
  it('without fromSeq delivers only what happens from now on, in seq order, and reports connecting then open', async () => {
    const { handle, people, ecosystem } = await stageEcosystem(client, 'From now');
    const before = (await client.ecosystems.get(ecosystem.id)).lastSeq;
    const received: EcosystemEvent[] = [];
    const statuses: ConnectionStatus[] = [];
    const subscription = handle.events.subscribe({
      onEvent: (e) => received.push(e),
      onStatus: (s) => statuses.push(s),
    });
    await until(() => statuses.includes('open'), 'open');
    await interactAll(handle, people, distinctPairs(3));
    const log = await loggedEvents(client, ecosystem.id);
    await until(() => received.at(-1)?.seq === log.at(-1)!.seq, 'the new events');
    expect(received.map((e) => e.seq)).toEqual(log.filter((e) => e.seq > before).map((e) => e.seq));
    expect(received.filter((e) => e.type === 'character_interaction')).toHaveLength(3);
    expect(subscription.lastSeq()).toBe(log.at(-1)!.seq);
    expect(statuses).toEqual(['connecting', 'open']);
    expect(client.status).toBe('open');
    subscription.unsubscribe();
    expect(statuses.at(-1)).toBe('closed');
  });

  it('with fromSeq: 0 replays the whole history first; with fromSeq: n resumes right after n', async () => {
    const { handle, people, ecosystem } = await stageEcosystem(client, 'Replay');
    await interactAll(handle, people, [[0, 1]]);
    const log = await loggedEvents(client, ecosystem.id);
    const all: EcosystemEvent[] = [];
    const everything = handle.events.subscribe({ fromSeq: 0, onEvent: (e) => all.push(e) });
    const resumed: EcosystemEvent[] = [];
    const fromFive = handle.events.subscribe({ fromSeq: 5, onEvent: (e) => resumed.push(e) });
    await until(() => all.length === log.length && resumed.length === log.length - 5, 'the replays');
    expect(all.map((e) => e.id)).toEqual(log.map((e) => e.id));
    expect(resumed.map((e) => e.seq)).toEqual(log.slice(5).map((e) => e.seq));
    everything.unsubscribe();
    fromFive.unsubscribe();
  });

  it('stops delivering after unsubscribe', async () => {
    const { handle, people } = await stageEcosystem(client, 'Stop');
    const received: EcosystemEvent[] = [];
    const subscription = handle.events.subscribe({ fromSeq: 0, onEvent: (e) => received.push(e) });
    await until(() => received.length === 4, 'the four character_created events');
    subscription.unsubscribe();
    await interactAll(handle, people, [[0, 1]]);
    await sleep(500);
    expect(received).toHaveLength(4);
  });

  it('events narrow by type with isEventOfType, carrying the documented data', async () => {
    const { handle, people } = await stageEcosystem(client, 'Typed');
    const changes: Array<{ from: string; to: string; label: string }> = [];
    const subscription = handle.events.subscribe({
      fromSeq: 0,
      onEvent: (e) => {
        if (isEventOfType(e, 'relationship_changed'))
          changes.push({ from: e.data.from_id, to: e.data.to_id, label: e.data.label });
      },
    });
    await interactAll(handle, people, [[0, 1]]);
    await until(() => changes.length === 2, 'both directions');
    expect(changes.map((c) => `${c.from}>${c.to}`).sort()).toEqual(
      [`${people[0]!.id}>${people[1]!.id}`, `${people[1]!.id}>${people[0]!.id}`].sort(),
    );
    subscription.unsubscribe();
  });

  it("ends with onError('ecosystem_not_found') and status closed for an ecosystem the user cannot see", async () => {
    const errors: EnsembleError[] = [];
    const statuses: ConnectionStatus[] = [];
    handle404().events.subscribe({
      fromSeq: 0,
      onEvent: () => undefined,
      onError: (e) => errors.push(e),
      onStatus: (s) => statuses.push(s),
    });
    await until(() => errors.length === 1, 'the error');
    expect(errors[0]).toMatchObject({ name: 'EnsembleError', code: 'ecosystem_not_found', retryable: false });
    expect(statuses.at(-1)).toBe('closed');
  });

  // Node 22+ has a WebSocket of its own; this is what a Node 20 user who forgot `ws` sees.
  it.skipIf(typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function')(
    "without a WebSocket implementation, ends with onError('websocket_unavailable') naming the fix",
    async () => {
      const bare = createEnsembleClient({ url: api.url, WebSocket: undefined });
      const errors: EnsembleError[] = [];
      bare.ecosystem('any').events.subscribe({ fromSeq: 0, onEvent: () => undefined, onError: (e) => errors.push(e) });
      await until(() => errors.length === 1, 'the error');
      expect(errors[0]).toMatchObject({ code: 'websocket_unavailable', retryable: false });
      expect(errors[0]!.message).toContain("'ws'");
      bare.close();
    },
  );
});

function handle404() {
  return client.ecosystem('00000000-0000-0000-0000-000000000000');
}

describe('events.stream', () => {
  it('iterates the same events with for await, and ends cleanly on break', async () => {
    const { handle, people, ecosystem } = await stageEcosystem(client, 'Stream');
    await interactAll(handle, people, [[0, 1]]);
    const log = await loggedEvents(client, ecosystem.id);
    const seen: number[] = [];
    for await (const event of handle.events.stream({ fromSeq: 0 })) {
      seen.push(event.seq);
      if (seen.length === log.length) break;
    }
    expect(seen).toEqual(log.map((e) => e.seq));
  });

  it('ends without an error when its AbortSignal fires', async () => {
    const { handle } = await stageEcosystem(client, 'Abort');
    const controller = new AbortController();
    const seen: number[] = [];
    setTimeout(() => controller.abort(), 1_500);
    for await (const event of handle.events.stream({ fromSeq: 0, signal: controller.signal })) seen.push(event.seq);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('throws the EnsembleError that ended the subscription', async () => {
    const error = await (async () => {
      for await (const event of handle404().events.stream({ fromSeq: 0 })) void event;
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'EnsembleError', code: 'ecosystem_not_found' });
  });
});

describe('client.trpc', () => {
  it('is the typed tRPC client itself, subscriptions included, authenticated like the client', async () => {
    const { ecosystem } = await stageEcosystem(client, 'Escape hatch');
    const seqs: number[] = [];
    const subscription = client.trpc.events.onEvent.subscribe(
      { ecosystemId: ecosystem.id, lastEventId: '0' },
      {
        onData: (tracked) => seqs.push(tracked.data.seq),
      },
    );
    await until(() => seqs.length === 4, 'the history over the escape hatch');
    expect(seqs).toEqual([1, 2, 3, 4]);
    expect((await client.trpc.ecosystems.get.query({ id: ecosystem.id })).lastSeq).toBe(4);
    subscription.unsubscribe();
  });
});

describe('client.close', () => {
  it('closes live subscriptions and refuses later calls', async () => {
    const own = await signedInClient(api.url, 'closer');
    const { handle } = await stageEcosystem(own, 'Closing');
    const statuses: ConnectionStatus[] = [];
    const clientStatuses: ConnectionStatus[] = [];
    own.onStatus((s) => clientStatuses.push(s));
    handle.events.subscribe({ fromSeq: 0, onEvent: () => undefined, onStatus: (s) => statuses.push(s) });
    await until(() => statuses.includes('open'), 'open');
    own.close();
    expect(statuses.at(-1)).toBe('closed');
    expect(own.status).toBe('closed');
    expect(clientStatuses).toEqual(['connecting', 'open', 'closed']);
    await expect(own.ecosystems.list()).rejects.toMatchObject({ code: 'client_closed' });
  });
});
