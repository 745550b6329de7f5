/**
 * Language-model dialogue end to end: the real API process talking to a fake OpenAI-compatible server
 * (testing/fake-llm-server.ts). Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startFakeLlm,
  type FakeBehaviour,
  type FakeLlmServer,
  type ReceivedRequest,
} from '../testing/fake-llm-server.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { signUp, startApi, type ApiClient, type RunningApi } from '../testing/harness.ts';
import { openStream, rest, until } from './rest-client.ts';

const KEY = 'sk-never-leaves-the-server';
const FIRST_TOKEN_MS = 3000;
const LINE_MS = 4000;

let llm: FakeLlmServer;
let api: RunningApi;
let client: ApiClient;
let token: string;
let close: () => void;

/** Per speaker: how the fake server answers the prompts of a character with this name. */
let bySpeaker: Record<string, () => FakeBehaviour> = {};
let otherwise: FakeBehaviour = { kind: 'line' };

function speakerOf(request: ReceivedRequest): string {
  return /^You are ([^.]+)\./m.exec(request.body.messages[1]?.content ?? '')?.[1] ?? '';
}

beforeAll(async () => {
  llm = await startFakeLlm();
  llm.behave((request) => bySpeaker[speakerOf(request)]?.() ?? otherwise);
  api = await startApi({
    env: {
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEY: KEY,
      LLM_MODEL: 'fake-model',
      LLM_FIRST_TOKEN_MS: String(FIRST_TOKEN_MS),
      LLM_LINE_MS: String(LINE_MS),
      LLM_CONCURRENCY: '8',
      LLM_BREAKER_FAILURES: '3',
      LLM_BREAKER_COOLDOWN_MS: '1500',
    },
  });
  const signed = await signUp(api.url, 'speaker');
  ({ client, close } = signed);
  token = signed.session.accessToken;
}, 180_000);
afterAll(async () => {
  close?.();
  await api?.stop();
  await llm?.close();
});
beforeEach(() => {
  bySpeaker = {};
  otherwise = { kind: 'line' };
});

async function ecosystem(names: string[], dialogue: { mode: 'llm' | 'template' } = { mode: 'llm' }) {
  const eco = (
    await rest<{ id: string; dialogue: unknown }>(api.url, 'POST', '/api/v1/ecosystems', {
      token,
      body: { name: `Stage ${names.join(' ')} ${Math.random()}`, dialogue },
    })
  ).body;
  const ids: Record<string, string> = {};
  for (const [i, name] of names.entries()) {
    ids[name] = (
      await client.characters.create.mutate({ ecosystemId: eco.id, name, personality: i % 2 ? PRICKLY : WARM })
    ).id;
  }
  return { eco, ids };
}

async function interactionEvent(ecosystemId: string, interactionId: string) {
  const { events } = await client.events.list.query({ ecosystemId, afterSeq: 0, limit: 500 });
  return events.find((e) => e.type === 'character_interaction' && e.data['interaction_id'] === interactionId)!;
}

describe('the dialogue setting', () => {
  it('is set on create (REST) and changed on update (tRPC), template by default', async () => {
    const { eco } = await ecosystem([], { mode: 'llm' });
    expect(eco.dialogue).toEqual({ mode: 'llm', model: null, tokensPerHour: null });
    const updated = await client.ecosystems.update.mutate({
      id: eco.id,
      dialogue: { mode: 'llm', model: 'llama3.2', tokensPerHour: 5000 },
    });
    expect(updated?.dialogue).toEqual({ mode: 'llm', model: 'llama3.2', tokensPerHour: 5000 });
    const plain = await client.ecosystems.create.mutate({ name: 'Plain' });
    expect(plain.dialogue).toEqual({ mode: 'template', model: null, tokensPerHour: null });
  });
});

