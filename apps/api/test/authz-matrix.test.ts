import { isDeepStrictEqual } from 'node:util';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { procedurePaths, procedureType } from '../src/rest/procedures.ts';
import type { RestRoute } from '../src/rest/route.ts';
import { REST_ROUTES } from '../src/rest/routes/index.ts';
import { ErrorSchema } from '../src/rest/schemas/domain.ts';
import type { AppRouter } from '../src/router.ts';
import { expectedDenial, isAllowed, MATRIX, type Access, type Row } from './authz-matrix-table.ts';
import { buildWorld, PRINCIPALS, snapshot, type Principal, type World } from './authz-world.ts';
import { startFakeLlm, type FakeLlmServer } from '../testing/fake-llm-server.ts';
import { startApi, type RunningApi } from '../testing/harness.ts';
import { jwtSecretOf, openStream, rest, restHits, until, type StreamClient } from './rest-client.ts';

let api: RunningApi;
let world: World;
/** A language-model server, so X can speak through it for the line-delta row (ecosystems default to templates). */
let llm: FakeLlmServer;

beforeAll(async () => {
  llm = await startFakeLlm();
  api = await startApi({ env: { LLM_BASE_URL: llm.baseUrl } });
  world = await buildWorld(api.url, jwtSecretOf(api.dataDir));
}, 180_000);
afterAll(async () => {
  await api?.stop();
  await llm?.close();
});

/** What one call answered: its HTTP status, the error code if any, and the body. */
interface Outcome {
  status: number;
  code: string | null;
  body: unknown;
}

/**
 * Runs a row: every refused principal first (in parallel), comparing everything they could have
 * changed before and after, then every allowed principal (each with fresh state where it writes).
 * Collects all mismatches so one failure message shows the whole row.
 */
async function runRow(
  access: Access,
  call: (principal: Principal, allowed: boolean) => Promise<Outcome>,
  checkAllowed: (o: Outcome) => string | null,
) {
  const problems: string[] = [];
  const denied = PRINCIPALS.filter((p) => !isAllowed(access, p));
  const before = await snapshot(world);
  const refusals = await Promise.all(
    denied.map(async (principal) => ({ principal, outcome: await call(principal, false) })),
  );
  const after = await snapshot(world);
  expect(after, 'a refused call changed state').toEqual(before);
  for (const { principal, outcome } of refusals) {
    const want = expectedDenial(access, principal);
    if (outcome.status !== want.status || (want.code !== undefined && outcome.code !== want.code)) {
      problems.push(
        `${principal}: expected ${want.status} ${want.code ?? ''}, got ${outcome.status} ${outcome.code ?? ''}`,
      );
    }
    if (want.status === 404 && !outcome.code?.endsWith('not_found'))
      problems.push(`${principal}: 404 code ${outcome.code}`);
  }
  for (const principal of PRINCIPALS.filter((p) => isAllowed(access, p))) {
    const outcome = await call(principal, true);
    const problem = checkAllowed(outcome);
    if (problem !== null) problems.push(`${principal}: ${problem}`);
  }
  expect(problems).toEqual([]);
}

async function trpcCall(path: string, row: Row, principal: Principal, allowed: boolean): Promise<Outcome> {
  const token = await world.credential(principal);
  const input = await row.input({ world, allowed, principal });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  const query = procedureType(path) === 'query';
  const encoded = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(`${api.url}/trpc/${path}${query ? encoded : ''}`, {
    method: query ? 'GET' : 'POST',
    headers,
    ...(query || input === undefined ? {} : { body: JSON.stringify(input) }),
  });
  const body = (await response.json()) as { error?: { data?: { appCode?: string } } };
  return { status: response.status, code: body.error?.data?.appCode ?? null, body };
}

/** The REST request for a procedure input: path parameters, then query or body fields (renamed as the route says). */
function restRequest(route: RestRoute, input: Record<string, unknown> | undefined) {
  const fields = { ...input };
  let path = route.path;
  for (const [param, field] of Object.entries(route.params ?? {})) {
    path = path.replace(`{${param}}`, encodeURIComponent(String(fields[field])));
    delete fields[field];
  }
  const restName = (field: string) => Object.entries(route.rename ?? {}).find(([, f]) => f === field)?.[0] ?? field;
  const named = Object.fromEntries(
    Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [restName(k), v]),
  );
  if (route.input === 'query') {
    const query = new URLSearchParams(Object.entries(named).map(([k, v]): [string, string] => [k, String(v)]));
    return { path: query.size > 0 ? `${path}?${query}` : path, body: undefined };
  }
  if (route.input === 'none' && Object.keys(named).length > 0)
    throw new Error(`${route.operationId} cannot carry ${Object.keys(named).join(', ')}`);
  return { path, body: route.input === 'body' ? named : undefined };
}

