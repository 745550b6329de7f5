import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlm, type FakeLlmServer } from '../testing/fake-llm-server.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { signUp, startApi, type RunningApi } from '../testing/harness.ts';
import { parseMetrics, sampleSum } from './prometheus-text.ts';
import { openStream, until } from './rest-client.ts';

const DEPLOY = join(import.meta.dirname, '..', '..', '..', 'deploy');
const TOKEN = 'metrics-token-0123456789';

let api: RunningApi;
let guarded: RunningApi;
let llm: FakeLlmServer;
/** A node speaking through the fake language-model server. */
let speaking: RunningApi;
beforeAll(async () => {
  llm = await startFakeLlm();
  [api, guarded, speaking] = await Promise.all([
    startApi(),
    startApi({ env: { METRICS_TOKEN: TOKEN } }),
    startApi({
      env: {
        LLM_BASE_URL: llm.baseUrl,
        LLM_FIRST_TOKEN_MS: '400',
        LLM_LINE_MS: '800',
        LLM_BREAKER_FAILURES: '100',
      },
    }),
  ]);
}, 180_000);
afterAll(async () => {
  await Promise.all([api?.stop(), guarded?.stop(), speaking?.stop()]);
  await llm?.close();
});

async function scrape(url: string, token?: string) {
  const response = await fetch(`${url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(await response.text());
}

describe('GET /metrics', () => {
  it('parses as Prometheus text, and its counters move with traffic', async () => {
    const before = await scrape(api.url);
    const owner = await signUp(api.url, 'metrics');
    const eco = await owner.client.ecosystems.create.mutate({ name: 'Metered' });
    const a = await owner.client.characters.create.mutate({ ecosystemId: eco.id, name: 'Ada', personality: WARM });
    const b = await owner.client.characters.create.mutate({ ecosystemId: eco.id, name: 'Bo', personality: PRICKLY });
    const stream = openStream(api.url, eco.id, { token: owner.session.accessToken });
    await until(() => stream.messages.some((m) => m.type === 'ready'), 'the stream is ready');
    // The first exchange plays; the pair's cooldown refuses the next two (a normal outcome, not an error).
    const results = [];
    for (let i = 0; i < 3; i += 1) {
      results.push(await owner.client.interactions.create.mutate({ initiatorId: a.id, targetId: b.id, type: 'chat' }));
    }
    expect(results.map((r) => (r.success ? 'ok' : r.reason))).toEqual(['ok', 'cooldown', 'cooldown']);
    await until(() => stream.messages.some((m) => m.type === 'character_interaction'), 'events arrive');

    const after = await scrape(api.url);
    const moved = (name: string, labels: Record<string, string> = {}) =>
      sampleSum(after, name, labels) - (before.has(name) ? sampleSum(before, name, labels) : 0);
    expect(moved('ensemble_http_requests_total', { route: '/trpc/interactions.create', status: '200' })).toBe(3);
    expect(moved('ensemble_http_request_duration_seconds', { route: '/trpc/interactions.create' })).toBe(3);
    expect(moved('ensemble_exchanges_total', { procedure: 'interactions.create', outcome: 'ok' })).toBe(1);
    expect(moved('ensemble_exchanges_total', { procedure: 'interactions.create', outcome: 'refused' })).toBe(2);
    expect(moved('ensemble_exchange_refusals_total', { reason: 'cooldown' })).toBe(2);
    expect(moved('ensemble_exchange_duration_seconds')).toBe(3);
    expect(moved('ensemble_events_committed_total', { type: 'character_interaction' })).toBe(1);
    expect(moved('ensemble_commit_to_publish_seconds')).toBe(3); // two characters, the exchange
    expect(moved('ensemble_events_delivered_total')).toBeGreaterThanOrEqual(3);
    expect(moved('ensemble_publish_to_send_seconds')).toBeGreaterThanOrEqual(1);
    expect(moved('ensemble_subscriber_lag_events')).toBeGreaterThanOrEqual(1);
    expect(sampleSum(after, 'ensemble_websockets_open', { kind: 'plain', auth: 'session' })).toBe(1);
    expect(after.get('ensemble_db_pool_connections')?.metrics.length).toBe(3);
    stream.close();
    await until(
      async () => sampleSum(await scrape(api.url), 'ensemble_websockets_open', { kind: 'plain' }) === 0,
      'the gauge falls',
    );
  });

  it('counts language-model calls by outcome, fallbacks by reason, and call latency', async () => {
    const owner = await signUp(speaking.url, 'metrics-llm');
    const eco = await owner.client.ecosystems.create.mutate({ name: 'Spoken', dialogue: { mode: 'llm' } });
    const ids: string[] = [];
    for (const name of ['Ada', 'Bo', 'Cy', 'Di']) {
      ids.push((await owner.client.characters.create.mutate({ ecosystemId: eco.id, name, personality: WARM })).id);
    }
    const exchange = async (a: number, b: number) => {
      const r = await owner.client.interactions.create.mutate({
        initiatorId: ids[a]!,
        targetId: ids[b]!,
        type: 'chat',
      });
      expect(r.success).toBe(true);
    };
    const before = await scrape(speaking.url);
    const moved = (after: Awaited<ReturnType<typeof scrape>>, name: string, labels: Record<string, string> = {}) =>
      sampleSum(after, name, labels) - (before.has(name) ? sampleSum(before, name, labels) : 0);
    // Every fallback reason is there at 0 before any traffic (dashboards see 0, not "no data").
    expect(before.get('ensemble_llm_fallbacks_total')?.metrics.length).toBe(7);

    // Two lines written by the model: two calls that answered.
    llm.behave({ kind: 'line' });
    await exchange(0, 1);
    let after = await scrape(speaking.url);
    expect(moved(after, 'ensemble_llm_calls_total', { outcome: 'ok' })).toBe(2);
    expect(moved(after, 'ensemble_llm_latency_seconds', { outcome: 'ok' })).toBe(2);
    expect(moved(after, 'ensemble_llm_fallbacks_total')).toBe(0);

    // A server answering 500: two failed calls, two lines from templates.
    llm.behave({ kind: 'status', status: 500 });
    await exchange(2, 3);
    after = await scrape(speaking.url);
    expect(moved(after, 'ensemble_llm_calls_total', { outcome: 'error' })).toBe(2);
    expect(moved(after, 'ensemble_llm_fallbacks_total', { reason: 'server_error' })).toBe(2);

    // A server that never answers: two calls out of time.
    llm.behave({ kind: 'hang' });
    await exchange(0, 2);
    after = await scrape(speaking.url);
    expect(moved(after, 'ensemble_llm_calls_total', { outcome: 'timeout' })).toBe(2);
    expect(moved(after, 'ensemble_llm_fallbacks_total', { reason: 'timeout' })).toBe(2);
    expect(moved(after, 'ensemble_llm_latency_seconds', { outcome: 'timeout' })).toBe(2);
    // The latency histogram's sum holds the waits: each timed-out call waited at least the first-token limit.
    const sum = /^ensemble_llm_latency_seconds_sum\{outcome="timeout"\} (\S+)$/m.exec(after.text)?.[1];
    expect(Number(sum)).toBeGreaterThanOrEqual(0.8);
    llm.behave({ kind: 'line' });
    owner.close();
  });

  it('with METRICS_TOKEN set, asks for it as a bearer token', async () => {
    expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status,
    ).toBe(401);
    expect((await scrape(guarded.url, TOKEN)).has('ensemble_http_requests_total')).toBe(true);
  });

  it('every metric the Prometheus rules and the Grafana dashboard name exists', async () => {
    const families = await scrape(api.url);
    const texts = [
      readFileSync(join(DEPLOY, 'prometheus', 'ensemble-alerts.yml'), 'utf8'),
      readFileSync(join(DEPLOY, 'grafana', 'ensemble-dashboard.json'), 'utf8'),
    ];
    const named = new Set(texts.flatMap((text) => [...text.matchAll(/\bensemble_[a-z0-9_]+/g)].map((m) => m[0])));
    named.delete('ensemble_api'); // the scrape job's name, not a metric
    expect(named.size).toBeGreaterThan(10);
    const missing = [...named].filter(
      (name) => !families.has(name) && !families.has(name.replace(/_(bucket|sum|count)$/, '')),
    );
    expect(missing).toEqual([]);
  });
});
