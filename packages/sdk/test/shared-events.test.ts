/**
 * One server subscription per ecosystem per client: every listener shares it, each from its own resume
 * position. The server's own count (`ensemble_event_subscriptions_open` at /metrics) is the witness.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionStatus, EcosystemEvent, EnsembleClient } from '../src/index.ts';
import { signedInClient, stageEcosystem, startTestApi, until, type RunningApi } from './support/api.ts';

let api: RunningApi;
let client: EnsembleClient;
beforeAll(async () => {
  api = await startTestApi();
  client = await signedInClient(api.url, 'shared');
});
afterAll(async () => {
  client?.close();
  await api?.stop();
});

/** Live event subscriptions the server is serving now. */
async function serverSubscriptions(): Promise<number> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('ensemble_event_subscriptions_open '));
  if (line === undefined) throw new Error('ensemble_event_subscriptions_open is not exported');
  return Number(line.split(' ')[1]);
}

async function settlesAt(count: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  let seen = await serverSubscriptions();
  while (seen !== count) {
    if (Date.now() > deadline) throw new Error(`server subscriptions stayed at ${seen}, expected ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = await serverSubscriptions();
  }
}

const seqs = (events: EcosystemEvent[]) => events.map((e) => e.seq);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('shared live events', () => {
  it('serves every listener of an ecosystem from one server subscription, each from its own fromSeq', async () => {
    const { ecosystem, handle, people } = await stageEcosystem(client, 'Shared');
    const start = (await client.ecosystems.get(ecosystem.id)).lastSeq;
    const baseline = await serverSubscriptions();

    const first: EcosystemEvent[] = [];
    const statuses: ConnectionStatus[] = [];
    const a = handle.events.subscribe({
      fromSeq: start,
      onEvent: (e) => first.push(e),
      onStatus: (s) => statuses.push(s),
    });
    await until(() => statuses.includes('open'), 'the shared stream opens');
    const played = await handle.interact({ initiatorId: people[0]!.id, targetId: people[1]!.id, type: 'chat' });
    expect(played.success).toBe(true);
    const afterFirst = (await client.ecosystems.get(ecosystem.id)).lastSeq;
    await until(() => first.at(-1)?.seq === afterFirst, 'the first listener sees the exchange');

    // A second listener, through another handle of the same client, resumes from 0: it is caught up from the
    // store and then follows the same stream; a third wants only what comes next.
    const second: EcosystemEvent[] = [];
    const third: EcosystemEvent[] = [];
    const secondStatuses: ConnectionStatus[] = [];
    const b = client
      .ecosystem(ecosystem.id)
      .events.subscribe({ fromSeq: 0, onEvent: (e) => second.push(e), onStatus: (s) => secondStatuses.push(s) });
    const c = client.ecosystem(ecosystem.id).events.subscribe({ onEvent: (e) => third.push(e) });
    expect(secondStatuses).toEqual(['open']);
    await until(() => second.at(-1)?.seq === afterFirst, 'the second listener catches up');
    await settlesAt(baseline + 1);

    expect((await handle.interact({ initiatorId: people[2]!.id, targetId: people[3]!.id, type: 'chat' })).success).toBe(
      true,
    );
    const end = (await client.ecosystems.get(ecosystem.id)).lastSeq;
    await until(
      () => first.at(-1)?.seq === end && second.at(-1)?.seq === end && third.at(-1)?.seq === end,
      'all see it',
    );
    expect(seqs(first)).toEqual(range(start + 1, end));
    expect(seqs(second)).toEqual(range(1, end));
    expect(seqs(third)).toEqual(range(afterFirst + 1, end));
    expect(b.lastSeq()).toBe(end);
    expect(await serverSubscriptions()).toBe(baseline + 1);

    // Leaving one listener keeps the stream for the others; the last one leaving closes it on the server.
    a.unsubscribe();
    expect(statuses.at(-1)).toBe('closed');
    b.unsubscribe();
    await settlesAt(baseline + 1);
    c.unsubscribe();
    await settlesAt(baseline);

    // A later listener opens a fresh stream and resumes where it asks.
    const later: EcosystemEvent[] = [];
    const d = handle.events.subscribe({ fromSeq: end - 2, onEvent: (e) => later.push(e) });
    await until(() => later.length === 2, 'a later listener resumes');
    expect(seqs(later)).toEqual([end - 1, end]);
    await settlesAt(baseline + 1);
    d.unsubscribe();
    await settlesAt(baseline);
  });

  it('gives each ecosystem its own stream', async () => {
    const one = await stageEcosystem(client, 'One');
    const two = await stageEcosystem(client, 'Two');
    const baseline = await serverSubscriptions();
    const subs = [
      one.handle.events.subscribe({ onEvent: () => undefined }),
      one.handle.events.subscribe({ onEvent: () => undefined }),
      two.handle.events.subscribe({ onEvent: () => undefined }),
    ];
    await settlesAt(baseline + 2);
    for (const s of subs) s.unsubscribe();
    await settlesAt(baseline);
  });
});
