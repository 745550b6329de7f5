import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResultSchema, ScenarioStartedSchema } from '../src/rest/schemas/plan.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { signUp, startApi, type RunningApi } from '../testing/harness.ts';
import { rest, type RestResponse } from './rest-client.ts';

let api: RunningApi;
let token: string;

beforeAll(async () => {
  api = await startApi();
  const signed = await signUp(api.url, 'rester');
  signed.close();
  token = signed.session.accessToken;
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

type ErrorBody = { error: { code: string; message: string } };

async function stage(name: string) {
  const eco = (
    await rest<{ id: string; lastSeq: number }>(api.url, 'POST', '/api/v1/ecosystems', { token, body: { name } })
  ).body;
  const cast: string[] = [];
  for (const [n, personality] of [
    ['Ada', WARM],
    ['Bo', PRICKLY],
    ['Cy', WARM],
  ] as const) {
    cast.push(
      (
        await rest<{ id: string }>(api.url, 'POST', `/api/v1/ecosystems/${eco.id}/characters`, {
          token,
          body: { name: n, personality },
        })
      ).body.id,
    );
  }
  return { id: eco.id, a: cast[0]!, b: cast[1]!, c: cast[2]! };
}

const lastSeqOf = async (ecosystemId: string) =>
  (await rest<{ lastSeq: number }>(api.url, 'GET', `/api/v1/ecosystems/${ecosystemId}`, { token })).body.lastSeq;

describe("the plan's endpoints", () => {
  it("POST /api/v1/interactions answers the plan's InteractionResult in snake_case", async () => {
    const eco = await stage('Plan interactions');
    const done = await rest<Record<string, unknown>>(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: eco.a, target_id: eco.b, type: 'chat', content: 'What a lovely morning' },
    });
    expect(done.status).toBe(200);
    expect(InteractionResultSchema.parse(done.body)).toEqual(done.body);
    expect(done.body).toMatchObject({
      success: true,
      relationship_change: { forward: { from_id: eco.a, to_id: eco.b } },
    });
    expect(done.body).not.toHaveProperty('events');

    const again = await rest(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: eco.a, target_id: eco.b, type: 'chat' },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ success: false, reason: 'cooldown', message: expect.any(String) });
  });

  it("refuses camelCase fields on the plan's endpoints and names snake_case fields in errors", async () => {
    const eco = await stage('Plan names');
    const camel = await rest<ErrorBody>(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiatorId: eco.a, targetId: eco.b, type: 'chat' },
    });
    expect(camel.status).toBe(400);
    expect(camel.body.error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('initiatorId') });
    const missing = await rest<ErrorBody>(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: eco.a, type: 'chat' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('target_id');
    expect(missing.body.error.message).not.toContain('targetId');
  });

  it('POST /api/v1/ecosystem/{id}/scenario starts a scenario and answers {id, status: active, start_time}', async () => {
    const eco = await stage('Plan scenario');
    const before = Date.now();
    const started = await rest<{ id: string; status: string; start_time: string }>(
      api.url,
      'POST',
      `/api/v1/ecosystem/${eco.id}/scenario`,
      {
        token,
        body: {
          title: 'Harbour festival',
          setting: 'The quay',
          mood: 'festive',
          objectives: ['Plan the parade'],
          character_ids: [eco.a, eco.b],
          duration_minutes: 5,
        },
      },
    );
    expect(started.status).toBe(201);
    expect(ScenarioStartedSchema.parse(started.body)).toEqual(started.body);
    expect(started.body.status).toBe('active');
    expect(Date.parse(started.body.start_time)).toBeGreaterThanOrEqual(before - 1000);
    const scenario = await rest<{ participantIds: string[]; status: string; durationMinutes: number }>(
      api.url,
      'GET',
      `/api/v1/scenarios/${started.body.id}`,
      { token },
    );
    expect(scenario.body).toMatchObject({ participantIds: [eco.a, eco.b], status: 'running', durationMinutes: 5 });
    await rest(api.url, 'POST', `/api/v1/scenarios/${started.body.id}/end`, { token });
  });

  it('GET dashboard and relationships answer snake_case with what the interactions changed', async () => {
    const eco = await stage('Plan reads');
    await rest(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: eco.a, target_id: eco.c, type: 'collaboration' },
    });
    const dashboard = await rest<{ stats: { characters: number; relationships: number }; last_seq: number }>(
      api.url,
      'GET',
      `/api/v1/ecosystem/${eco.id}/dashboard`,
      { token },
    );
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.stats).toMatchObject({ characters: 3, relationships: 1 });
    expect(dashboard.body.last_seq).toBe(await lastSeqOf(eco.id));
    const relationships = await rest<{
      character_id: string;
      relationships: Array<{ from_id: string; to_id: string; interaction_count: number }>;
    }>(api.url, 'GET', `/api/v1/relationships/${eco.c}`, { token });
    expect(relationships.body.character_id).toBe(eco.c);
    expect(relationships.body.relationships.map((r) => [r.from_id, r.to_id, r.interaction_count]).sort()).toEqual(
      [
        [eco.a, eco.c, 1],
        [eco.c, eco.a, 1],
      ].sort(),
    );
  });
});

