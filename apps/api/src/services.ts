import { randomBytes, randomUUID } from 'node:crypto';
import {
  createRandom, createSentimentAnalyzer, createTemplateDialogue,
  type Clock, type EngineDeps, type Random,
} from '@ensemble/core';
import { AuthService } from './auth/auth-service.ts';
import type { AppConfig } from './config.ts';
import { openDatabase, type Database } from './db/open.ts';
import type { EventBus } from './realtime/event-bus.ts';
import { InProcessEventBus } from './realtime/in-process-bus.ts';
import { ScenarioRunner } from './scenarios/runner.ts';
import type { AppStore } from './store/app-store.ts';
import { SqlStore } from './store/sql-store.ts';

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
}

/** Test and embedding hooks; anything given is used as is and not closed by `closeServices`. */
export interface ServiceOverrides {
  /** An opened, migrated database (e.g. from openTestStore). */
  database?: Database;
  /** A store over `database` (defaults to a SqlStore on it). */
  store?: AppStore;
  bus?: EventBus;
  clock?: Clock;
  /** Where the runner and services write diagnostics. @default console.log */
  log?: (line: string) => void;
}

interface Owned {
  database: boolean;
  bus: boolean;
}

const owned = new WeakMap<AppServices, Owned>();

/** The system clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** Opens and migrates the database and wires the bus, auth and the scenario runner (not started). */
export async function createServices(config: AppConfig, options: ServiceOverrides = {}): Promise<AppServices> {
  if (options.store !== undefined && options.database === undefined) {
    throw new Error('createServices: an injected store needs its database too');
  }
  const database = options.database ?? await openAndMigrate(config);
  const store = options.store ?? new SqlStore(database.db);
  const bus = options.bus ?? new InProcessEventBus();
  const clock = options.clock ?? systemClock;
  const log = options.log ?? ((line: string) => console.log(line));
  const ids = { next: () => randomUUID() };
  // One analyzer for the process: it holds the AFINN lexicon, which is costly to build per call.
  const sentiment = createSentimentAnalyzer();
  const dialogue = createTemplateDialogue();

  const engineDeps = (random?: Random): EngineDeps => ({
    store, clock, ids, sentiment, dialogue, random: random ?? createRandom(cryptoSeed()),
  });
  const scenarios = new ScenarioRunner({ store, bus, engineDeps: () => engineDeps(), log });
  const auth = new AuthService({ store, clock, jwtSecret: config.jwtSecret });

  const services: AppServices = { config, store, database, bus, clock, engineDeps, scenarios, auth };
  owned.set(services, { database: options.database === undefined, bus: options.bus === undefined });
  return services;
}

/** Stops the scenario runner and closes what createServices opened. */
export async function closeServices(services: AppServices): Promise<void> {
  const mine = owned.get(services) ?? { database: true, bus: true };
  await services.scenarios.stop();
  if (mine.bus) await services.bus.close();
  if (mine.database) await services.database.close();
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
