import type { EcosystemEvent } from '@ensemble/core';
import { afterAll, describe, expect, it } from 'vitest';
import { storedEvents } from './event-watchers.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { makeClient, signUp, startApi, type ApiClient, type RunningApi } from '../testing/harness.ts';

let api: RunningApi | null = null;
afterAll(async () => {
  await api?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function turnNumbers(events: EcosystemEvent[], scenarioId: string): number[] {
  return events
    .filter((e) => e.type === 'scenario_turn' && e.data['scenario_id'] === scenarioId)
    .map((e) => e.data['turn'] as number);
}

async function waitForTurns(
  client: ApiClient,
  ecosystemId: string,
  scenarioId: string,
  atLeast: number,
): Promise<number[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const turns = turnNumbers(await storedEvents(client, ecosystemId), scenarioId);
    if (turns.length >= atLeast) return turns;
    if (Date.now() > deadline) throw new Error(`only ${turns.length} turns were played`);
    await sleep(200);
  }
}

describe('a running scenario across a crash', () => {
  it('continues after SIGKILL and restart from its stored turn: turn numbers strictly increase, none repeated', async () => {
    api = await startApi();
    const owner = await signUp(api.url, 'survivor');
    const eco = await owner.client.ecosystems.create.mutate({ name: 'Crash site' });
    const people = [];
    for (const [i, name] of ['Ada', 'Bo', 'Cy', 'Di', 'Ed'].entries()) {
      people.push(
        await owner.client.characters.create.mutate({ ecosystemId: eco.id, name, personality: i % 2 ? PRICKLY : WARM }),
      );
    }
    const scenario = await owner.client.scenarios.create.mutate({
      ecosystemId: eco.id,
      title: 'Long night',
      participantIds: people.map((p) => p.id),
      speed: 60,
      durationMinutes: 120,
      seed: 5,
    });
    const before = await waitForTurns(owner.client, eco.id, scenario.id, 3);
    owner.close();

    await api.kill();
    api = await api.restart();
    const session = await makeClient(api.url, null, { transport: 'http' }).client.auth.login.mutate({
      email: owner.session.user.email,
      password: 'a good password',
    });
    const { client, close } = makeClient(api.url, session.accessToken, { transport: 'http' });
    const killedAt = turnNumbers(await storedEvents(client, eco.id), scenario.id);
    expect(killedAt.length).toBeGreaterThanOrEqual(before.length);

    const after = await waitForTurns(client, eco.id, scenario.id, killedAt.length + 3);
    expect(after).toEqual(after.map((_, i) => i + 1));
    const stored = await client.scenarios.get.query({ id: scenario.id });
    expect(stored.status).toBe('running');
    expect(stored.turn).toBeGreaterThanOrEqual(after.length);
    await client.scenarios.end.mutate({ id: scenario.id });
    close();
  });
});
