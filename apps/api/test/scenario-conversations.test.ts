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

  it("puts a person's messages in a conversation (conversation_id on user_intervention) and keeps them there until it closes", async () => {
    const eco = await client.ecosystems.create.mutate({ name: 'Quay at dusk' });
    const people = [];
    for (const [i, name] of ['Wen', 'Ada', 'Bo', 'Cy', 'Dee'].entries()) {
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
      { onStarted: () => onStarted(), onData: (t) => void events.push(t.data as unknown as EcosystemEvent) },
    );
    await started;
    const scenario = await client.scenarios.create.mutate({
      ecosystemId: eco.id,
      title: 'Quay at dusk',
      setting: 'the harbour quay at dusk',
      mood: 'calm',
      participantIds: people.map((p) => p.id),
      durationMinutes: 60,
      speed: 60,
      seed: 5,
    });
    await client.scenarios.pause.mutate({ id: scenario.id });

    // To Wen: the message opens a conversation with Wen, and the person is in it.
    const first = await client.scenarios.intervene.mutate({
      scenarioId: scenario.id,
      userName: 'Sam',
      message: 'Wen, how is the food tonight?',
      targetCharacterId: people[0]!.id,
    });
    const joined = first.conversationId;
    expect(joined).toEqual(expect.any(String));
    const paused = await client.scenarios.get.query({ id: scenario.id });
    expect(paused.conversations?.find((c) => c.id === joined)).toMatchObject({
      participantIds: [people[0]!.id],
      userNames: ['Sam'],
    });
    // To everyone: it goes to the conversation Sam is in and is answered from it (Wen), not from the others.
    const second = await client.scenarios.intervene.mutate({
      scenarioId: scenario.id,
      userName: 'Sam',
      message: 'What do you all think of it?',
    });
    expect(second.conversationId).toBe(joined);
    expect(second.responses.map((r) => r.characterId)).toEqual([people[0]!.id]);
    await until(() => events.filter((e) => e.type === 'user_intervention').length === 2, 'both interventions');
    for (const e of events.filter((e) => e.type === 'user_intervention')) {
      expect(e.data).toMatchObject({ conversation_id: joined, user_name: 'Sam', topic: expect.any(String) });
    }
    const transcript = await client.scenarios.transcript.query({ id: scenario.id });
    const sams = transcript.lines.filter((l) => l.kind === 'user' || l.kind === 'user_reply');
    expect(sams.map((l) => l.conversationId)).toEqual([joined, joined, joined, joined]);

    // Running again, a nearby character joins Sam and Wen; the conversation goes on until it closes.
    await client.scenarios.resume.mutate({ id: scenario.id });
    const turnIn = (e: EcosystemEvent) => e.type === 'character_interaction' && e.data['conversation_id'] === joined;
    await until(() => events.some(turnIn), 'a turn in the conversation Sam is in');
    const closedIn = (e: EcosystemEvent) =>
      e.type === 'scenario_turn' &&
      Array.isArray(e.data['conversations_closed']) &&
      (e.data['conversations_closed'] as { conversation_id: string }[]).some((c) => c.conversation_id === joined);
    await until(() => events.some(closedIn), 'the conversation closing', 90_000);
    // Closed: Sam is in no conversation now, so a message to everyone opens another.
    const third = await client.scenarios.intervene.mutate({
      scenarioId: scenario.id,
      userName: 'Sam',
      message: 'Hello everyone!',
    });
    expect(third.conversationId).not.toBe(joined);
    await client.scenarios.end.mutate({ id: scenario.id });
    sub.unsubscribe();
  }, 150_000);
});
