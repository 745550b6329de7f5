import type { EcosystemEvent } from '@ensemble/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICKLY, WARM } from './fixtures.ts';
import { signUp, startApi, type ApiClient, type RunningApi } from '../testing/harness.ts';

let api: RunningApi;
let client: ApiClient;
let close: () => void;
beforeAll(async () => {
  api = await startApi();
  ({ client, close } = await signUp(api.url, 'conversations'));
}, 120_000);
afterAll(async () => {
  close?.();
  await api?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describe('conversations over the API', () => {
  it('answers a participant on the topic asked about, and streams objective progress and completion', async () => {
    const eco = await client.ecosystems.create.mutate({ name: 'Festival of Tides' });
    const people = [];
    for (const [i, name] of ['Wen', 'Ada', 'Bo', 'Cy'].entries()) {
      people.push(
        await client.characters.create.mutate({ ecosystemId: eco.id, name, personality: i % 2 ? PRICKLY : WARM }),
      );
    }
    const events: EcosystemEvent[] = [];
    let onStarted!: () => void;
    const started = new Promise<void>((resolve) => {
      onStarted = resolve;
    });
    const sub = client.events.onEvent.subscribe(
      { ecosystemId: eco.id },
      {
        onStarted: () => onStarted(),
        onData: (t) => {
          events.push(t.data as unknown as EcosystemEvent);
        },
      },
    );
    await started;

    const scenario = await client.scenarios.create.mutate({
      ecosystemId: eco.id,
      title: 'Festival of Tides',
      setting: 'the harbour quay at dusk',
      mood: 'festive',
      objectives: ['finish the festival lanterns'],
      endWhenObjectivesDone: true,
      participantIds: people.map((p) => p.id),
      durationMinutes: 60,
      speed: 60,
      seed: 7,
    });
    expect(scenario.objectives).toEqual([
      { id: 'o1', text: 'finish the festival lanterns', state: 'open', progress: 0 },
    ]);

    const reply = await client.scenarios.intervene.mutate({
      scenarioId: scenario.id,
      message: 'Wen, did you take the lanterns?',
      targetCharacterId: people[0]!.id,
    });
    expect(reply.responses).toHaveLength(1);
    expect(reply.responses[0]!.response.toLowerCase()).toContain('lanterns');

    await until(() => events.some((e) => e.type === 'objective_progressed'), 'objective progress');
    const progressed = events.find((e) => e.type === 'objective_progressed')!;
    expect(progressed.data).toMatchObject({
      scenario_id: scenario.id,
      objective_id: 'o1',
      text: 'finish the festival lanterns',
    });
    // The person pitches in too: accepted proposals about the objective move it most.
    for (let i = 0; i < 12 && !events.some((e) => e.type === 'objective_completed'); i++) {
      await client.scenarios.intervene.mutate({
        scenarioId: scenario.id,
        message: "Let's finish the festival lanterns together.",
      });
      await sleep(300);
    }
    await until(() => events.some((e) => e.type === 'objective_completed'), 'objective completion');
    await until(() => events.some((e) => e.type === 'scenario_ended'), 'the scenario ending');
    const ended = await client.scenarios.get.query({ id: scenario.id });
    expect(ended).toMatchObject({ status: 'ended', endReason: 'objectives_done' });
    expect(ended.objectives[0]).toMatchObject({ state: 'done', progress: 1 });
    const line = events.find((e) => e.type === 'character_interaction' && Array.isArray(e.data['lines']));
    expect(line?.data).toMatchObject({
      conversation_id: expect.any(String),
      lines: expect.arrayContaining([
        expect.objectContaining({ act: expect.any(String), topic: expect.any(String), text: expect.any(String) }),
      ]),
    });
    sub.unsubscribe();
  }, 120_000);
});
