import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  createRandom,
  createSentimentAnalyzer,
  createTemplateDialogue,
  runTurn,
  type Clock,
  type EcosystemEvent,
  type EngineDeps,
  type EventType,
  type Random,
} from '@ensemble/core';
import { Redis } from 'ioredis';
import { RedisEventBus } from './adapters/redis/redis-event-bus.ts';
import { LlmDialogue } from './adapters/llm/llm-dialogue.ts';
import { AuthService } from './auth/auth-service.ts';
import { CharacterOwners } from './auth/character-owners.ts';
import type { AppConfig } from './config.ts';
import { createEmbedder, createLiveGraph, openDatabase, type Database } from './adapters/index.ts';
import type { Embedder } from './knowledge/embedder.ts';
import { Lore } from './knowledge/lore.ts';
import { QueryVectors } from './knowledge/query-vectors.ts';
import { SceneLore } from './knowledge/scene-lore.ts';

/** Events whose transactions wrote memories (exchanges, scenario turns, a user's intervention). */
const MEMORY_WRITING_EVENTS: ReadonlySet<EventType> = new Set([
  'character_interaction',
  'scenario_turn',
  'user_intervention',
]);
import { LineDeltaHub } from './dialogue/line-deltas.ts';
import { Speech, withPrepared } from './dialogue/speech.ts';
import type { LiveGraph } from './graph/index.ts';
import { createRateLimits, type RateLimits } from './limits/rate-limits.ts';
import type { EventBus } from './realtime/event-bus.ts';
import { InProcessEventBus } from './realtime/in-process-bus.ts';
import type { LeaseTiming } from './scenarios/leases.ts';
import { ScenarioRunner } from './scenarios/runner.ts';
import type { AppStore } from './store/app-store.ts';
import { SqlStore } from './store/sql-store.ts';
import { log as logger } from './telemetry/logger.ts';
import { countCommitted, MeteredEventBus } from './telemetry/metered-bus.ts';
import { createMetrics, disabledMetrics, type Metrics } from './telemetry/metrics.ts';
import { loadTelemetryConfig } from './telemetry/telemetry-config.ts';
import { metricsProbes } from './telemetry/probes.ts';

/** Everything a request handler, the scenario runner and the CLI share; built once per process. */
export interface AppServices {
  config: AppConfig;
  store: AppStore;
  database: Database;
  bus: EventBus;
  clock: Clock;
  /** Engine dependencies for one call; `random` defaults to a fresh crypto-seeded generator. */
  engineDeps(random?: Random): EngineDeps;
  scenarios: ScenarioRunner;
  auth: AuthService;
  /** This process among the API nodes: `<host>:<pid>:<random>`, written into the scenario leases it holds. */
  nodeId: string;
  /**
   * A Redis client shared by this process for cross-node state (rate limits, caches), or null without
   * REDIS_URL. Commands only: pub/sub runs on the bus's own connections.
   */
  redis: Redis | null;
  /** The social graph queries are served from (Neo4j with NEO4J_URL, else in process), kept in step with the log. */
  graph: LiveGraph;
  /** Limits enforced across every node (in Redis when configured). */
  limits: RateLimits;
  /**
   * What follows every commit, wherever it happened (a request, a scenario turn, the seed), called by the
   * store itself once a transaction commits (`AppStore.onCommitted`), never by hand: publish the
   * events on the bus and move the graph forward, starting on the next turn of the event loop; resolves
   * without waiting for that. Never throws: the events are in the table already, and subscribers and the
   * graph catch up from there if delivery fails.
   */
  afterCommit(events: readonly EcosystemEvent[]): Promise<void>;
  /** Language-model dialogue: lines written before the write, replayed in it (see Speech). */
  speech: Speech;
  /** The OpenAI-compatible adapter, or null without LLM_BASE_URL. */
  llm: LlmDialogue | null;
  /** Live pieces of lines being written, for this node's viewers. */
  lineDeltas: LineDeltaHub;
  /** Whose each character is, remembered per node for the exchange's access check. */
  owners: CharacterOwners;
  /** This node's Prometheus metrics (served at /metrics). */
  metrics: Metrics;
  /** Lore search over documents' passages, and the queue embedding them (with an embedder configured). */
  lore: Lore;
}

