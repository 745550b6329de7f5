/**
 * Live events across a dropped connection, a server restart and a server crash: the events received
 * are exactly the events in the log, each once, in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionStatus, EcosystemEvent, EnsembleClient } from '../src/index.ts';
import { startDropProxy, type DropProxy } from './support/drop-proxy.ts';
import {
  loggedEvents,
  restartTestApi,
  sdkClient,
  stageEcosystem,
  startTestApi,
  until,
  uniqueEmail,
  PASSWORD,
  type RunningApi,
} from './support/api.ts';

/** A restart waits for a new API process, which can take minutes on a loaded machine. */
const RESTART_TEST_TIMEOUT_MS = 400_000;

let api: RunningApi;
let proxy: DropProxy;
let writer: EnsembleClient;
let watcher: EnsembleClient;
beforeAll(async () => {
  api = await startTestApi();
  proxy = await startDropProxy(Number(new URL(api.url).port));
  const email = uniqueEmail('resume');
  writer = sdkClient(api.url);
  await writer.auth.register({ email, password: PASSWORD });
  // The watcher reaches the API only through the proxy; the writer goes direct, so writes go on while the watcher is cut off.
  watcher = sdkClient(proxy.url, { auth: { email, password: PASSWORD } });
});
afterAll(async () => {
  watcher?.close();
  writer?.close();
  await proxy?.close();
  await api?.stop();
});

/** Watches an ecosystem from the start of its log, recording events and statuses. */
function watch(ecosystemId: string) {
  const received: EcosystemEvent[] = [];
  const statuses: ConnectionStatus[] = [];
  const errors: unknown[] = [];
  const subscription = watcher.ecosystem(ecosystemId).events.subscribe({
    fromSeq: 0,
    onEvent: (e) => received.push(e),
    onStatus: (s) => statuses.push(s),
    onError: (e) => errors.push(e),
  });
  return { received, statuses, errors, subscription };
}

/** `count` writes, each committing one event (a character's description changes). */
async function writeEvents(ecosystemId: string, characterId: string, count: number, label: string): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await writer.ecosystem(ecosystemId).characters.update(characterId, { description: `${label} ${i}` });
  }
}

async function expectExactlyTheLog(ecosystemId: string, received: EcosystemEvent[]): Promise<void> {
  const log = await loggedEvents(writer, ecosystemId);
  await until(() => received.at(-1)?.seq === log.at(-1)?.seq, 'the last logged event to arrive');
  await new Promise((r) => setTimeout(r, 300));
  expect(received.map((e) => e.seq)).toEqual(log.map((e) => e.seq));
  expect(received.map((e) => e.id)).toEqual(log.map((e) => e.id));
}

describe('resuming live events', () => {
  it('after the connection is cut server-side: nothing lost (including writes made while cut off), nothing twice', async () => {
    const { ecosystem, people } = await stageEcosystem(writer, 'Cut');
    const w = watch(ecosystem.id);
    await until(() => w.statuses.includes('open'), 'the subscription to open');
    await writeEvents(ecosystem.id, people[0]!.id, 5, 'before');
    await until(() => w.received.length >= 9, 'events before the cut');

    proxy.dropAll();
    await writeEvents(ecosystem.id, people[1]!.id, 5, 'while cut off');
    await until(() => w.statuses.lastIndexOf('open') > w.statuses.indexOf('reconnecting'), 'the watcher to reconnect');
    await writeEvents(ecosystem.id, people[2]!.id, 5, 'after');

    await expectExactlyTheLog(ecosystem.id, w.received);
    expect(w.statuses).toEqual(['connecting', 'open', 'reconnecting', 'open']);
    expect(w.errors).toEqual([]);
    w.subscription.unsubscribe();
  });

  it(
    'across a graceful API restart on the same data, with writes racing the reconnect',
    async () => {
      const { ecosystem, people } = await stageEcosystem(writer, 'Restart');
      const w = watch(ecosystem.id);
      await until(() => w.statuses.includes('open'), 'the subscription to open');
      await writeEvents(ecosystem.id, people[0]!.id, 5, 'before');

      api = await restartTestApi(api);
      // Written as soon as the new process listens: the watcher is likely still waiting to reconnect.
      await writeEvents(ecosystem.id, people[1]!.id, 5, 'right after the restart');
      await until(
        () => w.statuses.lastIndexOf('open') > w.statuses.indexOf('reconnecting'),
        'the watcher to reconnect',
      );
      await writeEvents(ecosystem.id, people[2]!.id, 5, 'after');

      await expectExactlyTheLog(ecosystem.id, w.received);
      expect(w.statuses.slice(0, 3)).toEqual(['connecting', 'open', 'reconnecting']);
      expect(w.statuses.at(-1)).toBe('open');
      expect(w.errors).toEqual([]);
      w.subscription.unsubscribe();
    },
    RESTART_TEST_TIMEOUT_MS,
  );

  it(
    'across a crash (SIGKILL) and a restart on the same data, including events committed just before the crash',
    async () => {
      const { ecosystem, people } = await stageEcosystem(writer, 'Crash');
      const w = watch(ecosystem.id);
      await until(() => w.statuses.includes('open'), 'the subscription to open');
      await writeEvents(ecosystem.id, people[0]!.id, 5, 'before');
      // Not awaited for delivery: some of these are committed but not yet pushed when the process dies.
      await writeEvents(ecosystem.id, people[1]!.id, 3, 'just before the crash');
      await api.kill();
      api = await restartTestApi(api);
      await writeEvents(ecosystem.id, people[2]!.id, 5, 'after the crash');

      await expectExactlyTheLog(ecosystem.id, w.received);
      expect(w.statuses).toContain('reconnecting');
      expect(w.statuses.at(-1)).toBe('open');
      expect(w.errors).toEqual([]);
      expect(watcher.status).toBe('open');
      w.subscription.unsubscribe();
    },
    RESTART_TEST_TIMEOUT_MS,
  );
});