async function restCall(route: RestRoute, principal: Principal, allowed: boolean): Promise<Outcome> {
  const row = MATRIX[route.procedure]!;
  const input = (await row.input({ world, allowed, principal })) as Record<string, unknown> | undefined;
  const request = restRequest(route, input);
  const response = await rest<{ error?: { code?: string } }>(
    api.url,
    route.method.toUpperCase(),
    request.path,
    {
      token: await world.credential(principal),
      ...(request.body === undefined ? {} : { body: request.body }),
    },
    route.path,
  );
  if (response.status >= 400 && !ErrorSchema.safeParse(response.body).success)
    throw new Error(`not an Error body: ${response.text}`);
  return { status: response.status, code: response.body?.error?.code ?? null, body: response.body };
}

describe('the authorization matrix', () => {
  it('has a row for every procedure of appRouter, and no row for one that is gone', () => {
    const procedures = procedurePaths();
    expect(
      procedures.filter((p) => !(p in MATRIX)),
      'procedures without an access rule',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((p) => !procedures.includes(p)),
      'rows for missing procedures',
    ).toEqual([]);
  });

  describe('tRPC over HTTP', () => {
    const rows = Object.entries(MATRIX).filter(([path]) => procedureType(path) !== 'subscription');
    it.each(rows)(
      '%s gives each caller exactly its access',
      async (path, row) => {
        await runRow(
          row.access,
          (principal, allowed) => trpcCall(path, row, principal, allowed),
          (o) =>
            o.status === 200 ? null : `expected 200, got ${o.status} ${o.code} ${JSON.stringify(o.body).slice(0, 200)}`,
        );
      },
      240_000,
    );
  });

  describe('REST', () => {
    it.each(REST_ROUTES.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))(
      '%s gives each caller exactly its access',
      async (_name, route) => {
        await runRow(
          MATRIX[route.procedure]!.access,
          (principal, allowed) => restCall(route, principal, allowed),
          (o) => {
            if (o.status !== route.response.status)
              return `expected ${route.response.status}, got ${o.status} ${JSON.stringify(o.body).slice(0, 200)}`;
            // The documented schema, strictly: parsing strips undocumented fields, so equality proves there are none.
            const parsed = route.response.schema.safeParse(o.body);
            if (!parsed.success)
              return `response does not match the documented schema: ${parsed.error.message.slice(0, 300)}`;
            return isDeepStrictEqual(parsed.data, o.body) ? null : 'response has fields the document does not describe';
          },
        );
      },
      240_000,
    );
  });

  describe('WebSockets', () => {
    it('WS /ws/ecosystem/{id} admits exactly the readers of X and closes on everyone else with 1008', async () => {
      await runRow(
        'read',
        async (principal) => {
          const token = await world.credential(principal);
          const stream = openStream(api.url, world.x.id, { ...(token ? { token } : {}), lastEventId: 0 });
          const result = await Promise.race([
            // A refused stream never becomes ready; its close wins the race.
            stream.ready.then(
              () => ({ status: 200, code: null }),
              () => new Promise<never>(() => {}),
            ),
            stream.closed.then((c) => ({ status: c.code, code: c.reason.split(':')[0] ?? null })),
          ]);
          stream.close();
          // Compare like HTTP: a 1008 close carries the code a request would have answered with.
          const status = result.status === 1008 ? statusOfCode(result.code) : result.status;
          return { status, code: result.code, body: null };
        },
        (o) => (o.status === 200 ? null : `not admitted: ${o.status} ${o.code}`),
      );
    }, 240_000);

    it.each(['onEvent', 'onEventRuns'] as const)(
      'events.%s over the tRPC WebSocket admits exactly the readers of X',
      async (procedure) => {
        await runRow(
          MATRIX[`events.${procedure}`]!.access,
          async (principal) => {
            const token = await world.credential(principal);
            const client = createWSClient({
              url: api.wsUrl,
              WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
              connectionParams: token ? { token } : null,
              retryDelayMs: () => 60_000,
            });
            const trpc = createTRPCClient<AppRouter>({ links: [wsLink<AppRouter>({ client })] });
            const outcome = await new Promise<Outcome>((resolve) => {
              const handlers = {
                onData: () => {
                  sub.unsubscribe();
                  resolve({ status: 200, code: null, body: null });
                },
                onError: (error: Error) => {
                  const data = (error as { data?: { httpStatus?: number; appCode?: string } }).data;
                  resolve({ status: data?.httpStatus ?? 0, code: data?.appCode ?? null, body: error.message });
                },
              };
              const input = { ecosystemId: world.x.id, lastEventId: '0' };
              const sub =
                procedure === 'onEvent'
                  ? trpc.events.onEvent.subscribe(input, handlers)
                  : trpc.events.onEventRuns.subscribe(input, handlers);
            });
            await client.close();
            return outcome;
          },
          (o) => (o.status === 200 ? null : `not admitted: ${o.status} ${o.code}`),
        );
      },
      240_000,
    );
  });

  describe('line deltas (WS /ws/ecosystem/{id})', () => {
    it("reach exactly the readers of X: nobody else, and no stream of another ecosystem, sees X's words being written", async () => {
      const asOwner = async (path: string, input: unknown) => {
        const response = await fetch(`${api.url}/trpc/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await world.credential('owner')}` },
          body: JSON.stringify(input),
        });
        expect(response.status).toBe(200);
        return ((await response.json()) as { result: { data: unknown } }).result.data;
      };
      // Every principal on X's stream; and on Y's, the owner and the widget of Y (admitted there, readers of Y only).
      const streams: { principal: Principal; on: 'x' | 'y'; stream: StreamClient; admitted: boolean }[] = [];
      const open = async (principal: Principal, on: 'x' | 'y') => {
        const token = await world.credential(principal);
        const stream = openStream(api.url, world[on].id, token ? { token } : {});
        // A refused stream never becomes ready; its close wins the race.
        const admitted = await Promise.race([
          stream.ready.then(
            () => true,
            () => new Promise<never>(() => {}),
          ),
          stream.closed.then(() => false),
        ]);
        streams.push({ principal, on, stream, admitted });
      };
      await Promise.all([
        ...PRINCIPALS.map((p) => open(p, 'x')),
        open('owner', 'y'),
        open('widgetOtherEcosystem', 'y'),
      ]);
      for (const s of streams.filter((s) => s.on === 'x'))
        expect(s.admitted, `${s.principal} on X`).toBe(isAllowed('read', s.principal));
      expect(streams.filter((s) => s.on === 'y').every((s) => s.admitted)).toBe(true);

      await asOwner('ecosystems.update', { id: world.x.id, dialogue: { mode: 'llm' } });
      try {
        llm.behave({ kind: 'line', line: 'Only the readers of X may watch me say this.', chunkDelayMs: 5 });
        const speaker = (await asOwner('characters.create', {
          ecosystemId: world.x.id,
          name: 'Teller',
          personality: {
            openness: 0.5,
            conscientiousness: 0.5,
            extraversion: 0.5,
            agreeableness: 0.5,
            neuroticism: 0.5,
          },
        })) as { id: string };
        const result = (await asOwner('interactions.create', {
          initiatorId: speaker.id,
          targetId: world.x.a,
          type: 'chat',
        })) as { success: boolean };
        expect(result.success).toBe(true);
        const readers = streams.filter((s) => s.admitted && s.on === 'x');
        expect(readers.length).toBeGreaterThanOrEqual(2);
        await until(
          () => readers.every((s) => s.stream.messages.some((m) => m.type === 'character_interaction')),
          'every reader of X gets the committed line',
        );
        for (const s of readers) {
          const deltas = s.stream.messages.filter((m) => m.type === 'line_delta');
          expect(deltas.length, `${s.principal} sees the line being written`).toBeGreaterThan(0);
          expect(deltas.every((m) => m['ecosystemId'] === world.x.id)).toBe(true);
        }
        // Another account, a forged or expired credential, a widget of Y, or the owner watching Y: no delta.
        for (const s of streams.filter((s) => !(s.admitted && s.on === 'x')))
          expect(
            s.stream.messages.filter((m) => m.type === 'line_delta'),
            `${s.principal} on ${s.on}`,
          ).toEqual([]);
      } finally {
        llm.behave({ kind: 'line' });
        await asOwner('ecosystems.update', { id: world.x.id, dialogue: { mode: 'template' } });
        for (const s of streams) s.stream.close();
      }
    }, 120_000);
  });

  it('has hit every operation of the served OpenAPI document', async () => {
    const doc = (await rest<{ paths: Record<string, Record<string, unknown>> }>(api.url, 'GET', '/api/openapi.json'))
      .body;
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.length).toBe(REST_ROUTES.length);
    expect(documented.filter((op) => !restHits.has(op))).toEqual([]);
  });
});

function statusOfCode(code: string | null): number {
  if (code === 'unauthenticated' || code === 'token_expired' || code === 'token_invalid') return 401;
  if (code?.endsWith('not_found')) return 404;
  return 403;
}
