import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { AppRouter } from '../src/router.ts';
import { WARM, PRICKLY } from './fixtures.ts';
import { signUp, startApi, type RunningApi } from '../testing/harness.ts';
import { accessTokenFor, jwtSecretOf, openStream, rest, until, type StreamMessage } from './rest-client.ts';

const HOST_SITE = 'https://host.example';
const APP_ORIGIN = 'https://app.example';

let api: RunningApi;
let token: string;
let user: { id: string; email: string; displayName: string };
let secret: Uint8Array;

beforeAll(async () => {
  // Sockets standing on an API key check it every 200 ms here (10 s by default).
  api = await startApi({ env: { CORS_ORIGINS: APP_ORIGIN, WS_KEY_CHECK_MS: '200' } });
  secret = jwtSecretOf(api.dataDir);
  const signed = await signUp(api.url, 'streamer');
  signed.close();
  token = signed.session.accessToken;
  user = signed.session.user;
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

async function ecosystemWithPair(name: string) {
  const eco = (await rest<{ id: string }>(api.url, 'POST', '/api/v1/ecosystems', { token, body: { name } })).body;
  const ids: string[] = [];
  for (const [n, personality] of [
    ['Ada', WARM],
    ['Bo', PRICKLY],
  ] as const) {
    const made = await rest<{ id: string }>(api.url, 'POST', `/api/v1/ecosystems/${eco.id}/characters`, {
      token,
      body: { name: n, personality },
    });
    ids.push(made.body.id);
  }
  return { id: eco.id, a: ids[0]!, b: ids[1]! };
}

async function storedEvents(ecosystemId: string) {
  return (
    await rest<{ events: StreamMessage[] }>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${ecosystemId}/events?afterSeq=0&limit=500`,
      { token },
    )
  ).body.events;
}

describe('WS /ws/ecosystem/{id}', () => {
  it("streams every event after lastEventId in the plan's envelope, each once and in seq order", async () => {
    const eco = await ecosystemWithPair('Envelope');
    await rest(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: eco.a, target_id: eco.b, type: 'chat', content: 'Hello Bo' },
    });
    const stored = await storedEvents(eco.id);
    expect(stored.length).toBeGreaterThanOrEqual(7);
    const stream = openStream(api.url, eco.id, { token, lastEventId: 0 });
    expect((await stream.ready)['lastEventId']).toBe('0');
    await until(() => stream.events().length === stored.length, 'the backfill');
    expect(stream.events()).toEqual(stored);
    for (const event of stream.events())
      expect(Object.keys(event).sort()).toEqual(['data', 'ecosystemId', 'id', 'seq', 'timestamp', 'type']);
    stream.close();
  });

  it('without lastEventId sends only events committed after the stream started, live', async () => {
    const eco = await ecosystemWithPair('Live only');
    const before = (await storedEvents(eco.id)).length;
    const stream = openStream(api.url, eco.id, { token });
    expect((await stream.ready)['lastEventId']).toBe(String(before));
    await rest(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: eco.b, target_id: eco.a, type: 'greeting' },
    });
    await until(() => stream.events().length >= 5, 'live events');
    expect(stream.events()[0]?.seq).toBe(before + 1);
    expect(stream.events().map((e) => e.seq)).toEqual(stream.events().map((_, i) => before + 1 + i));
    stream.close();
  });

  it.each(['header', 'subprotocol', 'query'] as const)('accepts the credential in the %s', async (via) => {
    const eco = await ecosystemWithPair(`Via ${via}`);
    const stream = openStream(api.url, eco.id, { token, via, lastEventId: 0 });
    await stream.ready;
    // The server answers the protocol it speaks and never echoes the bearer one.
    expect(stream.protocol()).toBe(via === 'subprotocol' ? 'ensemble.v1' : '');
    await until(() => stream.events().length === 2, 'the two character_created events');
    stream.close();
  });

  it('closes with 1008 and the reason code when the credential or the access is missing', async () => {
    const eco = await ecosystemWithPair('Refusals');
    const stranger = await signUp(api.url, 'stranger');
    stranger.close();
    const cases: Array<[string | undefined, string, string]> = [
      [undefined, eco.id, 'unauthenticated'],
      ['not-a-token', eco.id, 'token_invalid'],
      [await accessTokenFor(user, secret, -60), eco.id, 'token_expired'],
      [stranger.session.accessToken, eco.id, 'ecosystem_not_found'],
      [token, 'no-such-ecosystem', 'ecosystem_not_found'],
    ];
    for (const [credential, id, code] of cases) {
      const stream = openStream(api.url, id, credential === undefined ? {} : { token: credential });
      const closed = await stream.closed;
      expect(closed.code, code).toBe(1008);
      expect(closed.reason.startsWith(`${code}:`), closed.reason).toBe(true);
      expect(stream.messages).toEqual([]);
    }
  });

  it('closes with 1008 token_expired when the token expires while connected', async () => {
    const eco = await ecosystemWithPair('Expiry');
    const shortLived = await accessTokenFor(user, secret, 2);
    const stream = openStream(api.url, eco.id, { token: shortLived });
    await stream.ready;
    const startedAt = Date.now();
    const closed = await stream.closed;
    expect(closed.code).toBe(1008);
    expect(closed.reason).toMatch(/^token_expired:/);
    expect(Date.now() - startedAt).toBeLessThan(4000);
  });

  it('closes with 4400 when lastEventId is not a seq', async () => {
    const eco = await ecosystemWithPair('Bad cursor');
    const closed = await openStream(api.url, eco.id, { token, lastEventId: 'latest' }).closed;
    expect(closed.code).toBe(4400);
    expect(closed.reason).toMatch(/^invalid_input:/);
  });

  it('answers {"type":"ping"} with {"type":"pong"} and anything else with an error message, staying open', async () => {
    const eco = await ecosystemWithPair('Pings');
    const stream = openStream(api.url, eco.id, { token });
    await stream.ready;
    stream.ws.send(JSON.stringify({ type: 'ping' }));
    stream.ws.send('not json');
    await until(() => stream.messages.length >= 3, 'two answers');
    expect(stream.messages.slice(1).map((m) => m.type)).toEqual(['pong', 'error']);
    expect(stream.ws.readyState).toBe(WebSocket.OPEN);
    stream.close();
  });

  it('closes with 1009 when a client sends a message over 64 KiB, and accepts one just under', async () => {
    const eco = await ecosystemWithPair('Big');
    const fine = openStream(api.url, eco.id, { token });
    await fine.ready;
    fine.ws.send(JSON.stringify({ type: 'ping', pad: 'x'.repeat(64 * 1024 - 40) }));
    await until(() => fine.messages.some((m) => m.type === 'pong'), 'the pong');
    fine.close();
    const big = openStream(api.url, eco.id, { token });
    await big.ready;
    big.ws.send('x'.repeat(64 * 1024 + 1));
    expect((await big.closed).code).toBe(1009);
  });

  it('closes with 4029 and a rate_limited reason when a connection floods messages', async () => {
    const eco = await ecosystemWithPair('Flood');
    const stream = openStream(api.url, eco.id, { token });
    await stream.ready;
    for (let i = 0; i < 80; i += 1) stream.ws.send(JSON.stringify({ type: 'ping' }));
    const closed = await stream.closed;
    expect(closed.code).toBe(4029);
    expect(closed.reason).toMatch(/^rate_limited: Too many messages/);
  });

  it('refuses the 33rd connection of one user with 1013 over both endpoints, and frees the slot on close', async () => {
    const crowd = await signUp(api.url, 'crowd');
    crowd.close();
    const own = crowd.session.accessToken;
    const eco = (
      await rest<{ id: string }>(api.url, 'POST', '/api/v1/ecosystems', { token: own, body: { name: 'Crowd' } })
    ).body;
    const open = Array.from({ length: 32 }, () => openStream(api.url, eco.id, { token: own }));
    await Promise.all(open.map((s) => s.ready));
    const extra = await openStream(api.url, eco.id, { token: own }).closed;
    expect(extra.code).toBe(1013);
    expect(extra.reason).toMatch(/^too_many_connections:/);

    const trpcClosed = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${api.wsUrl}?connectionParams=1`);
      socket.on('open', () => socket.send(JSON.stringify({ method: 'connectionParams', data: { token: own } })));
      socket.on('close', (code) => resolve(code));
    });
    expect(trpcClosed).toBe(1013);

    open[0]!.close();
    await open[0]!.closed;
    // The server frees the slot when it sees the socket end, which may be just after this client does: a
    // client that was refused retries, and is let in within moments.
    let again = openStream(api.url, eco.id, { token: own });
    for (let attempt = 1; ; attempt++) {
      const outcome = await again.ready.then(
        () => 'open' as const,
        async () => (await again.closed).code,
      );
      if (outcome === 'open') break;
      expect(outcome).toBe(1013);
      expect(attempt).toBeLessThan(20);
      await new Promise((r) => setTimeout(r, 100));
      again = openStream(api.url, eco.id, { token: own });
    }
    for (const s of [...open, again]) s.close();
  });
});