/** Test and embedding hooks; anything given is used as is and not closed by `closeServices`. */
export interface ServiceOverrides {
  /** An opened, migrated database (e.g. from openTestStore). */
  database?: Database;
  /** A store over `database` (defaults to a SqlStore on it). */
  store?: AppStore;
  bus?: EventBus;
  clock?: Clock;
  /** Where the runner and services write diagnostics. @default the JSON log (telemetry/logger.ts), at info */
  log?: (line: string) => void;
  /** @default a client for config.redisUrl, or null */
  redis?: Redis | null;
  /** @default createLiveGraph on config.neo4jUrl */
  graph?: LiveGraph;
  limits?: RateLimits;
  /** @default `<host>:<pid>:<random>` */
  nodeId?: string;
  /** Scenario lease timing (tests shorten it). */
  leases?: LeaseTiming;
  /** @default createEmbedder(config.embeddings) */
  embedder?: Embedder | null;
}

interface Owned {
  /** Deliveries of committed events still under way; waited for before the bus closes. */
  deliveries?: Set<Promise<void>>;
  /** Detaches this process's delivery from the store's commits. */
  stopListening?: () => void;
  database: boolean;
  bus: boolean;
  redis: boolean;
  graph: boolean;
  embedder: boolean;
}

const owned = new WeakMap<AppServices, Owned>();

/** The system clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** Opens and migrates the database and wires the bus, auth and the scenario runner (not started). */
export async function createServices(config: AppConfig, options: ServiceOverrides = {}): Promise<AppServices> {
  if (options.store !== undefined && options.database === undefined) {
    throw new Error('createServices: an injected store needs its database too');
  }
  const database = options.database ?? (await openAndMigrate(config));
  const store = options.store ?? SqlStore.over(database);
  const nodeId = options.nodeId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const clock = options.clock ?? systemClock;
  const log = options.log ?? ((line: string) => logger().info(line));
  const redis = options.redis !== undefined ? options.redis : connectRedis(config.redisUrl, nodeId, log);
  const rawBus =
    options.bus ??
    (config.redisUrl === null
      ? new InProcessEventBus()
      : new RedisEventBus(config.redisUrl, { name: `ensemble:${nodeId}`, latestSeqs: (ids) => store.lastSeqs(ids) }));
  let graph: LiveGraph;
  try {
    graph = options.graph ?? (await createLiveGraph({ neo4jUrl: config.neo4jUrl, store, log }));
  } catch (error) {
    if (options.bus === undefined) await rawBus.close();
    if (options.redis === undefined) redis?.disconnect();
    if (options.database === undefined) await database.close();
    throw error;
  }
  const metrics = loadTelemetryConfig().metricsEnabled
    ? createMetrics(metricsProbes(database, redis, rawBus))
    : disabledMetrics();
  const bus = new MeteredEventBus(rawBus, metrics);
  const ids = { next: () => randomUUID() };
  // One analyzer for the process: it holds the AFINN lexicon, which is costly to build per call.
  const sentiment = createSentimentAnalyzer();
  const dialogue = createTemplateDialogue();

  const embedder = options.embedder !== undefined ? options.embedder : createEmbedder(config.embeddings);
  const lore = new Lore({ store, embedder, log: (line) => log(`[lore] ${line}`) });
  // With an embedder, memories are retrieved by meaning (the conversation's vector against theirs).
  const meaning = embedder === null ? null : new QueryVectors(embedder, (line) => log(`[memory] ${line}`));
  const engineDeps = (random?: Random): EngineDeps => ({
    store,
    clock,
    ids,
    sentiment,
    dialogue,
    random: random ?? createRandom(cryptoSeed()),
    ...(meaning ? { meaning } : {}),
  });
  const deliveries = new Set<Promise<void>>();
  const deliver = async (events: readonly EcosystemEvent[], committedAt: number): Promise<void> => {
    try {
      await bus.publishCommitted(events, committedAt);
    } catch (error) {
      log(`[events] publish failed; subscribers will catch up from the log: ${describe(error)}`);
    }
    graph.committed(events);
  };
  // Delivery starts on the next turn of the event loop and is not waited for: with 1,000 subscribers on
  // this node their sends would otherwise all run before the committing request could answer its caller
  // (80 ms instead of 10). Publishes still go out in commit-call order (setImmediate is FIFO).
  const afterCommit = async (events: readonly EcosystemEvent[]): Promise<void> => {
    if (events.length === 0) return;
    countCommitted(metrics, events);
    const committedAt = performance.now();
    const delivery = new Promise<void>((resolve) => {
      setImmediate(() => {
        void deliver(events, committedAt).finally(resolve);
      });
    });
    deliveries.add(delivery);
    void delivery.finally(() => deliveries.delete(delivery));
  };
  // Publishing belongs to the commit: the store hands every committed transaction's events over by itself.
  const stopListening = store.onCommitted((events) => {
    void afterCommit(events);
    // Exchanges, turns and interventions wrote memories: the queue embeds them (with an embedder).
    if (events.some((e) => MEMORY_WRITING_EVENTS.has(e.type))) lore.memoriesChanged();
  });
  const llm =
    config.llmBaseUrl === null
      ? null
      : new LlmDialogue({
          ...config.llm,
          baseUrl: config.llmBaseUrl,
          now: () => Date.now(),
          log,
          observe: {
            call: (outcome, seconds) => {
              metrics.llmCalls.inc({ outcome });
              metrics.llmLatency.observe({ outcome }, seconds);
            },
            fallback: (reason) => metrics.llmFallbacks.inc({ reason }),
          },
        });
  const lineDeltas = new LineDeltaHub();
  // Passages left without vectors (a restart, another node's crash) are embedded from the start.
  lore.documentsChanged();
  const owners = new CharacterOwners(store);
  const speech = new Speech({ store, engineDeps: () => engineDeps(), llm, deltas: lineDeltas, lore, owners });
  const sceneLore = new SceneLore(lore);
  const prepareTurn = async (scenarioId: string) => {
    const scenario = await store.getScenario(scenarioId);
    const personalityDrift = scenario === null ? true : await speech.personalityDriftOf(scenario.ecosystemId);
    // What each participant knows of the lore for this scene, searched now, outside the turn's transaction.
    const known = scenario === null ? null : await sceneLore.forScene(scenario).catch(() => null);
    const withLore = (deps: EngineDeps): EngineDeps => (known ? { ...deps, lore: known } : deps);
    const prepared =
      scenario === null
        ? null
        : await speech.prepare(scenario.ecosystemId, (deps) =>
            runTurn({ ...withLore(deps), personalityDrift }, scenarioId),
          );
    return (deps: EngineDeps) => ({ ...withPrepared(withLore(deps), prepared), personalityDrift });
  };
  const scenarios = new ScenarioRunner({
    store,
    engineDeps: () => engineDeps(),
    nodeId,
    log,
    prepareTurn,
    ...(options.leases ? { leases: options.leases } : {}),
  });
  const auth = new AuthService({ store, clock, jwtSecret: config.jwtSecret, upgradeVerdictMs: config.wsKeyCheckMs });
  const limits =
    options.limits ??
    createRateLimits(redis, {
      interactions:
        config.interactionsPerMinute === 0 ? null : { points: config.interactionsPerMinute, durationSeconds: 60 },
    });

  const services: AppServices = {
    config,
    store,
    database,
    bus,
    clock,
    engineDeps,
    scenarios,
    auth,
    nodeId,
    redis,
    graph,
    limits,
    afterCommit,
    speech,
    llm,
    lineDeltas,
    owners,
    metrics,
    lore,
  };
  owned.set(services, {
    embedder: options.embedder === undefined,
    database: options.database === undefined,
    bus: options.bus === undefined,
    redis: options.redis === undefined,
    graph: options.graph === undefined,
    deliveries,
    stopListening,
  });
  return services;
}

