#!/usr/bin/env -S node --import=tsx
/**
 * The `ensemble` command: serve the API, migrate the database, seed the demo, or run a headless simulation.
 * Exit codes: 0 done, 1 failed while running, 2 bad usage or configuration.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type AppConfig } from './config.ts';
import type * as Core from '@ensemble/core';
import type { ScenarioMood } from '@ensemble/core';
import type { SeedResult } from './seed.ts';
import type { BundleCommand } from './bundles/command.ts';
import type { RunningServer } from './server.ts';

// The engine, database and server are imported by the commands that need them, so --help and usage
// errors answer at once and never depend on them loading.

const USAGE = `Usage: ensemble <command> [options]

Commands:
  serve      Start the API (migrates, seeds the demo unless NO_SEED=1, runs scenarios)
  migrate    Apply database migrations and exit
  seed       Seed the demo user, ecosystem and scenario (only into an empty store) and exit
  graph rebuild
             Rebuild the social graph (Neo4j when NEO4J_URL is set) from the database
             --ecosystem <id>  only this ecosystem (default: every ecosystem)
  db copy --from <data dir or URL> --to <data dir or URL> [--force] [--batch-size <n>]
             Copy the whole store, e.g. from the embedded store (./.data) to PostgreSQL
             (postgres://…) or back; stop the API on the source first. Resumable: run it
             again after an interruption. Verifies row counts and checksums per table.
             Refuses a target that already holds data unless --force (which empties it).
  bundle export --ecosystem <id> [--file <path>]
             Write the ecosystem as one JSON bundle (characters, relationships, documents,
             scenarios; README "Ecosystem bundles") to the file, or to stdout
  bundle import --file <path> --owner <email> [--name <name>]
             Make a new ecosystem of that account from a bundle; prints its id. A file over
             10 MB, malformed or of another version is refused (exit 2, with its code)
  simulate   Run a headless simulation and print its transcript and relationship table
             --characters <n>  cast size (2-48, default 8)
             --turns <n>       turns to play (1-100000, default 200)
             --seed <n>        random seed (default 42); same seed, same transcript
             --mood <mood>     a scenario mood such as calm, festive, tense or hostile
                               (default calm)
             (npm run simulate also takes --setting "...", --objective "..." (repeatable)
             and --json for one JSON line per spoken line with act, topic and emotion)

Options:
  -h, --help  Show this help

Environment: PORT, HOST, DATA_DIR, DATABASE_URL, REDIS_URL, NEO4J_URL, LLM_BASE_URL, JWT_SECRET,
PUBLIC_URL, CORS_ORIGINS, WEB_DIST, NO_SEED=1, LOG_LEVEL (JSON log lines; default info), METRICS_TOKEN
(bearer token for GET /metrics; without it /metrics answers loopback only), SHUTDOWN_DELAY_MS.

On SIGTERM, serve drains: /health/ready answers 503 at once (and for SHUTDOWN_DELAY_MS), then the node
stops accepting, closes WebSockets with 1001, finishes requests in flight, hands its scenarios to
another node, and exits within 10 s.

Language-model dialogue (ecosystems whose dialogue mode is "llm"; templates otherwise and as fallback):
  LLM_BASE_URL             an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 (Ollama)
  LLM_API_KEY              bearer key for it (never logged nor sent to clients)
  LLM_MODEL                model when an ecosystem names none (default gpt-4o-mini)
  LLM_FIRST_TOKEN_MS       wait for the first token before using the template line (default 4000)
  LLM_LINE_MS              longest time for a whole line (default 15000)
  LLM_CONCURRENCY          lines generated at once on this node (default 4)
  LLM_MAX_LINE_CHARS       longer answers fall back to the template line (default 400)
  LLM_BREAKER_FAILURES     failures in a row that pause calls to the server (default 5)
  LLM_BREAKER_COOLDOWN_MS  how long the pause lasts (default 30000)

Lore search (GET /api/v1/ecosystems/{id}/documents/search?q=): documents are searchable by text always,
and by meaning with an embedder (passages are embedded in the background, off the request path):
  EMBEDDINGS_MODEL_DIR     the local all-MiniLM-L6-v2 folder (npm run models:fetch lays it out in .models/)
  EMBEDDINGS_ALLOW_DOWNLOAD=1  let the local model be fetched from the Hugging Face hub when missing
  EMBEDDINGS_BASE_URL      instead: an OpenAI-compatible /v1/embeddings server (wins over the local model)
  EMBEDDINGS_MODEL         its model (default text-embedding-3-small; asked for 384 dimensions)
  EMBEDDINGS_API_KEY       bearer key for it (never logged)`;

/** A mistake in how the command was called: reported with the usage hint and exit code 2. */
class UsageError extends Error {}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  characters: { type: 'string' },
  turns: { type: 'string' },
  seed: { type: 'string' },
  mood: { type: 'string' },
  ecosystem: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  force: { type: 'boolean' },
  'batch-size': { type: 'string' },
  file: { type: 'string' },
  owner: { type: 'string' },
  name: { type: 'string' },
} satisfies ParseArgsConfig['options'];

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === undefined) throw new UsageError('No command given.');
  const subcommand = command === 'graph' || command === 'db' || command === 'bundle' ? extra.shift() : undefined;
  if (command === 'graph' && subcommand !== 'rebuild') throw new UsageError('Use "ensemble graph rebuild".');
  if (command === 'db' && subcommand !== 'copy') throw new UsageError('Use "ensemble db copy --from <…> --to <…>".');
  if (command !== 'db' && (values.from ?? values.to ?? values.force ?? values['batch-size']) !== undefined) {
    throw new UsageError('--from, --to, --force and --batch-size only apply to db copy.');
  }
  if (command === 'bundle' && subcommand !== 'export' && subcommand !== 'import') {
    throw new UsageError(
      'Use "ensemble bundle export --ecosystem <id>" or "ensemble bundle import --file <path> --owner <email>".',
    );
  }
  if (command !== 'bundle' && (values.file ?? values.owner ?? values.name) !== undefined) {
    throw new UsageError('--file, --owner and --name only apply to bundle.');
  }
  if (extra.length > 0) throw new UsageError(`Unexpected argument: ${extra[0]}`);
  if (command !== 'graph' && command !== 'bundle' && values.ecosystem !== undefined)
    throw new UsageError('--ecosystem only applies to graph rebuild and bundle export.');
  if (command !== 'simulate' && (values.characters ?? values.turns ?? values.seed ?? values.mood) !== undefined) {
    throw new UsageError(`--characters, --turns, --seed and --mood only apply to simulate.`);
  }
  switch (command) {
    case 'serve':
      return serve();
    case 'migrate':
      return migrate();
    case 'seed':
      return seed();
    case 'graph':
      return rebuildGraph(values.ecosystem ?? null);
    case 'db': {
      if (values.from === undefined || values.to === undefined) throw new UsageError('db copy needs --from and --to.');
      const { runDbCopy } = await import('./db/copy/command.ts');
      return runDbCopy({
        from: values.from,
        to: values.to,
        force: values.force === true,
        batchSize: integerOption('batch-size', values['batch-size'], 1000, 1, 100_000),
      });
    }
    case 'bundle':
      return bundle(
        subcommand === 'export'
          ? { kind: 'export', ecosystemId: required('ecosystem', values.ecosystem), file: values.file ?? null }
          : {
              kind: 'import',
              file: required('file', values.file),
              ownerEmail: required('owner', values.owner),
              name: values.name ?? null,
            },
      );
    case 'simulate': {
      const core = await import('@ensemble/core');
      return runSimulation(core, {
        // A generated cast draws each name once from CAST_NAMES.
        characters: integerOption('characters', values.characters, 8, 2, core.CAST_NAMES.length),
        turns: integerOption('turns', values.turns, 200, 1, 100_000),
        seed: integerOption('seed', values.seed, 42, 0, Number.MAX_SAFE_INTEGER),
        mood: moodOption(core.SCENARIO_MOODS, values.mood),
      });
    }
    default:
      throw new UsageError(`Unknown command: ${command}`);
  }
}

