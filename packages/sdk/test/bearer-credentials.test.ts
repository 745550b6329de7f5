/**
 * The `{ apiKey }` and `{ widgetToken }` auth modes against a real API: each is sent as the bearer token
 * over HTTP and as `connectionParams.token` over the WebSocket. (That the SDK sends them so is proven
 * without a server in guards.test.ts; these prove the API accepts them.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EcosystemEvent, EnsembleClient } from '../src/index.ts';
import {
  loggedEvents,
  sdkClient,
  signedInClient,
  stageEcosystem,
  startTestApi,
  until,
  WARM,
  type RunningApi,
} from './support/api.ts';

let api: RunningApi;
let owner: EnsembleClient;
/** Null when the server has API keys; otherwise why these tests are skipped. */
let missingFeature: string | null = null;
const clients: EnsembleClient[] = [];
beforeAll(async () => {
  api = await startTestApi();
  owner = await signedInClient(api.url, 'owner');
  const probe = await fetch(`${api.url}/trpc/keys.list`, { headers: { authorization: 'Bearer x' } });
  if (probe.status === 404)
    missingFeature = 'the API has no API keys / widget tokens yet (keys.create, widgetTokens.create)';
});
afterAll(async () => {
  for (const client of clients) client.close();
  owner?.close();
  await api?.stop();
});

async function secretKeyClient(): Promise<EnsembleClient> {
  const { secret } = await owner.trpc.keys.create.mutate({ kind: 'secret', name: 'Backend' });
  const client = sdkClient(api.url, { auth: { apiKey: secret } });
  clients.push(client);
  return client;
}

describe('auth by API key', () => {
  it('a secret API key works for requests and for live events', async (context) => {
    if (missingFeature !== null) context.skip(missingFeature);
    const backend = await secretKeyClient();
    const { ecosystem, handle } = await stageEcosystem(owner, 'Keyed');
    expect((await backend.ecosystems.list()).map((e) => e.id)).toContain(ecosystem.id);
    const received: EcosystemEvent[] = [];
    const errors: unknown[] = [];
    const subscription = backend
      .ecosystem(ecosystem.id)
      .events.subscribe({ fromSeq: 0, onEvent: (e) => received.push(e), onError: (e) => errors.push(e) });
    const added = await backend.ecosystem(ecosystem.id).characters.create({ name: 'Eve', personality: WARM });
    const log = await loggedEvents(owner, handle.id);
    await until(() => received.at(-1)?.seq === log.at(-1)!.seq, 'the events over the key');
    expect(received.map((e) => e.id)).toEqual(log.map((e) => e.id));
    expect(added.name).toBe('Eve');
    expect(errors).toEqual([]);
    subscription.unsubscribe();
  });
});

describe('auth by widget token', () => {
  it('a read-scoped widget token reads and watches its one ecosystem, and is refused writes and other ecosystems', async (context) => {
    if (missingFeature !== null) context.skip(missingFeature);
    const backend = await secretKeyClient();
    const { ecosystem, handle, people } = await stageEcosystem(owner, 'Widget');
    const other = await owner.ecosystems.create({ name: 'Elsewhere' });
    const minted = await backend.trpc.widgetTokens.create.mutate({
      ecosystemId: ecosystem.id,
      scope: 'read',
      ttlSeconds: 600,
    });
    const widget = sdkClient(api.url, { auth: { widgetToken: minted.token } });
    clients.push(widget);
    const view = widget.ecosystem(ecosystem.id);

    const received: EcosystemEvent[] = [];
    const subscription = view.events.subscribe({ onEvent: (e) => received.push(e) });
    await until(() => widget.status === 'open', 'the widget to connect');
    const result = await handle.interact({ initiatorId: people[0]!.id, targetId: people[1]!.id, type: 'greeting' });
    expect(result.success).toBe(true);
    await until(() => received.some((e) => e.type === 'character_interaction'), 'the interaction, live');
    expect((await view.dashboard()).ecosystemId).toBe(ecosystem.id);

    await expect(view.characters.create({ name: 'Mallory', personality: WARM })).rejects.toMatchObject({
      code: 'insufficient_scope',
      retryable: false,
    });
    await expect(widget.ecosystem(other.id).dashboard()).rejects.toMatchObject({ code: 'ecosystem_not_found' });
    subscription.unsubscribe();
  });
});