/** Stops the scenario runner (giving its leases up) and closes what createServices opened. */
export async function closeServices(services: AppServices): Promise<void> {
  const mine = owned.get(services) ?? { database: true, bus: true, redis: true, graph: true, embedder: true };
  await services.scenarios.stop();
  await services.lore.close();
  if (mine.embedder) await services.lore.embedder?.close();
  mine.stopListening?.();
  while (mine.deliveries && mine.deliveries.size > 0) await Promise.allSettled([...mine.deliveries]);
  if (mine.graph) await services.graph.close().catch(() => {});
  if (mine.bus) await services.bus.close();
  if (mine.redis) await services.redis?.quit().catch(() => {});
  if (mine.database) await services.database.close();
}

/**
 * The shared command client. Not waited for: a node starts and serves while Redis is away (limits fall
 * back to memory, subscribers to the events table) and readiness reports it.
 */
function connectRedis(url: string | null, nodeId: string, log: (line: string) => void): Redis | null {
  if (url === null) return null;
  const redis = new Redis(url, { connectionName: `ensemble:${nodeId}:cmd`, maxRetriesPerRequest: 2 });
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) log(`[redis] ${error.message}; retrying`);
    down = true;
  });
  redis.on('ready', () => {
    down = false;
  });
  return redis;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function openAndMigrate(config: AppConfig): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl ?? undefined, dataDir: config.dataDir });
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

function cryptoSeed(): number {
  return randomBytes(4).readUInt32LE(0);
}
