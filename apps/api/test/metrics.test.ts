import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICKLY, WARM } from './fixtures.ts';
import { signUp, startApi, type RunningApi } from '../testing/harness.ts';
import { parseMetrics, sampleSum } from './prometheus-text.ts';
import { openStream, until } from './rest-client.ts';

const DEPLOY = join(import.meta.dirname, '..', '..', '..', 'deploy');
const TOKEN = 'metrics-token-0123456789';

let api: RunningApi;
let guarded: RunningApi;
beforeAll(async () => {
  [api, guarded] = await Promise.all([startApi(), startApi({ env: { METRICS_TOKEN: TOKEN } })]);
}, 120_000);
afterAll(async () => {
  await Promise.all([api?.stop(), guarded?.stop()]);
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