function required(name: string, value: string | undefined): string {
  if (value === undefined) throw new UsageError(`bundle needs --${name}.`);
  return value;
}

async function bundle(command: BundleCommand): Promise<number> {
  const { createServices, closeServices } = await import('./services.ts');
  const { runBundleCommand } = await import('./bundles/command.ts');
  const services = await createServices(config(), { log: (line) => process.stderr.write(`${line}\n`) });
  try {
    return await runBundleCommand(services, command);
  } finally {
    await closeServices(services);
  }
}

function moodOption(moods: readonly ScenarioMood[], raw: string | undefined): ScenarioMood {
  if (raw === undefined) return 'calm';
  const mood = moods.find((m) => m === raw);
  if (mood === undefined) throw new UsageError(`--mood must be one of ${moods.join(', ')} (got "${raw}").`);
  return mood;
}

function integerOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

function config(): AppConfig {
  return loadConfig(process.env);
}

async function serve(): Promise<number> {
  const settings = config();
  const { createServices, closeServices } = await import('./services.ts');
  const { shutDownGracefully, SHUTDOWN_DEADLINE_MS } = await import('./lifecycle/graceful-shutdown.ts');
  const { shutdownDelayMs } = (await import('./telemetry/telemetry-config.ts')).loadTelemetryConfig();
  const { startServer } = await import('./server.ts');
  const { publicSurface } = await import('./rest/public-surface.ts');
  const { seedDemo } = await import('./seed.ts');
  const services = await createServices(settings);
  const surface = publicSurface(services);
  let server: RunningServer | null = null;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) {
      process.stderr.write(`${signal} again: exiting now\n`);
      process.exit(1);
    }
    shuttingDown = true;
    process.stderr.write(`${signal}: shutting down\n`);
    // Whatever still hangs past the deadline, the process leaves.
    setTimeout(() => {
      process.stderr.write('shutdown took too long: exiting now\n');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    try {
      await shutDownGracefully({ services, server, surface }, { drainDelayMs: shutdownDelayMs });
      process.exit(0);
    } catch (error) {
      process.stderr.write(`shutdown failed: ${describe(error)}\n`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const seeded = process.env['NO_SEED'] === '1' ? null : await seedDemo(services);
    await services.scenarios.start();
    server = await startServer(services, surface);
    const url = `http://${services.config.host}:${server.port}`;
    // One write, so whoever waits for the listening line has the demo line too.
    const demo = seeded === null ? '' : demoLine(seeded, services.config.port === 0 ? url : services.config.publicUrl);
    process.stdout.write(`Ensemble API listening on ${url}\n${demo}`);
  } catch (error) {
    surface.close();
    await server?.close().catch(() => {});
    await closeServices(services).catch(() => {});
    throw listenProblem(error, services.config) ?? error;
  }
  // Keep running until a signal arrives.
  return new Promise<number>(() => {});
}

/** How to sign in to the demo, or '' when the store holds no demo account. */
function demoLine(seeded: SeedResult, url: string): string {
  if (seeded.ecosystemId === null) return '';
  const what = seeded.seeded ? 'Seeded the demo' : 'Demo account';
  return `${what}: open ${url} and sign in as ${seeded.email} / ${seeded.password}\n`;
}

async function migrate(): Promise<number> {
  const { databaseUrl, dataDir } = config();
  const { openDatabase } = await import('./adapters/index.ts');
  const database = await openDatabase({ databaseUrl, dataDir });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
  process.stdout.write(`Migrations applied (${databaseUrl === null ? `PGlite in ${dataDir}` : 'PostgreSQL'}).\n`);
  return 0;
}

async function seed(): Promise<number> {
  const settings = config();
  const { createServices, closeServices } = await import('./services.ts');
  const { seedDemo } = await import('./seed.ts');
  const services = await createServices(settings);
  try {
    const result = await seedDemo(services);
    const line = demoLine(result, services.config.publicUrl);
    process.stdout.write(
      line === ''
        ? `The store already has users and no demo account; nothing seeded (the demo is only seeded into an empty store).\n`
        : line,
    );
  } finally {
    await closeServices(services);
  }
  return 0;
}

/**
 * Rebuilds the graph from the database (the truth), for when Neo4j was wiped, restored from an older
 * backup, or edited by hand. Safe while API nodes run: each ecosystem is rebuilt under the same lock
 * the nodes take to update it. Without it, an ecosystem is rebuilt automatically only the first time
 * a graph without any record of it is used.
 */
async function rebuildGraph(only: string | null): Promise<number> {
  const settings = config();
  const { createServices, closeServices } = await import('./services.ts');
  const services = await createServices(settings, { log: (line) => process.stderr.write(`${line}\n`) });
  try {
    const ids = only === null ? await services.store.listEcosystemIds() : [only];
    if (only !== null && (await services.store.getEcosystem(only)) === null) {
      throw new UsageError(`No ecosystem ${only}.`);
    }
    for (const [i, id] of ids.entries()) {
      await services.graph.rebuild(id);
      process.stderr.write(`rebuilt ${i + 1}/${ids.length}: ${id}\n`);
    }
    const where = settings.neo4jUrl === null ? 'in process (nothing kept: set NEO4J_URL to rebuild Neo4j)' : 'in Neo4j';
    process.stdout.write(`Graph rebuilt ${where} for ${ids.length} ecosystem${ids.length === 1 ? '' : 's'}.\n`);
  } finally {
    await closeServices(services);
  }
  return 0;
}

async function runSimulation(
  core: typeof Core,
  options: { characters: number; turns: number; seed: number; mood: ScenarioMood },
): Promise<number> {
  const step = Math.max(1, Math.ceil(options.turns / 10));
  const result = await core.simulate({
    ...options,
    onProgress: (turn: number) => {
      if (turn % step === 0 || turn === options.turns)
        process.stderr.write(`simulated ${turn}/${options.turns} turns\n`);
    },
  });
  process.stdout.write(`${core.formatTranscript(result)}\n\n${core.formatRelationshipTable(result)}\n`);
  return 0;
}

/** A port that cannot be taken, said plainly (the caller's to fix, not a crash); null for any other error. */
function listenProblem(error: unknown, settings: Pick<AppConfig, 'host' | 'port'>): ConfigError | null {
  const code = (error as { code?: unknown } | null)?.code;
  const where = `${settings.host}:${settings.port}`;
  if (code === 'EADDRINUSE') return new ConfigError(`${where} is already in use; set PORT to a free port`);
  if (code === 'EACCES') return new ConfigError(`not allowed to listen on ${where}; set PORT to 1024 or above`);
  if (code === 'EADDRNOTAVAIL') return new ConfigError(`${settings.host} is not an address of this machine; fix HOST`);
  return null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`ensemble: ${error.message}\n`);
      if (error instanceof UsageError) process.stderr.write(`Run "ensemble --help" for usage.\n`);
      process.exitCode = 2;
      return;
    }
    // The stack, but never a failed query's parameters (they carry what users wrote).
    const shown = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const cause = error instanceof Error && error.cause instanceof Error ? `\ncaused by: ${error.cause.message}` : '';
    process.stderr.write(`ensemble: ${`${shown}${cause}`.replace(/\nparams:[^\n]*/g, '\nparams: [redacted]')}\n`);
    process.exitCode = 1;
  },
);
