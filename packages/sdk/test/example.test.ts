/** examples/relationship-watcher.ts, run as a separate process against a real API, as a third party would. */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEventOfType, type EnsembleClient } from '../src/index.ts';
import {
  PASSWORD,
  loggedEvents,
  sdkClient,
  stageEcosystem,
  startTestApi,
  until,
  uniqueEmail,
  type RunningApi,
} from './support/api.ts';
import { finished, runScript } from './support/run-script.ts';

const WATCHER = resolve(import.meta.dirname, '../examples/relationship-watcher.ts');

let api: RunningApi;
let client: EnsembleClient;
const email = uniqueEmail('watcher');
beforeAll(async () => {
  api = await startTestApi();
  client = sdkClient(api.url);
  await client.auth.register({ email, password: PASSWORD });
});
afterAll(async () => {
  client?.close();
  await api?.stop();
});

describe('examples/relationship-watcher.ts', () => {
  it('prints each relationship change once, as it happens, with names and the change, and exits cleanly on SIGINT', async () => {
    const { ecosystem, handle, people } = await stageEcosystem(client, 'Watched');
    const watcher = runScript(WATCHER, [ecosystem.id], {
      ENSEMBLE_URL: api.url,
      ENSEMBLE_EMAIL: email,
      ENSEMBLE_PASSWORD: PASSWORD,
    });
    try {
      await until(
        () => watcher.stderr().includes('[open]'),
        `the watcher to connect (stderr: ${watcher.stderr()})`,
        60_000,
      );
      for (const [a, b] of [
        [0, 1],
        [2, 3],
        [1, 2],
      ] as const) {
        await handle.interact({
          initiatorId: people[a]!.id,
          targetId: people[b]!.id,
          type: 'chat',
          content: 'Lovely weather.',
        });
      }
      const names = new Map(people.map((p) => [p.id, p.name]));
      const expected = (await loggedEvents(client, ecosystem.id)).flatMap((event) => {
        if (!isEventOfType(event, 'relationship_changed')) return [];
        const d = event.data;
        const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(2)}`;
        return [
          `#${event.seq} ${names.get(d.from_id)} → ${names.get(d.to_id)}: ${d.label}, strength ${d.strength.toFixed(2)} ` +
            `(${signed(d.strength_delta)}), trust ${d.trust.toFixed(2)} (${signed(d.trust_delta)})`,
        ];
      });
      expect(expected).toHaveLength(6);
      await until(() => watcher.stdout().trim().split('\n').length >= expected.length, 'six lines from the watcher');
      expect(watcher.stdout().trim().split('\n')).toEqual(expected);
    } finally {
      watcher.child.kill('SIGINT');
    }
    expect(await finished(watcher, 15_000)).toBe(0);
  });
});
