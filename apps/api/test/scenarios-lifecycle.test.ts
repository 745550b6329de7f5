import type { EcosystemEvent } from '@ensemble/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICKLY, WARM } from './fixtures.ts';
import { errorOf, signUp, startApi, type ApiClient, type RunningApi } from '../testing/harness.ts';

let api: RunningApi;
let client: ApiClient;
let close: () => void;
beforeAll(async () => {
  api = await startApi();
  ({ client, close } = await signUp(api.url, 'director'));
}, 120_000);
afterAll(async () => {
  close?.();
  await api?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
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

/** Live events of one ecosystem, from the subscription. */
function follow(ecosystemId: string) {
  const events: EcosystemEvent[] = [];
  let onStarted!: () => void;
  const started = new Promise<void>((resolve) => {
    onStarted = resolve;
  });
  const sub = client.events.onEvent.subscribe(
    { ecosystemId },
    {
      onStarted: () => onStarted(),
      onData: (t) => {
        events.push(t.data as unknown as EcosystemEvent);
      },
    },
  );
  const turns = (scenarioId: string) =>
    events
      .filter((e) => e.type === 'scenario_turn' && e.data['scenario_id'] === scenarioId)
      .map((e) => e.data['turn'] as number);
  return { events, started, turns, stop: () => sub.unsubscribe() };
}

describe('scenarios over the API', () => {
  it('runs on its own, pauses (no turns), resumes, takes interventions and ends', async () => {
    const { eco, people } = await stage('Lifecycle');
    const live = follow(eco.id);
    await live.started;

    const scenario = await client.scenarios.create.mutate({
      ecosystemId: eco.id,
      title: 'Market day',
      setting: 'the square',
      mood: 'festive',
      objectives: ['sell the apples'],
      participantIds: people.map((p) => p.id),
      durationMinutes: 60,
      speed: 60,
      seed: 11,
    });
    expect(scenario).toMatchObject({ status: 'running', turn: 0, seed: 11 });
    await until(() => live.turns(scenario.id).length >= 2, 'two turns');
    expect(live.events.some((e) => e.type === 'scenario_started' && e.data['scenario_id'] === scenario.id)).toBe(true);
    expect(live.events.some((e) => e.type === 'character_interaction' && e.data['scenario_id'] === scenario.id)).toBe(
      true,
    );

    const paused = await client.scenarios.pause.mutate({ id: scenario.id });
    expect(paused.status).toBe('paused');
    await until(() => live.events.some((e) => e.type === 'scenario_paused'), 'the pause event');
    const turnsAtPause = live.turns(scenario.id).length;
    await sleep(2500);
    expect(live.turns(scenario.id).length).toBe(turnsAtPause);
    expect((await client.scenarios.get.query({ id: scenario.id })).turn).toBe(paused.turn);

    const resumed = await client.scenarios.resume.mutate({ id: scenario.id });
    expect(resumed.status).toBe('running');
    await until(() => live.turns(scenario.id).length >= turnsAtPause + 2, 'turns after resuming');

    const direct = await client.scenarios.intervene.mutate({
      scenarioId: scenario.id,
      message: 'Bo, what are you selling today?',
      targetCharacterId: people[1]!.id,
    });
    expect(direct.responses).toHaveLength(1);
    expect(direct.responses[0]).toMatchObject({ characterId: people[1]!.id, characterName: 'Bo' });
    expect(direct.responses[0]!.response.length).toBeGreaterThan(0);

    const toAll = await client.scenarios.intervene.mutate({
      scenarioId: scenario.id,
      message: 'Ada and Cy, come here please!',
    });
    expect(toAll.responses.map((r) => r.characterName).sort()).toEqual(['Ada', 'Cy']);
    await until(
      () => live.events.filter((e) => e.type === 'user_intervention').length === 2,
      'the intervention events',
    );

    const ended = await client.scenarios.end.mutate({ id: scenario.id });
    expect(ended).toMatchObject({ status: 'ended', endReason: 'user' });
    await until(() => live.events.some((e) => e.type === 'scenario_ended'), 'the end event');
    const turnsAtEnd = live.turns(scenario.id);
    await sleep(2000);
    expect(live.turns(scenario.id)).toEqual(turnsAtEnd);
    // Turn numbers count up from 1 with no repeat or gap, across pause, resume and interventions.
    expect(turnsAtEnd).toEqual(turnsAtEnd.map((_, i) => i + 1));

    const transcript = await client.scenarios.transcript.query({ id: scenario.id });
    const speakers = new Set(transcript.lines.map((l) => l.speakerName));
    expect(transcript.lines.some((l) => l.kind === 'user' && l.text === 'Bo, what are you selling today?')).toBe(true);
    expect([...speakers].some((name) => ['Ada', 'Bo', 'Cy', 'Di'].includes(name))).toBe(true);
    expect(transcript.lines.filter((l) => l.kind === 'opening').length).toBe(
      turnsAtEnd.length - skipped(live.events, scenario.id),
    );

    const listed = await client.scenarios.list.query({ ecosystemId: eco.id });
    expect(listed.map((s) => s.id)).toContain(scenario.id);
    await expect(client.scenarios.resume.mutate({ id: scenario.id })).rejects.toThrow();
    live.stop();
  });

  it('hides a scenario from another user and validates input', async () => {
    const { eco, people } = await stage('Guarded');
    const scenario = await client.scenarios.create.mutate({
      ecosystemId: eco.id,
      title: 'Quiet',
      participantIds: people.map((p) => p.id),
      speed: 1,
      seed: 1,
    });
    const other = await signUp(api.url, 'other');
    expect((await errorOf(other.client.scenarios.get.query({ id: scenario.id }))).data.appCode).toBe(
      'scenario_not_found',
    );
    expect((await errorOf(other.client.scenarios.pause.mutate({ id: scenario.id }))).data.appCode).toBe(
      'scenario_not_found',
    );
    expect(
      (await errorOf(other.client.scenarios.intervene.mutate({ scenarioId: scenario.id, message: 'hi' }))).data.appCode,
    ).toBe('scenario_not_found');
    expect(
      (await errorOf(other.client.scenarios.create.mutate({ ecosystemId: eco.id, title: 'Mine now' }))).data.appCode,
    ).toBe('ecosystem_not_found');
    other.close();

    const tooFast = await errorOf(client.scenarios.create.mutate({ ecosystemId: eco.id, title: 'Fast', speed: 1000 }));
    expect(tooFast.data.httpStatus).toBe(400);
    const strangers = await errorOf(
      client.scenarios.create.mutate({
        ecosystemId: eco.id,
        title: 'Nobody',
        participantIds: [people[0]!.id, 'not-a-character'],
      }),
    );
    expect(strangers.data.appCode).toBe('participant_not_found');
    await client.scenarios.end.mutate({ id: scenario.id });
  });
});

function skipped(events: EcosystemEvent[], scenarioId: string): number {
  return events.filter(
    (e) => e.type === 'scenario_turn' && e.data['scenario_id'] === scenarioId && e.data['skipped'] !== null,
  ).length;
}