describe('an exchange spoken by the model', () => {
  it("commits the model's lines with source llm, streaming deltas first; the log holds only committed lines", async () => {
    otherwise = { kind: 'line', line: 'The tide is turning, friend.', chunkDelayMs: 10 };
    const { eco, ids } = await ecosystem(['Ada', 'Bo']);
    const stream = openStream(api.url, eco.id, { token });
    await stream.ready;
    const before = llm.requests.length;
    const result = await client.interactions.create.mutate({
      initiatorId: ids['Ada']!,
      targetId: ids['Bo']!,
      type: 'chat',
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.interaction.content).toBe('The tide is turning, friend.');
    expect(result.response).toBe('The tide is turning, friend.');
    const event = await interactionEvent(eco.id, result.interaction.id);
    expect(event.data).toMatchObject({ content_source: 'llm', response_source: 'llm' });
    // The prompt went out with the key and the character's name; two lines, two requests.
    const sent = llm.requests.slice(before);
    expect(sent.map(speakerOf)).toEqual(['Ada', 'Bo']);
    expect(sent[0]!.headers['authorization']).toBe(`Bearer ${KEY}`);

    await until(() => stream.events().some((e) => e.type === 'character_interaction'), 'the committed line');
    const deltas = stream.messages.filter((m) => m.type === 'line_delta');
    const committedAt = stream.messages.findIndex((m) => m.type === 'character_interaction');
    expect(deltas.length).toBeGreaterThan(2);
    expect(stream.messages.indexOf(deltas.at(-1)!)).toBeLessThan(committedAt);
    const adaLine = deltas
      .filter((d) => d['speakerId'] === ids['Ada'])
      .map((d) => d['text'])
      .join('');
    expect(adaLine).toBe('The tide is turning, friend.');
    stream.close();

    // Nothing transient is stored: a client joining now replays committed events only.
    const late = openStream(api.url, eco.id, { token, lastEventId: 0 });
    await until(() => late.events().some((e) => e.type === 'character_interaction'), 'the replay');
    expect(late.messages.some((m) => m.type === 'line_delta')).toBe(false);
    expect(
      JSON.stringify(await client.events.list.query({ ecosystemId: eco.id, afterSeq: 0, limit: 500 })),
    ).not.toContain('line_delta');
    late.close();
  });

  it('falls back to template lines within the limit when the server fails, says so, and opens the breaker', async () => {
    otherwise = { kind: 'status', status: 500 };
    const { eco, ids } = await ecosystem(['Cy', 'Di', 'Ed']);
    const started = Date.now();
    const result = await client.interactions.create.mutate({
      initiatorId: ids['Cy']!,
      targetId: ids['Di']!,
      type: 'greeting',
    });
    expect(Date.now() - started).toBeLessThan(LINE_MS);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect((await interactionEvent(eco.id, result.interaction.id)).data).toMatchObject({
      content_source: 'template',
      response_source: 'template',
    });
    // Two failures so far; a third opens the breaker, which /health/ready reports.
    await client.interactions.create.mutate({
      initiatorId: ids['Di']!,
      targetId: ids['Ed']!,
      type: 'chat',
      content: 'Hi!',
    });
    const ready = (await (await fetch(`${api.url}/health/ready`)).json()) as Record<string, unknown>;
    expect(ready).toMatchObject({ status: 'degraded', checks: { language_model: 'error' }, llm: { breaker: 'open' } });
    expect(api.output()).not.toContain(KEY);
    otherwise = { kind: 'line' };
    await new Promise((r) => setTimeout(r, 1600));
    const after = (await (await fetch(`${api.url}/health/ready`)).json()) as Record<string, unknown>;
    expect(after).toMatchObject({ llm: { breaker: 'closed' } });
  });

  it('streams deltas to a tRPC subscriber (events.onLineDelta)', async () => {
    otherwise = { kind: 'line', line: 'Nets are mended, all of them.', chunkDelayMs: 5 };
    const { eco, ids } = await ecosystem(['Gus', 'Hild']);
    const pieces: { speakerId: string; text: string }[] = [];
    let started!: () => void;
    const ready = new Promise<void>((resolve) => {
      started = resolve;
    });
    const sub = client.events.onLineDelta.subscribe(
      { ecosystemId: eco.id },
      {
        onStarted: () => started(),
        onData: (d) => {
          pieces.push(d);
        },
      },
    );
    await ready;
    const result = await client.interactions.create.mutate({
      initiatorId: ids['Gus']!,
      targetId: ids['Hild']!,
      type: 'chat',
    });
    expect(result.success).toBe(true);
    await until(
      () =>
        pieces
          .filter((p) => p.speakerId === ids['Hild'])
          .map((p) => p.text)
          .join('') === 'Nets are mended, all of them.',
      'the deltas',
    );
    expect(
      pieces
        .filter((p) => p.speakerId === ids['Gus'])
        .map((p) => p.text)
        .join(''),
    ).toBe('Nets are mended, all of them.');
    sub.unsubscribe();
  });

  it('speaks scenario turns through the model', async () => {
    otherwise = { kind: 'line', line: 'To the lanterns!' };
    const { eco, ids } = await ecosystem(['Ina', 'Jay', 'Kai']);
    const scenario = await client.scenarios.create.mutate({
      ecosystemId: eco.id,
      title: 'Lantern night',
      participantIds: Object.values(ids),
      speed: 60,
      seed: 5,
      maxTurns: 2,
    });
    // Both turns played (a conversation turn need not be an exchange: it may close a conversation).
    let turns: { data: Record<string, unknown> }[] = [];
    await until(async () => {
      const { events } = await client.events.list.query({ ecosystemId: eco.id, afterSeq: 0, limit: 500 });
      turns = events.filter((e) => e.type === 'character_interaction' && e.data['scenario_id'] === scenario.id);
      return events.some((e) => e.type === 'scenario_ended');
    }, 'the scenario to end');
    expect(turns.length).toBeGreaterThanOrEqual(1);
    for (const turn of turns)
      expect(turn.data).toMatchObject({ content: 'To the lanterns!', content_source: 'llm', response_source: 'llm' });
  });

  it("answers an intervention through the model, the visitor's words quoted", async () => {
    otherwise = { kind: 'line', line: 'Fish stew, as always.' };
    const { eco, ids } = await ecosystem(['Lea', 'Max']);
    const scenario = await client.scenarios.create.mutate({
      ecosystemId: eco.id,
      title: 'Supper',
      participantIds: Object.values(ids),
      speed: 1,
      seed: 8,
    });
    const before = llm.requests.length;
    const answer = await client.scenarios.intervene.mutate({
      scenarioId: scenario.id,
      message: 'Lea, what is for supper?',
      targetCharacterId: ids['Lea']!,
    });
    expect(answer.responses.map((r) => r.response)).toEqual(['Fish stew, as always.']);
    const { events } = await client.events.list.query({ ecosystemId: eco.id, afterSeq: 0, limit: 500 });
    expect(events.find((e) => e.type === 'user_intervention')!.data['response_sources']).toEqual(['llm']);
    const sent = llm.requests.slice(before).find((r) => speakerOf(r) === 'Lea')!;
    expect(sent.body.messages.at(-1)!.content).toContain('said: "Lea, what is for supper?"');
    expect(sent.body.messages[1]!.content).not.toContain('what is for supper');
  });

  it('keeps template mode free of model calls', async () => {
    const { ids } = await ecosystem(['Eve', 'Fin'], { mode: 'template' });
    const before = llm.requests.length;
    const result = await client.interactions.create.mutate({
      initiatorId: ids['Eve']!,
      targetId: ids['Fin']!,
      type: 'chat',
    });
    expect(result.success).toBe(true);
    expect(llm.requests.length).toBe(before);
  });
});

describe('the token budget', () => {
  it('once spent, the ecosystem speaks with templates and its dashboard says so (tRPC and REST)', async () => {
    otherwise = { kind: 'line', line: 'Worth every token.' };
    const { eco, ids } = await ecosystem(['Nia', 'Oto']);
    // The fake server reports 70 tokens a line: the first line spends the budget, the second is a template.
    await client.ecosystems.update.mutate({ id: eco.id, dialogue: { mode: 'llm', tokensPerHour: 50 } });
    const fresh = await client.ecosystems.dashboard.query({ id: eco.id });
    expect(fresh.dialogue).toEqual({ mode: 'llm', tokensLastHour: 0, tokensPerHour: 50, budgetSpent: false });
    const before = llm.requests.length;
    const result = await client.interactions.create.mutate({
      initiatorId: ids['Nia']!,
      targetId: ids['Oto']!,
      type: 'chat',
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(llm.requests.length - before).toBe(1);
    expect((await interactionEvent(eco.id, result.interaction.id)).data).toMatchObject({
      content: 'Worth every token.',
      content_source: 'llm',
      response_source: 'template',
    });
    const spent = await client.ecosystems.dashboard.query({ id: eco.id });
    expect(spent.dialogue).toEqual({ mode: 'llm', tokensLastHour: 70, tokensPerHour: 50, budgetSpent: true });
    const viaRest = await rest<{ dialogue: unknown }>(api.url, 'GET', `/api/v1/ecosystem/${eco.id}/dashboard`, {
      token,
    });
    expect(viaRest.body.dialogue).toEqual({
      mode: 'llm',
      tokens_last_hour: 70,
      tokens_per_hour: 50,
      budget_spent: true,
    });
    // Raising the budget lets the model speak again at once.
    await client.ecosystems.update.mutate({ id: eco.id, dialogue: { mode: 'llm', tokensPerHour: 1000 } });
    expect((await client.ecosystems.dashboard.query({ id: eco.id })).dialogue.budgetSpent).toBe(false);
  });
});

describe('the API key', () => {
  it('reaches the model server only: never in events, logs, errors, health or the OpenAPI document', async () => {
    // A server that echoes the key in its error, as some do ("Incorrect API key provided: sk-…").
    otherwise = {
      kind: 'status',
      status: 401,
      body: JSON.stringify({ error: { message: `Incorrect API key ${KEY}` } }),
    };
    const { eco, ids } = await ecosystem(['Pia', 'Quin']);
    const before = llm.requests.length;
    const result = await client.interactions.create.mutate({
      initiatorId: ids['Pia']!,
      targetId: ids['Quin']!,
      type: 'chat',
    });
    expect(result.success).toBe(true);
    const sent = llm.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.headers['authorization'] === `Bearer ${KEY}`)).toBe(true);
    const refused = await rest(api.url, 'PATCH', `/api/v1/ecosystems/${eco.id}`, {
      token,
      body: { dialogue: { mode: 'x' } },
    });
    expect(refused.status).toBe(400);
    const seen: string[] = [
      JSON.stringify(result),
      JSON.stringify(await client.events.list.query({ ecosystemId: eco.id, afterSeq: 0, limit: 500 })),
      JSON.stringify(await client.ecosystems.dashboard.query({ id: eco.id })),
      await (await fetch(`${api.url}/health/ready`)).text(),
      await (await fetch(`${api.url}/api/openapi.json`)).text(),
      await (await fetch(`${api.url}/metrics`)).text(),
      // An error answer of the API, about the ecosystem's dialogue setting.
      refused.text,
      api.output(),
    ];
    for (const text of seen) expect(text).not.toContain(KEY);
    // The key's tail alone neither (a log line cut or masked differently).
    for (const text of seen) expect(text).not.toContain(KEY.slice(-12));
  });
});

describe('no transaction waits on the model', () => {
  it('commits exchanges of other pairs while one generation hangs', async () => {
    bySpeaker = { Hanger: () => ({ kind: 'hang' }) };
    const { eco, ids } = await ecosystem(['Hanger', 'Gil', 'Hal', 'Ivo', 'Jo']);
    const before = llm.requests.length;
    let hungSettled = false;
    const hung = client.interactions.create
      .mutate({ initiatorId: ids['Hanger']!, targetId: ids['Gil']!, type: 'chat' })
      .finally(() => {
        hungSettled = true;
      });
    await until(() => llm.requests.slice(before).some((r) => speakerOf(r) === 'Hanger'), 'the hanging request');
    const started = Date.now();
    for (const [a, b] of [
      ['Hal', 'Ivo'],
      ['Ivo', 'Jo'],
      ['Jo', 'Hal'],
    ] as const) {
      const other = await client.interactions.create.mutate({ initiatorId: ids[a]!, targetId: ids[b]!, type: 'chat' });
      expect(other.success).toBe(true);
    }
    expect(Date.now() - started).toBeLessThan(FIRST_TOKEN_MS);
    expect(hungSettled).toBe(false);
    const result = await hung;
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect((await interactionEvent(eco.id, result.interaction.id)).data).toMatchObject({
      content_source: 'template',
      response_source: 'llm',
    });
  });

  it('refuses a pair that fell into cooldown while its lines were being written', async () => {
    let slowOnce = true;
    bySpeaker = {
      Kim: () => {
        if (!slowOnce) return { kind: 'line' };
        slowOnce = false;
        return { kind: 'line', delayMs: 1500 };
      },
    };
    const { ids } = await ecosystem(['Kim', 'Lu']);
    const before = llm.requests.length;
    const slow = client.interactions.create.mutate({ initiatorId: ids['Kim']!, targetId: ids['Lu']!, type: 'chat' });
    await until(() => llm.requests.length > before, 'the slow request');
    const quick = await client.interactions.create.mutate({
      initiatorId: ids['Lu']!,
      targetId: ids['Kim']!,
      type: 'chat',
    });
    expect(quick.success).toBe(true);
    expect(await slow).toMatchObject({ success: false, reason: 'cooldown' });
  });

  it("draws on the lore a speaker knows, and a document known only to Mara never reaches another character's prompt", async () => {
    const { eco, ids } = await ecosystem(['Mara', 'Bram']);
    const secret = await rest<{ knownTo: string[] | null }>(api.url, 'POST', `/api/v1/ecosystems/${eco.id}/documents`, {
      token,
      body: {
        title: 'What Mara saw',
        content:
          'Mara saw Bram carry the stolen silver through the tunnel under the tavern on the night of the robbery.',
        knownTo: [ids['Mara']!],
      },
    });
    expect(secret.status).toBe(201);
    expect(secret.body.knownTo).toEqual([ids['Mara']]);
    await rest(api.url, 'POST', `/api/v1/ecosystems/${eco.id}/documents`, {
      token,
      body: {
        title: 'The Three Oars',
        content: 'Mara and Bram both drink at the Three Oars, the only tavern in town.',
      },
    });
    const before = llm.requests.length;
    // One exchange: Mara opens, Bram replies; each line's prompt is written for its speaker.
    const result = await client.interactions.create.mutate({
      initiatorId: ids['Mara']!,
      targetId: ids['Bram']!,
      type: 'chat',
    });
    expect(result.success).toBe(true);
    const prompts = llm.requests
      .slice(before)
      .map((r) => ({ speaker: speakerOf(r), text: r.body.messages[1]?.content ?? '' }));
    const of = (name: string) => prompts.filter((p) => p.speaker === name).map((p) => p.text);
    expect(of('Mara').length).toBeGreaterThan(0);
    expect(of('Bram').length).toBeGreaterThan(0);
    expect(of('Mara').some((t) => t.includes('stolen silver'))).toBe(true);
    expect(of('Bram').some((t) => t.includes('stolen silver'))).toBe(false);
    // Lore known to everyone reaches everyone.
    expect(of('Bram').some((t) => t.includes('Lore you know') && t.includes('the only tavern in town'))).toBe(true);
  });
});