describe('documents', () => {
  it('are created, read, listed, changed and deleted over REST, with clear errors for bad input', async () => {
    const eco = (await rest<{ id: string }>(api.url, 'POST', '/api/v1/ecosystems', { token, body: { name: 'Lore' } }))
      .body;
    const created = await rest<{ id: string; title: string; content: string }>(
      api.url,
      'POST',
      `/api/v1/ecosystems/${eco.id}/documents`,
      {
        token,
        body: { title: 'Harbour history', content: 'The lighthouse was built in 1802.' },
      },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ecosystemId: eco.id,
      title: 'Harbour history',
      content: 'The lighthouse was built in 1802.',
    });
    const id = created.body.id;
    const changed = await rest<{ title: string; content: string }>(api.url, 'PATCH', `/api/v1/documents/${id}`, {
      token,
      body: { title: 'Harbour lore' },
    });
    expect(changed.body).toMatchObject({ title: 'Harbour lore', content: 'The lighthouse was built in 1802.' });
    expect((await rest(api.url, 'GET', `/api/v1/documents/${id}`, { token })).body).toEqual(changed.body);
    const listed = await rest<Array<{ id: string }>>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/documents`, {
      token,
    });
    expect(listed.body.map((d) => d.id)).toEqual([id]);

    const empty = await rest<ErrorBody>(api.url, 'POST', `/api/v1/ecosystems/${eco.id}/documents`, {
      token,
      body: { title: '  ' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('invalid_input');
    expect(
      (await rest<Array<{ id: string }>>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/documents`, { token })).body,
    ).toHaveLength(1);

    expect((await rest(api.url, 'DELETE', `/api/v1/documents/${id}`, { token })).body).toEqual({ id, deleted: true });
    const gone = await rest<ErrorBody>(api.url, 'GET', `/api/v1/documents/${id}`, { token });
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('document_not_found');
  });
});

