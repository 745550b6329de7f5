/**
 * The plan's flow from a client that uses nothing but fetch and ws, as a program in any language would:
 * no SDK, no tRPC client, only the documented REST endpoints and the plain event stream.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startApi, type RunningApi } from '../testing/harness.ts';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

interface Envelope {
  id: string;
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
  seq: number;
  ecosystemId: string;
}

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** A browser-style stream: the token travels in the subprotocol, the cursor in the query. */
function stream(ecosystemId: string, token: string, lastEventId: number, into: Envelope[]) {
  const ws = new WebSocket(`${api.url.replace(/^http/, 'ws')}/ws/ecosystem/${ecosystemId}?lastEventId=${lastEventId}`, [
    'ensemble.v1',
    `bearer.${token}`,
  ]);
  ws.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as Envelope;
    if (typeof message.seq === 'number') into.push(message);
  });
  return ws;
}

async function until(condition: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

it('logs in, builds a cast, interacts, reads the dashboard, runs a scenario and streams it across a disconnect', async () => {
  const email = `plain-${Date.now()}@example.com`;
  await call('POST', '/api/v1/auth/register', null, { email, password: 'a good password', displayName: 'Plain' });
  const { accessToken: token } = await call<{ accessToken: string }>('POST', '/api/v1/auth/login', null, {
    email,
    password: 'a good password',
  });

  const ecosystem = await call<{ id: string }>('POST', '/api/v1/ecosystems', token, { name: 'Harbour town' });
  const traits = (extraversion: number, agreeableness: number) => ({
    openness: 0.6,
    conscientiousness: 0.5,
    extraversion,
    agreeableness,
    neuroticism: 0.3,
  });
  const cast: Array<{ id: string; name: string }> = [];
  for (const [name, e, a] of [
    ['Ada', 0.8, 0.8],
    ['Bo', 0.3, 0.2],
    ['Cy', 0.6, 0.7],
  ] as const) {
    cast.push(
      await call('POST', `/api/v1/ecosystems/${ecosystem.id}/characters`, token, { name, personality: traits(e, a) }),
    );
  }
  const [ada, bo, cy] = [cast[0]!, cast[1]!, cast[2]!];

  const results = [];
  for (const [from, to, type, content] of [
    [ada, bo, 'greeting', 'Good morning, Bo!'],
    [cy, ada, 'collaboration', 'Shall we map the bay together?'],
  ] as const) {
    results.push(
      await call<{ success: boolean; response: string; relationship_change: { forward: { new_strength: number } } }>(
        'POST',
        '/api/v1/interactions',
        token,
        { initiator_id: from.id, target_id: to.id, type, content },
      ),
    );
  }
  expect(results.every((r) => r.success && r.response.length > 0)).toBe(true);

  const dashboard = await call<{ stats: { characters: number; relationships: number }; last_seq: number }>(
    'GET',
    `/api/v1/ecosystem/${ecosystem.id}/dashboard`,
    token,
  );
  expect(dashboard.stats).toMatchObject({ characters: 3, relationships: 2 });
  const relationships = await call<{ relationships: Array<{ from_id: string; to_id: string; strength: number }> }>(
    'GET',
    `/api/v1/relationships/${ada.id}`,
    token,
  );
  const adaToBo = relationships.relationships.find((r) => r.from_id === ada.id && r.to_id === bo.id);
  // Drifted toward 0 by the seconds since: close to, not exactly, what the interaction reported.
  expect(adaToBo?.strength).toBeCloseTo(results[0]!.relationship_change.forward.new_strength, 3);

  // Watch from the dashboard's snapshot on, as an Observatory would.
  const received: Envelope[] = [];
  let socket = stream(ecosystem.id, token, dashboard.last_seq, received);
  await new Promise((resolve) => socket.once('open', resolve));
  expect(socket.protocol).toBe('ensemble.v1');

  const scenario = await call<{ id: string; status: string }>(
    'POST',
    `/api/v1/ecosystem/${ecosystem.id}/scenario`,
    token,
    {
      title: 'Market day',
      setting: 'The harbour market',
      mood: 'festive',
      objectives: ['Sell the catch'],
      character_ids: [ada.id, bo.id, cy.id],
      duration_minutes: 10,
      speed: 60,
      max_turns: 8,
    },
  );
  expect(scenario.status).toBe('active');

  await until(() => received.filter((e) => e.type === 'scenario_turn').length >= 2, 'two turns live');
  socket.terminate(); // a dropped connection, not a polite close
  const seenBeforeDrop = received.length;
  const lastSeen = received.at(-1)!.seq;
  // Turns keep being played while the client is away.
  await new Promise((r) => setTimeout(r, 2500));
  const { lastSeq: committedWhileAway } = await call<{ lastSeq: number }>(
    'GET',
    `/api/v1/ecosystems/${ecosystem.id}`,
    token,
  );
  expect(committedWhileAway).toBeGreaterThan(lastSeen);

  socket = stream(ecosystem.id, token, lastSeen, received);
  await until(() => received.some((e) => e.type === 'scenario_ended'), 'the scenario to end', 90_000);
  socket.close();

  const stored = await call<{ events: Envelope[] }>(
    'GET',
    `/api/v1/ecosystems/${ecosystem.id}/events?afterSeq=${dashboard.last_seq}&limit=500`,
    token,
  );
  const endedAt = stored.events.findIndex((e) => e.type === 'scenario_ended');
  const expected = stored.events.slice(0, endedAt + 1);
  // Nothing lost, nothing repeated, in order: exactly the stored log from the snapshot to the end.
  expect(received.slice(0, expected.length)).toEqual(expected);
  expect(received.map((e) => e.seq)).toEqual(received.map((_, i) => dashboard.last_seq + 1 + i));
  expect(received.length).toBeGreaterThan(seenBeforeDrop);
  expect(received.filter((e) => e.type === 'scenario_turn')).toHaveLength(8);

  // Each played turn (a skipped one says why it was skipped) is an opening line and a reply.
  const played = received.filter((e) => e.type === 'scenario_turn' && e.data['skipped'] === null).length;
  const transcript = await call<{ lines: Array<{ speakerName: string; text: string }> }>(
    'GET',
    `/api/v1/scenarios/${scenario.id}/transcript`,
    token,
  );
  expect(played).toBeGreaterThan(0);
  expect(transcript.lines).toHaveLength(2 * played);
  expect(transcript.lines.every((l) => ['Ada', 'Bo', 'Cy'].includes(l.speakerName) && l.text.length > 0)).toBe(true);
  const ended = await call<{ status: string; turn: number }>('GET', `/api/v1/scenarios/${scenario.id}`, token);
  expect(ended).toMatchObject({ status: 'ended', turn: 8 });
}, 180_000);
