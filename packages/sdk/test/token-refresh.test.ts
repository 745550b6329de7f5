/**
 * Token refresh while live events flow. The API has no knob for the access-token lifetime (15 minutes,
 * apps/api/src/auth/tokens.ts), so: (1) the refresh is forced through `auth.refresh()`, and (2) the API
 * runs with a known JWT_SECRET and the test signs a genuinely short-lived access token exactly as the
 * API does, which the SDK must renew before it expires.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionStatus, EcosystemEvent, EnsembleClient, Tokens, User } from '../src/index.ts';
import { startDropProxy, type DropProxy } from './support/drop-proxy.ts';
import {
  loggedEvents,
  sdkClient,
  sleep,
  stageEcosystem,
  startTestApi,
  until,
  uniqueEmail,
  PASSWORD,
  type RunningApi,
} from './support/api.ts';

const JWT_SECRET = 'sdk-token-refresh-test-secret-0123456789abcdef';

let api: RunningApi;
let proxy: DropProxy;
const clients: EnsembleClient[] = [];
beforeAll(async () => {
  api = await startTestApi({ env: { JWT_SECRET } });
  proxy = await startDropProxy(Number(new URL(api.url).port));
});
afterAll(async () => {
  for (const client of clients) client.close();
  await proxy?.close();
  await api?.stop();
});

function track(client: EnsembleClient): EnsembleClient {
  clients.push(client);
  return client;
}

/** An access token as the API signs them (HS256, iss 'ensemble', aud 'ensemble-api'), valid for `lifetimeS`. */
function accessTokenFor(user: User, lifetimeS: number): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const iat = Math.floor(Date.now() / 1000);
  const head = encode({ alg: 'HS256', typ: 'JWT' });
  const body = encode({
    email: user.email,
    name: user.displayName,
    sub: user.id,
    iss: 'ensemble',
    aud: 'ensemble-api',
    iat,
    exp: iat + lifetimeS,
  });
  const signature = createHmac('sha256', JWT_SECRET).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

/** Keeps committing events (character description changes) until stopped; returns how many. */
function keepWriting(writer: EnsembleClient, ecosystemId: string, characterId: string) {
  let running = true;
  let count = 0;
  const done = (async () => {
    while (running) {
      await writer.ecosystem(ecosystemId).characters.update(characterId, { description: `line ${count}` });
      count += 1;
    }
  })();
  return {
    count: () => count,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

function watch(client: EnsembleClient, ecosystemId: string) {
  const received: EcosystemEvent[] = [];
  const statuses: ConnectionStatus[] = [];
  const errors: unknown[] = [];
  client.ecosystem(ecosystemId).events.subscribe({
    fromSeq: 0,
    onEvent: (e) => received.push(e),
    onStatus: (s) => statuses.push(s),
    onError: (e) => errors.push(e),
  });
  return { received, statuses, errors };
}

async function expectExactlyTheLog(reader: EnsembleClient, ecosystemId: string, received: EcosystemEvent[]) {
  const log = await loggedEvents(reader, ecosystemId);
  await until(() => received.at(-1)?.seq === log.at(-1)?.seq, 'the last logged event to arrive');
  await sleep(300);
  expect(received.map((e) => e.seq)).toEqual(log.map((e) => e.seq));
  expect(received.map((e) => e.id)).toEqual(log.map((e) => e.id));
}

describe('token refresh during a live subscription', () => {
  it('a forced refresh moves the subscription to a socket with the new token, with no gap, no repeat and no reconnecting blip', async () => {
    const email = uniqueEmail('refresh');
    const writer = track(sdkClient(api.url));
    await writer.auth.register({ email, password: PASSWORD });
    const watcher = track(sdkClient(proxy.url, { auth: { email, password: PASSWORD } }));
    const { ecosystem, people } = await stageEcosystem(writer, 'Refresh');
    const w = watch(watcher, ecosystem.id);
    await until(() => w.statuses.includes('open'), 'the subscription to open');

    const writes = keepWriting(writer, ecosystem.id, people[0]!.id);
    await until(() => writes.count() >= 10, 'writes before the refresh');
    const socketsBefore = proxy.webSocketsOpened();
    await watcher.auth.refresh();
    await until(() => proxy.webSocketsOpened() > socketsBefore, 'a new socket with the new token');
    const atMove = writes.count();
    await until(() => writes.count() >= atMove + 10, 'writes after the move');
    await writes.stop();

    await expectExactlyTheLog(writer, ecosystem.id, w.received);
    expect(w.statuses).toEqual(['connecting', 'open']);
    expect(w.errors).toEqual([]);
    expect((await watcher.auth.me()).email).toBe(email);
  });

  it('a short-lived access token is renewed before it expires: events and requests carry on past its expiry', async () => {
    const email = uniqueEmail('short');
    const owner = track(sdkClient(api.url));
    const session = await owner.auth.register({ email, password: PASSWORD });
    const writer = track(sdkClient(api.url, { auth: { email, password: PASSWORD } }));
    const { ecosystem, people } = await stageEcosystem(writer, 'Short-lived');
    const lifetimeS = 5;
    const shortLived = accessTokenFor(session.user, lifetimeS);
    const expiresAt = Date.now() + lifetimeS * 1000;

    // Proof that the token really expires on the server: without a refresh token, the client is refused after.
    const unrenewable = track(sdkClient(api.url, { auth: { accessToken: shortLived } }));
    expect((await unrenewable.auth.me()).id).toBe(session.user.id);

    const renewed: Tokens[] = [];
    const watcher = track(
      sdkClient(proxy.url, {
        auth: { accessToken: shortLived, refreshToken: session.refreshToken, onTokens: (t) => renewed.push(t) },
      }),
    );
    const w = watch(watcher, ecosystem.id);
    await until(() => w.statuses.includes('open'), 'the subscription to open');
    const socketsBefore = proxy.webSocketsOpened();
    const writes = keepWriting(writer, ecosystem.id, people[1]!.id);

    await until(() => renewed.length === 1, 'the SDK to renew the token on its own', 20_000);
    expect(Date.now()).toBeLessThan(expiresAt);
    await until(() => Date.now() > expiresAt + 1_000, 'the old token to expire');
    const pastExpiry = writes.count();
    await until(() => writes.count() >= pastExpiry + 10, 'writes after the old token expired');
    await writes.stop();

    await expectExactlyTheLog(writer, ecosystem.id, w.received);
    expect(w.statuses).toEqual(['connecting', 'open']);
    expect(w.errors).toEqual([]);
    expect(proxy.webSocketsOpened()).toBeGreaterThan(socketsBefore);
    expect(renewed[0]!.refreshToken).not.toBe(session.refreshToken);
    expect((await watcher.auth.me()).id).toBe(session.user.id);
    await expect(unrenewable.auth.me()).rejects.toMatchObject({
      name: 'EnsembleError',
      code: 'token_expired',
      retryable: false,
    });
  });
});
