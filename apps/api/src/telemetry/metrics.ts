/**
 * The Prometheus metrics of one API node. Each set of services gets its own registry (not prom-client's
 * global one), so several servers in one process — the tests — never share or collide on counters.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { FALLBACK_REASONS } from '../dialogue/line-writer.ts';

/** Latency buckets in seconds: 1 ms to 10 s, dense where the targets are (10–100 ms). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Lag buckets in events: a subscriber one exchange behind is 5 events behind. */
const LAG_BUCKETS = [0, 1, 5, 10, 50, 100, 500, 1000, 5000];

/** Every metric family this node exports (names are part of the public surface: dashboards use them). */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  exchanges: Counter<'procedure' | 'outcome'>;
  exchangeRefusals: Counter<'procedure' | 'reason'>;
  exchangeDuration: Histogram<'procedure' | 'outcome'>;
  commitToPublish: Histogram;
  publishToSend: Histogram;
  websockets: Gauge<'kind' | 'auth'>;
  eventsCommitted: Counter<'type'>;
  eventsDelivered: Counter;
  eventSubscriptions: Gauge;
  subscriberLag: Histogram;
  scenarioTurns: Counter;
  scenarioSkips: Counter<'reason'>;
  rateLimitRefusals: Counter<'limit'>;
  llmCalls: Counter<'outcome'>;
  llmFallbacks: Counter<'reason'>;
  llmLatency: Histogram<'outcome'>;
  dbPoolConnections: Gauge<'state'>;
  redisUp: Gauge<'client'>;
}

/** Live values read when Prometheus scrapes (pool sizes, connection states). */
export interface MetricsProbes {
  /** Connections of the database pool by state, or null for the embedded store (one connection). */
  dbPool?: () => { total: number; idle: number; waiting: number } | null;
  /** Whether each Redis connection (command client, bus publisher/subscriber) is ready. */
  redis?: () => Record<string, boolean>;
}

/**
 * Metrics that record nothing (METRICS=off): every family is a no-op, so the instrumented code paths cost a
 * function call. Only for measuring what metrics cost; /metrics then serves an empty registry.
 */
export function disabledMetrics(): Metrics {
  const noop = { inc() {}, dec() {}, set() {}, observe() {} };
  return new Proxy({ registry: new Registry() } as Metrics, {
    get: (target, key) => (key === 'registry' ? target.registry : noop),
  });
}

/** Creates the registry and every family; `probes` are read at scrape time. */
export function createMetrics(probes: MetricsProbes = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ensemble_' });
  const registers = [registry];
  const m: Metrics = {
    registry,
    httpRequests: new Counter({
      name: 'ensemble_http_requests_total',
      help: 'HTTP requests answered, by route and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'ensemble_http_request_duration_seconds',
      help: 'Time to answer an HTTP request.',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    exchanges: new Counter({
      name: 'ensemble_exchanges_total',
      help: 'Exchanges (interactions, interventions) by outcome: ok, refused, failed.',
      labelNames: ['procedure', 'outcome'],
      registers,
    }),
    exchangeRefusals: new Counter({
      name: 'ensemble_exchange_refusals_total',
      help: 'Exchanges refused, by the error code the caller got.',
      labelNames: ['procedure', 'reason'],
      registers,
    }),
    exchangeDuration: new Histogram({
      name: 'ensemble_exchange_duration_seconds',
      help: 'Time an exchange took, commit included.',
      labelNames: ['procedure', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    commitToPublish: new Histogram({
      name: 'ensemble_commit_to_publish_seconds',
      help: 'From a commit to its events being published on the bus.',
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    publishToSend: new Histogram({
      name: 'ensemble_publish_to_send_seconds',
      help: 'From the bus handing a live event to this node to its stream passing it to the socket.',
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    websockets: new Gauge({
      name: 'ensemble_websockets_open',
      help: 'Open WebSockets by endpoint (trpc, plain) and credential (session, secret_key, widget, anonymous).',
      labelNames: ['kind', 'auth'],
      registers,
    }),
    eventsCommitted: new Counter({
      name: 'ensemble_events_committed_total',
      help: 'Events committed by this node, by type.',
      labelNames: ['type'],
      registers,
    }),
    eventsDelivered: new Counter({
      name: 'ensemble_events_delivered_total',
      help: "Events handed to subscribers' sockets (backfill and live).",
      registers,
    }),
    eventSubscriptions: new Gauge({
      name: 'ensemble_event_subscriptions_open',
      help: 'Live event subscriptions this node is serving (one per subscribed stream, whatever its socket).',
      registers,
    }),
    subscriberLag: new Histogram({
      name: 'ensemble_subscriber_lag_events',
      help: 'How many events a subscriber was behind the newest one this node had seen, at each send.',
      buckets: LAG_BUCKETS,
      registers,
    }),
    scenarioTurns: new Counter({
      name: 'ensemble_scenario_turns_total',
      help: 'Scenario turns committed (played or skipped).',
      registers,
    }),
    scenarioSkips: new Counter({
      name: 'ensemble_scenario_skips_total',
      help: 'Scenario turns skipped, by reason.',
      labelNames: ['reason'],
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: 'ensemble_rate_limit_refusals_total',
      help: 'Requests and messages refused by a limit.',
      labelNames: ['limit'],
      registers,
    }),
    llmCalls: new Counter({
      name: 'ensemble_llm_calls_total',
      help: 'Calls to the language-model server by outcome: ok (it answered), error (HTTP error, broken stream), timeout.',
      labelNames: ['outcome'],
      registers,
    }),
    llmFallbacks: new Counter({
      name: 'ensemble_llm_fallbacks_total',
      help:
        'Lines written from templates in an llm-mode ecosystem instead of by the model, by reason (breaker_open, ' +
        'budget_spent, busy, timeout, refused, unusable_output, server_error).',
      labelNames: ['reason'],
      registers,
    }),
    llmLatency: new Histogram({
      name: 'ensemble_llm_latency_seconds',
      help: 'Time of a call to the language-model server, from sending to the whole line (or the failure).',
      labelNames: ['outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers,
    }),
    dbPoolConnections: new Gauge({
      name: 'ensemble_db_pool_connections',
      help: 'Database pool connections by state (total, idle, waiting clients).',
      labelNames: ['state'],
      registers,
      collect() {
        const pool = probes.dbPool?.() ?? { total: 1, idle: 1, waiting: 0 };
        this.set({ state: 'total' }, pool.total);
        this.set({ state: 'idle' }, pool.idle);
        this.set({ state: 'waiting' }, pool.waiting);
      },
    }),
    redisUp: new Gauge({
      name: 'ensemble_redis_up',
      help: 'Whether each Redis connection is ready (1) or not (0); absent without REDIS_URL.',
      labelNames: ['client'],
      registers,
      collect() {
        for (const [client, up] of Object.entries(probes.redis?.() ?? {})) this.set({ client }, up ? 1 : 0);
      },
    }),
  };
  // Families with labels show no samples until first used; zero the known ones so dashboards and alerts
  // see a 0 rather than "no data".
  for (const outcome of ['ok', 'refused', 'failed']) m.exchanges.inc({ procedure: 'interactions.create', outcome }, 0);
  m.eventsDelivered.inc(0);
  m.scenarioTurns.inc(0);
  for (const outcome of ['ok', 'error', 'timeout']) m.llmCalls.inc({ outcome }, 0);
  for (const reason of FALLBACK_REASONS) m.llmFallbacks.inc({ reason }, 0);
  return m;
}
