/**
 * A request fuzzer over every operation of the OpenAPI document, against a real server (PGlite, or
 * PostgreSQL with DATABASE_URL): schema-derived bodies with one hostile value at a time (NUL, lone
 * surrogates, huge numbers, deep nesting, long strings, wrong types), hostile path ids (`%00`, broken
 * UTF-8, another user's ids) and queries. Nothing may answer 5xx or hang; the server stays up; another
 * user's data is unchanged; every status seen is one the document lists for that operation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../testing/harness.ts';
import { rest, restStatuses, undocumentedStatuses } from './rest-client.ts';

interface Operation {
  method: string;
  path: string;
  parameters?: Array<{ name: string; in: string } | { $ref: string }>;
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, unknown>;
}
interface JsonSchema {
  properties?: Record<string, unknown>;
  $ref?: string;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}

const REQUEST_TIMEOUT_MS = 10_000;
let deep: unknown = 'x';
for (let i = 0; i < 60; i++) deep = { a: [deep] };
/** One value at a time in an otherwise plausible body. */
const HOSTILE_VALUES: unknown[] = [
  'a\u0000b',
  'x\ud800y',
  '\udfff',
  'x'.repeat(100_000),
  1e308,
  -1e308,
  2 ** 64,
  -1,
  0.5,
  true,
  null,
  [],
  {},
  deep,
  ['a\u0000'],
  { '\u0000': 1 },
];
const HOSTILE_IDS = ['abc%00def', '%00', 'x%ED%A0%80y', '%C0%AF', 'x'.repeat(3000), '-1', '1e308', '%20', 'null'];

let api: RunningApi;
let document: OpenApi;
let attacker: string;
let victim: string;
const victimIds: Record<string, string> = {};
const attackerIds: Record<string, string> = {};
let victimBefore: string[] = [];

async function register(name: string): Promise<string> {
  const answer = await rest<{ accessToken: string }>(api.url, 'POST', '/api/v1/auth/register', {
    body: {
      email: `${name}-${Math.random().toString(36).slice(2)}@example.com`,
      password: 'a good password',
      displayName: name,
    },
  });
  return answer.body.accessToken;
}

/** A user's ecosystem with two characters, a document and a paused scenario; returns their ids. */
async function populate(token: string, ids: Record<string, string>): Promise<void> {
  const eco = await rest<{ id: string }>(api.url, 'POST', '/api/v1/ecosystems', { token, body: { name: 'Harbour' } });
  ids['ecosystem'] = eco.body.id;
  const personality = {
    openness: 0.5,
    conscientiousness: 0.5,
    extraversion: 0.5,
    agreeableness: 0.5,
    neuroticism: 0.5,
  };
  const characters = [];
  for (const name of ['Ada', 'Bo']) {
    const c = await rest<{ id: string }>(api.url, 'POST', `/api/v1/ecosystems/${eco.body.id}/characters`, {
      token,
      body: { name, personality },
    });
    characters.push(c.body.id);
  }
  ids['character'] = characters[0]!;
  const doc = await rest<{ id: string }>(api.url, 'POST', `/api/v1/ecosystems/${eco.body.id}/documents`, {
    token,
    body: { title: 'Notes', content: 'Quiet night.' },
  });
  ids['document'] = doc.body.id;
  const scenario = await rest<{ id: string }>(api.url, 'POST', `/api/v1/ecosystem/${eco.body.id}/scenario`, {
    token,
    body: { title: 'Quay', character_ids: characters, speed: 0.1 },
  });
  ids['scenario'] = scenario.body.id;
  await rest(api.url, 'POST', `/api/v1/scenarios/${scenario.body.id}/pause`, { token });
}

/** What the victim can read of their world, as text. */
async function victimView(): Promise<string[]> {
  const paths = [
    `/api/v1/ecosystems/${victimIds['ecosystem']}`,
    `/api/v1/ecosystems/${victimIds['ecosystem']}/characters`,
    `/api/v1/documents/${victimIds['document']}`,
    `/api/v1/scenarios/${victimIds['scenario']}`,
    `/api/v1/ecosystems/${victimIds['ecosystem']}/events`,
    '/api/v1/auth/me',
  ];
  const views = [];
  for (const path of paths) {
    const answer = await rest(api.url, 'GET', path, { token: victim });
    expect(answer.status).toBe(200);
    // Characters are answered settled to now (mood and energy drift with time): compare what was written.
    const settled = Array.isArray(answer.body)
      ? (answer.body as Array<Record<string, unknown>>).map(({ id, name, description, personality, active }) => ({
          id,
          name,
          description,
          personality,
          active,
        }))
      : answer.body;
    views.push(JSON.stringify(settled));
  }
  return views;
}

/** The id a path parameter names, from a user's world. */
function idFor(name: string, ids: Record<string, string>): string {
  if (/ecosystem/i.test(name)) return ids['ecosystem']!;
  if (/character/i.test(name)) return ids['character']!;
  return ids['document']!;
}