describe('browser origins and publishable keys', () => {
  let eco: { id: string; a: string; b: string };
  let widgetToken: string;
  let plainWidgetToken: string;

  beforeAll(async () => {
    eco = await ecosystemWithPair('Embedded');
    const secretKey = (
      await rest<{ secret: string }>(api.url, 'POST', '/api/v1/api-keys', {
        token,
        body: { kind: 'secret', name: 'backend' },
      })
    ).body.secret;
    const publishable = (
      await rest<{ secret: string }>(api.url, 'POST', '/api/v1/api-keys', {
        token,
        body: { kind: 'publishable', name: 'site', origins: [HOST_SITE] },
      })
    ).body.secret;
    const mint = (body: object) =>
      rest<{ token: string; origins: string[] }>(api.url, 'POST', '/api/v1/widget-tokens', { token: secretKey, body });
    const minted = await mint({ ecosystemId: eco.id, scope: 'read', publishableKey: publishable });
    expect(minted.body.origins).toEqual([HOST_SITE]);
    widgetToken = minted.body.token;
    plainWidgetToken = (await mint({ ecosystemId: eco.id, scope: 'read' })).body.token;
  });

  it("lets a page on a publishable key's origin stream with a widget token minted with that key", async () => {
    const stream = openStream(api.url, eco.id, {
      token: widgetToken,
      via: 'subprotocol',
      origin: HOST_SITE,
      lastEventId: 0,
    });
    await stream.ready;
    await until(() => stream.events().length === 2, 'the backfill');
    stream.close();
  });

  it('refuses, from that origin, an access token and a widget token minted without the publishable key (1008)', async () => {
    for (const credential of [token, plainWidgetToken]) {
      const closed = await openStream(api.url, eco.id, { token: credential, origin: HOST_SITE }).closed;
      expect(closed.code).toBe(1008);
      expect(closed.reason).toMatch(/^origin_not_allowed:/);
    }
  });

  it('refuses the upgrade (403) from an origin no key or setting allows, on both endpoints', async () => {
    expect(
      (await openStream(api.url, eco.id, { token: widgetToken, origin: 'https://evil.example' }).closed).code,
    ).toBe(-403);
    const trpcRefused = await new Promise<string>((resolve) => {
      const socket = new WebSocket(api.wsUrl, { headers: { origin: 'https://evil.example' } });
      socket.on('error', (e) => resolve(e.message));
      socket.on('open', () => resolve('opened'));
    });
    expect(trpcRefused).toMatch(/403/);
  });

  it('serves CORS-configured origins any credential', async () => {
    const stream = openStream(api.url, eco.id, { token, origin: APP_ORIGIN });
    await stream.ready;
    stream.close();
  });

  it('answers CORS for a publishable origin, and serves REST there only to its widget token', async () => {
    const preflight = await fetch(`${api.url}/api/v1/ecosystems/${eco.id}/graph`, {
      method: 'OPTIONS',
      headers: { origin: HOST_SITE, 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(HOST_SITE);
    const evil = await fetch(`${api.url}/api/v1/ecosystems/${eco.id}/graph`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();

    const asWidget = await rest(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/graph`, {
      token: widgetToken,
      headers: { origin: HOST_SITE },
    });
    expect(asWidget.status).toBe(200);
    expect(asWidget.headers.get('access-control-allow-origin')).toBe(HOST_SITE);
    const asOwner = await rest<{ error: { code: string } }>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/graph`, {
      token,
      headers: { origin: HOST_SITE },
    });
    expect(asOwner.status).toBe(401);
    expect(asOwner.body.error.code).toBe('origin_not_allowed');
  });

  it('lets the widget token subscribe over /trpc from its origin, and closes a user token there with 1008', async () => {
    const received: unknown[] = [];
    const client = createWSClient({
      url: api.wsUrl,
      WebSocket: class extends WebSocket {
        constructor(address: string) {
          super(address, { headers: { origin: HOST_SITE } });
        }
      } as unknown as typeof globalThis.WebSocket,
      connectionParams: { token: widgetToken },
    });
    const trpc = createTRPCClient<AppRouter>({ links: [wsLink<AppRouter>({ client })] });
    const sub = trpc.events.onEvent.subscribe(
      { ecosystemId: eco.id, lastEventId: '0' },
      { onData: (d) => received.push(d) },
    );
    await until(() => received.length === 2, 'the backfill over /trpc');
    sub.unsubscribe();
    await client.close();

    const code = await new Promise<{ code: number; reason: string }>((resolve) => {
      const socket = new WebSocket(`${api.wsUrl}?connectionParams=1`, { headers: { origin: HOST_SITE } });
      socket.on('open', () => socket.send(JSON.stringify({ method: 'connectionParams', data: { token } })));
      socket.on('close', (c, r) => resolve({ code: c, reason: String(r) }));
    });
    expect(code.code).toBe(1008);
    expect(code.reason).toMatch(/^origin_not_allowed:/);
  });
});

describe('revoking an API key', () => {
  const createKey = async (body: object) => {
    const created = (
      await rest<{ key: { id: string }; secret: string }>(api.url, 'POST', '/api/v1/api-keys', { token, body })
    ).body;
    return { id: created.key.id, secret: created.secret };
  };
  const mint = async (secretKey: string, body: object) =>
    (await rest<{ token: string }>(api.url, 'POST', '/api/v1/widget-tokens', { token: secretKey, body })).body.token;
  const revoke = (id: string) => rest(api.url, 'DELETE', `/api/v1/api-keys/${id}`, { token });
  /** A tRPC socket subscribed to the ecosystem; resolves its close. */
  function trpcSocket(ecosystemId: string, credential: string) {
    const received: unknown[] = [];
    let closedWith!: (c: { code: number; reason: string }) => void;
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      closedWith = resolve;
    });
    const socket = new WebSocket(`${api.wsUrl}?connectionParams=1`);
    socket.on('open', () => {
      socket.send(JSON.stringify({ method: 'connectionParams', data: { token: credential } }));
      socket.send(
        JSON.stringify({
          id: 1,
          method: 'subscription',
          params: { path: 'events.onEvent', input: { ecosystemId, lastEventId: '0' } },
        }),
      );
    });
    // tRPC's keepalive sends a bare "PING" (not JSON); only JSON messages are collected.
    socket.on('message', (data) => {
      if (String(data) !== 'PING') received.push(JSON.parse(String(data)));
    });
    socket.on('close', (code, reason) => closedWith({ code, reason: String(reason) }));
    return { received, closed, socket };
  }

  it('closes, on both endpoints, every socket standing on it (the key itself and the widget tokens it minted) with 1008 key_revoked, and no other', async () => {
    const eco = await ecosystemWithPair('Revocation');
    const doomed = await createKey({ kind: 'secret', name: 'doomed backend' });
    const kept = await createKey({ kind: 'secret', name: 'kept backend' });
    const widget = await mint(doomed.secret, { ecosystemId: eco.id, scope: 'read' });
    const streams = [
      openStream(api.url, eco.id, { token: doomed.secret, lastEventId: 0 }),
      openStream(api.url, eco.id, { token: widget, lastEventId: 0 }),
    ];
    const overTrpc = trpcSocket(eco.id, widget);
    const control = openStream(api.url, eco.id, {
      token: await mint(kept.secret, { ecosystemId: eco.id, scope: 'read' }),
      lastEventId: 0,
    });
    for (const s of [...streams, control]) await s.ready;
    // Streaming works before the revocation (the backfill of the two characters).
    await until(() => streams.every((s) => s.events().length === 2) && overTrpc.received.length >= 3, 'the backfill');
    // Several check rounds pass with the key active: nothing closes.
    await new Promise((r) => setTimeout(r, 700));
    expect(streams.map((s) => s.ws.readyState)).toEqual([WebSocket.OPEN, WebSocket.OPEN]);

    expect((await revoke(doomed.id)).status).toBe(200);
    const closes = await Promise.all([...streams.map((s) => s.closed), overTrpc.closed]);
    for (const closed of closes) {
      expect(closed.code).toBe(1008);
      expect(closed.reason).toMatch(/^key_revoked: /);
    }
    // The socket on another key stays open and keeps streaming live events.
    await new Promise((r) => setTimeout(r, 700));
    expect(control.ws.readyState).toBe(WebSocket.OPEN);
    expect(
      (
        await rest(api.url, 'POST', '/api/v1/interactions', {
          token,
          body: { initiator_id: eco.a, target_id: eco.b, type: 'greeting' },
        })
      ).status,
    ).toBe(200);
    await until(() => control.events().length > 2, 'a live event on the kept key');
    control.close();
  });

  it("closes a widget token's socket when the publishable key it carries is revoked", async () => {
    const eco = await ecosystemWithPair('Revoked site');
    const backend = await createKey({ kind: 'secret', name: 'backend' });
    const site = await createKey({ kind: 'publishable', name: 'site', origins: [HOST_SITE] });
    const widget = await mint(backend.secret, { ecosystemId: eco.id, scope: 'read', publishableKey: site.secret });
    const stream = openStream(api.url, eco.id, { token: widget, origin: HOST_SITE });
    await stream.ready;
    expect((await revoke(site.id)).status).toBe(200);
    const closed = await stream.closed;
    expect(closed.code).toBe(1008);
    expect(closed.reason).toMatch(/^key_revoked: /);
  });
});

describe('the tRPC WebSocket at /trpc', () => {
  it('closes with 1009 on a message over 64 KiB and 4029 on a flood', async () => {
    const big = await new Promise<number>((resolve) => {
      const socket = new WebSocket(api.wsUrl, { headers: { authorization: `Bearer ${token}` } });
      socket.on('open', () => socket.send('x'.repeat(64 * 1024 + 1)));
      socket.on('close', (c) => resolve(c));
    });
    expect(big).toBe(1009);
    const flood = await new Promise<{ code: number; reason: string }>((resolve) => {
      const socket = new WebSocket(api.wsUrl, { headers: { authorization: `Bearer ${token}` } });
      socket.on('open', () => {
        for (let i = 0; i < 80; i += 1) socket.send('PONG');
      });
      socket.on('close', (c, r) => resolve({ code: c, reason: String(r) }));
    });
    expect(flood.code).toBe(4029);
    expect(flood.reason).toMatch(/^rate_limited:/);
  });

  it('closes with 1008 token_expired when the connection token expires', async () => {
    const shortLived = await accessTokenFor(user, secret, 2);
    const closed = await new Promise<{ code: number; reason: string }>((resolve) => {
      const socket = new WebSocket(`${api.wsUrl}?connectionParams=1`);
      socket.on('open', () => socket.send(JSON.stringify({ method: 'connectionParams', data: { token: shortLived } })));
      socket.on('close', (c, r) => resolve({ code: c, reason: String(r) }));
    });
    expect(closed.code).toBe(1008);
    expect(closed.reason).toMatch(/^token_expired:/);
  });
});