describe('Idempotency-Key', () => {
  const post = (path: string, body: unknown, key: string, credential = token) =>
    rest<Record<string, unknown>>(api.url, 'POST', path, {
      token: credential,
      body,
      headers: { 'idempotency-key': key },
    });

  it('replays the first response byte for byte and does the work once', async () => {
    const eco = await stage('Replay');
    const key = randomUUID();
    const body = { initiator_id: eco.a, target_id: eco.b, type: 'chat', content: 'Once only' };
    const first = await post('/api/v1/interactions', body, key);
    const seqAfterFirst = await lastSeqOf(eco.id);
    const retry = await post(
      '/api/v1/interactions',
      { content: 'Once only', type: 'chat', target_id: eco.b, initiator_id: eco.a },
      key,
    );
    expect(retry.status).toBe(first.status);
    expect(retry.text).toBe(first.text);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await lastSeqOf(eco.id)).toBe(seqAfterFirst);
    expect(first.body['success']).toBe(true);
  });

  it('replays an error response too (same status and body)', async () => {
    const key = randomUUID();
    const first = await post('/api/v1/ecosystems/no-such/characters', { name: 'X', personality: WARM }, key);
    const retry = await post('/api/v1/ecosystems/no-such/characters', { name: 'X', personality: WARM }, key);
    expect(first.status).toBe(404);
    expect([retry.status, retry.text]).toEqual([first.status, first.text]);
  });

  it('answers 422 idempotency_key_reused for the same key with another body or path, changing nothing', async () => {
    const eco = await stage('Reuse');
    const key = randomUUID();
    await post('/api/v1/interactions', { initiator_id: eco.a, target_id: eco.b, type: 'chat' }, key);
    const seq = await lastSeqOf(eco.id);
    const otherBody = (await post(
      '/api/v1/interactions',
      { initiator_id: eco.a, target_id: eco.c, type: 'chat' },
      key,
    )) as RestResponse<unknown>;
    const otherPath = (await post(
      `/api/v1/ecosystems/${eco.id}/characters`,
      { name: 'Di', personality: WARM },
      key,
    )) as RestResponse<unknown>;
    for (const response of [otherBody, otherPath]) {
      expect(response.status).toBe(422);
      expect((response.body as ErrorBody).error.code).toBe('idempotency_key_reused');
    }
    expect(await lastSeqOf(eco.id)).toBe(seq);
  });

  it('runs concurrent duplicates once: every caller gets the one response', async () => {
    const eco = await stage('Concurrent');
    const key = randomUUID();
    const seq = await lastSeqOf(eco.id);
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        post(
          '/api/v1/interactions',
          { initiator_id: eco.b, target_id: eco.c, type: 'greeting', content: 'Hi there' },
          key,
        ),
      ),
    );
    expect(new Set(responses.map((r) => `${r.status} ${r.text}`)).size).toBe(1);
    expect(responses[0]!.body['success']).toBe(true);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    // One interaction writes exactly five events (interaction, two relationship changes, two state changes).
    expect(await lastSeqOf(eco.id)).toBe(seq + 5);
  });

  it('scopes keys per caller: the same key from another account runs its own request', async () => {
    const key = randomUUID();
    const other = await signUp(api.url, 'other-caller');
    other.close();
    const mine = await post('/api/v1/ecosystems', { name: 'Mine' }, key);
    const theirs = await post('/api/v1/ecosystems', { name: 'Mine' }, key, other.session.accessToken);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body['id']).not.toBe(mine.body['id']);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
  });

  it('is ignored where the response carries a credential: two sign-ins give two sessions', async () => {
    const email = `idem-${randomUUID()}@example.com`;
    await rest(api.url, 'POST', '/api/v1/auth/register', { body: { email, password: 'a good password' } });
    const key = randomUUID();
    const sessions = await Promise.all(
      [1, 2].map(() =>
        rest<{ refreshToken: string }>(api.url, 'POST', '/api/v1/auth/login', {
          body: { email, password: 'a good password' },
          headers: { 'idempotency-key': key },
        }),
      ),
    );
    expect(sessions.map((s) => s.status)).toEqual([200, 200]);
    expect(sessions[0]!.body.refreshToken).not.toBe(sessions[1]!.body.refreshToken);
  });

  it('refuses a malformed key with 400 invalid_idempotency_key', async () => {
    const response = await post('/api/v1/ecosystems', { name: 'Bad key' }, 'x'.repeat(256));
    expect(response.status).toBe(400);
    expect((response.body as unknown as ErrorBody).error.code).toBe('invalid_idempotency_key');
  });
});