function schemaOf(schema: JsonSchema | undefined): JsonSchema {
  if (schema?.$ref) return document.components.schemas[schema.$ref.split('/').at(-1)!] ?? {};
  return schema ?? {};
}

/** A plausible value for a property, by name. */
function plausible(name: string): unknown {
  if (/ids$/i.test(name)) return [attackerIds['character']];
  if (/id$/i.test(name)) return attackerIds['character'];
  if (name === 'personality')
    return { openness: 0.5, conscientiousness: 0.5, extraversion: 0.5, agreeableness: 0.5, neuroticism: 0.5 };
  if (name === 'type') return 'chat';
  if (name === 'kind') return 'secret';
  if (name === 'scope') return 'read';
  return 'fine';
}

let count = 0;
let failures: string[] = [];

async function send(method: string, template: string, path: string, body?: string, token: string | null = attacker) {
  const headers: Record<string, string> = {};
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  count += 1;
  let status: number;
  try {
    const response = await fetch(`${api.url}${path}`, {
      method: method.toUpperCase(),
      headers,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      ...(body !== undefined ? { body } : {}),
    });
    await response.arrayBuffer();
    status = response.status;
  } catch (error) {
    failures.push(`${method} ${path.slice(0, 120)}: ${error instanceof Error ? error.name : String(error)}`);
    return;
  }
  if (status >= 500) failures.push(`${method} ${path.slice(0, 120)} ${(body ?? '').slice(0, 120)} → ${status}`);
  const operation = `${method.toUpperCase()} ${template}`;
  let seen = restStatuses.get(operation);
  if (seen === undefined) restStatuses.set(operation, (seen = new Set()));
  seen.add(status);
}

beforeAll(async () => {
  api = await startApi();
  document = (await (await fetch(`${api.url}/api/openapi.json`)).json()) as OpenApi;
  victim = await register('victim');
  attacker = await register('attacker');
  await populate(victim, victimIds);
  await populate(attacker, attackerIds);
  victimBefore = await victimView();
}, 180_000);
afterAll(async () => {
  await api?.stop();
});

describe(`request fuzzer (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('answers every hostile request of every operation without a 5xx or a hang', async () => {
    failures = [];
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ ...op, method, path })),
    );
    expect(operations.length).toBeGreaterThan(30);
    // Deletes last, so the attacker's own world stays there for the other operations.
    operations.sort((a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'));
    const started = Date.now();
    await Promise.all(
      [0, 1, 2, 3].map(async (lane) => {
        for (const op of operations.filter((_, i) => i % 4 === lane)) await fuzz(op);
      }),
    );
    expect(failures).toEqual([]);
    console.info(`fuzzer: ${count} requests over ${operations.length} operations in ${Date.now() - started} ms`);
  }, 120_000);

  it("leaves the server up and the other user's data unchanged", async () => {
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    expect(await victimView()).toEqual(victimBefore);
  });

  it('every status observed is one the OpenAPI document lists for that operation', () => {
    expect(undocumentedStatuses(document as never)).toEqual([]);
  });
});

async function fuzz(op: Operation & { method: string; path: string }): Promise<void> {
  const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const pathWith = (value: (name: string) => string) => op.path.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
  const auth = op.path.startsWith('/api/v1/auth/') && op.path !== '/api/v1/auth/me' ? null : attacker;
  // Hostile path ids, and the victim's ids (which must answer as if they did not exist).
  for (const hostile of [...HOSTILE_IDS, ...(params.length > 0 ? ['victim'] : [])]) {
    if (params.length === 0) break;
    const path = pathWith((name) => (hostile === 'victim' ? idFor(name, victimIds) : hostile));
    await send(op.method, op.path, path, op.requestBody ? JSON.stringify({}) : undefined, auth);
  }
  if (op.method === 'delete') return;
  const path = pathWith((name) => idFor(name, attackerIds));
  // Queries: each parameter hostile in turn.
  const query = (op.parameters ?? []).filter((p): p is { name: string; in: string } => 'in' in p && p.in === 'query');
  for (const p of query) {
    for (const value of ['%00', 'x%ED%A0%80', '1e308', '-1', 'x'.repeat(3000), '[]']) {
      await send(op.method, op.path, `${path}?${p.name}=${value}`, undefined, auth);
    }
  }
  if (!op.requestBody) return;
  const properties = Object.keys(schemaOf(op.requestBody.content['application/json'].schema).properties ?? {});
  const base = Object.fromEntries(properties.map((name) => [name, plausible(name)]));
  for (const name of properties) {
    for (const value of HOSTILE_VALUES)
      await send(op.method, op.path, path, JSON.stringify({ ...base, [name]: value }), auth);
  }
  for (const body of [
    '{"a":',
    '[]',
    '"text"',
    '12',
    'null',
    JSON.stringify(deep),
    JSON.stringify({ ...base, extra: 1 }),
    `{"x":"${'y'.repeat(600 * 1024)}"}`,
  ]) {
    await send(op.method, op.path, path, body, auth);
  }
}