describe('errors', () => {
  it('answers malformed JSON, unknown routes and missing credentials with JSON errors', async () => {
    const malformed = await fetch(`${api.url}/api/v1/ecosystems`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"name":',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
    const unknown = await rest<ErrorBody>(api.url, 'GET', '/api/v1/nothing-here', { token });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'not_found']);
    const anonymous = await rest<ErrorBody>(api.url, 'GET', '/api/v1/ecosystems');
    expect([anonymous.status, anonymous.body.error.code]).toEqual([401, 'unauthenticated']);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('refuses a body field that repeats a path parameter', async () => {
    const eco = await stage('Path wins');
    const response = await rest<ErrorBody>(api.url, 'PATCH', `/api/v1/ecosystems/${eco.id}`, {
      token,
      body: { id: 'other', name: 'Renamed' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('part of the path');
  });

  it('reads numbers from the query string as the procedure types them', async () => {
    const eco = await stage('Query');
    const page = await rest<{ events: Array<{ seq: number }>; nextAfterSeq: number | null }>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${eco.id}/events?afterSeq=1&limit=1`,
      { token },
    );
    expect(page.status).toBe(200);
    expect(page.body.events.map((e) => e.seq)).toEqual([2]);
    expect(page.body.nextAfterSeq).toBe(2);
    const bad = await rest<ErrorBody>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/events?limit=lots`, { token });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid_input']);
  });
});

describe('API keys and widget tokens', () => {
  it('shows a key once, lists it by prefix, lets it act as the owner, and stops it on revocation', async () => {
    const created = await rest<{ key: { id: string; prefix: string; kind: string }; secret: string }>(
      api.url,
      'POST',
      '/api/v1/api-keys',
      {
        token,
        body: { kind: 'secret', name: 'backend' },
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^ens_sk_[A-Za-z0-9_-]{43}$/);
    expect(created.body.secret.startsWith(created.body.key.prefix)).toBe(true);
    const listed = await rest<Array<Record<string, unknown>>>(api.url, 'GET', '/api/v1/api-keys', { token });
    expect(listed.text).not.toContain(created.body.secret);
    expect(listed.body.find((k) => k['id'] === created.body.key.id)).toMatchObject({
      name: 'backend',
      lastUsedAt: null,
      revokedAt: null,
    });

    const me = await rest<{ id: string }>(api.url, 'GET', '/api/v1/auth/me', { token: created.body.secret });
    expect(me.status).toBe(200);
    const used = await rest<Array<Record<string, unknown>>>(api.url, 'GET', '/api/v1/api-keys', { token });
    expect(used.body.find((k) => k['id'] === created.body.key.id)?.['lastUsedAt']).toEqual(expect.any(Number));

    const revoked = await rest<{ revokedAt: number }>(api.url, 'DELETE', `/api/v1/api-keys/${created.body.key.id}`, {
      token,
    });
    expect(revoked.body.revokedAt).toEqual(expect.any(Number));
    const after = await rest<ErrorBody>(api.url, 'GET', '/api/v1/auth/me', { token: created.body.secret });
    expect([after.status, after.body.error.code]).toEqual([401, 'token_invalid']);
  });

  it('keeps key management to sessions and minting to secret keys; a publishable key is no credential', async () => {
    const eco = await stage('Keys');
    const sk = (
      await rest<{ secret: string }>(api.url, 'POST', '/api/v1/api-keys', {
        token,
        body: { kind: 'secret', name: 's' },
      })
    ).body.secret;
    const pk = (
      await rest<{ secret: string }>(api.url, 'POST', '/api/v1/api-keys', {
        token,
        body: { kind: 'publishable', name: 'p', origins: ['https://shop.example'] },
      })
    ).body.secret;
    expect(pk).toMatch(/^ens_pk_/);
    const bySecret = await rest<ErrorBody>(api.url, 'POST', '/api/v1/api-keys', {
      token: sk,
      body: { kind: 'secret', name: 'more' },
    });
    expect([bySecret.status, bySecret.body.error.code]).toEqual([403, 'session_required']);
    const bySession = await rest<ErrorBody>(api.url, 'POST', '/api/v1/widget-tokens', {
      token,
      body: { ecosystemId: eco.id, scope: 'read' },
    });
    expect([bySession.status, bySession.body.error.code]).toEqual([403, 'secret_key_required']);
    const byPublishable = await rest<ErrorBody>(api.url, 'GET', '/api/v1/auth/me', { token: pk });
    expect([byPublishable.status, byPublishable.body.error.code]).toEqual([401, 'token_invalid']);
    const noOrigins = await rest<ErrorBody>(api.url, 'POST', '/api/v1/api-keys', {
      token,
      body: { kind: 'publishable', name: 'p' },
    });
    expect(noOrigins.status).toBe(400);
    const badOrigin = await rest<ErrorBody>(api.url, 'POST', '/api/v1/api-keys', {
      token,
      body: { kind: 'publishable', name: 'p', origins: ['https://shop.example/path'] },
    });
    expect(badOrigin.status).toBe(400);
  });

  it('mints a widget token bound to one ecosystem and scope, which dies with its secret key', async () => {
    const eco = await stage('Widget');
    const created = (
      await rest<{ key: { id: string }; secret: string }>(api.url, 'POST', '/api/v1/api-keys', {
        token,
        body: { kind: 'secret', name: 'w' },
      })
    ).body;
    const minted = await rest<{ token: string; expiresAt: number; scope: string }>(
      api.url,
      'POST',
      '/api/v1/widget-tokens',
      {
        token: created.secret,
        body: { ecosystemId: eco.id, scope: 'read', ttlSeconds: 120 },
      },
    );
    expect(minted.status).toBe(201);
    expect(minted.body.expiresAt - Date.now()).toBeLessThanOrEqual(121_000);
    const [header, payload] = minted.body.token
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()));
    expect(header).toMatchObject({ alg: 'HS256' });
    expect(payload).toMatchObject({ iss: 'ensemble', aud: 'ensemble-widget', eco: eco.id, scope: 'read' });

    const read = await rest(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/graph`, { token: minted.body.token });
    expect(read.status).toBe(200);
    const write = await rest<ErrorBody>(api.url, 'POST', '/api/v1/interactions', {
      token: minted.body.token,
      body: { initiator_id: eco.a, target_id: eco.b, type: 'chat' },
    });
    expect([write.status, write.body.error.code]).toEqual([403, 'insufficient_scope']);

    const foreign = await rest(api.url, 'POST', '/api/v1/widget-tokens', {
      token: created.secret,
      body: { ecosystemId: 'not-mine', scope: 'read' },
    });
    expect(foreign.status).toBe(404);

    await rest(api.url, 'DELETE', `/api/v1/api-keys/${created.key.id}`, { token });
    const afterRevoke = await rest<ErrorBody>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/graph`, {
      token: minted.body.token,
    });
    expect([afterRevoke.status, afterRevoke.body.error.code]).toEqual([401, 'token_invalid']);
  });
});
