/**
 * Real API processes for the SDK's tests (through apps/api's harness), on a fixed port so a restarted
 * server is found at the same URL, plus signed-in SDK clients and small waiting helpers.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { WebSocket } from 'ws';
import { freePort, startApi, type RunningApi, type StartApiOptions } from '@ensemble/api/testing';
import {
  createEnsembleClient,
  type EcosystemEvent,
  type EnsembleClient,
  type EnsembleClientOptions,
} from '../../src/index.ts';

export type { RunningApi };

export { freePort };

/** How often a start that timed out is tried again: on a loaded 2-core machine a cold start can exceed the harness's minute. */
const START_ATTEMPTS = 3;
const REPO_ROOT = resolve(import.meta.dirname, '../../../..');

/**
 * A PGlite data dir with every migration applied, made once per test run (`ensemble migrate`) by
 * whichever suite gets there first; the others wait for it. Copying it is much faster than migrating.
 */
async function migratedTemplate(): Promise<string | null> {
  if (process.env['DATABASE_URL']) return null;
  const root = inject('migratedTemplateRoot');
  const template = join(root, 'data');
  const ready = join(root, 'ready');
  const lock = join(root, 'lock');
  try {
    mkdirSync(lock);
  } catch {
    const deadline = Date.now() + 240_000;
    while (!existsSync(ready)) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the migrated data dir');
      await sleep(200);
    }
    return template;
  }
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'apps/api/src/cli.ts', 'migrate'], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: template, NO_SEED: '1' },
  });
  writeFileSync(ready, '');
  return template;
}

/** Starts the API on a fixed free port (so `restart()` comes back on the same URL), on a copy of the migrated data dir. */
export async function startTestApi(options: StartApiOptions = {}): Promise<RunningApi> {
  const template = options.dataDir === undefined ? await migratedTemplate() : null;
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const dataDir = template === null ? options.dataDir : mkdtempSync(join(tmpdir(), 'ensemble-sdk-api-'));
    if (template !== null && dataDir !== undefined) cpSync(template, dataDir, { recursive: true });
    try {
      const api = await startApi({
        ...options,
        ...(dataDir === undefined ? {} : { dataDir }),
        env: { PORT: String(port), ...options.env },
      });
      return template === null || dataDir === undefined ? api : removingDataDirOnStop(api, dataDir);
    } catch (error) {
      if (template !== null && dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
      if (attempt >= START_ATTEMPTS || !String(error).includes('did not start')) throw error;
    }
  }
}

/** The harness keeps a data dir it was given; this one is ours, so remove it on stop (also after restarts). */
function removingDataDirOnStop(api: RunningApi, dataDir: string): RunningApi {
  return {
    ...api,
    stop: async () => {
      await api.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    restart: async () => removingDataDirOnStop(await api.restart(), dataDir),
  };
}

/** `api.restart()`, tried again if the new process is slow to come up (same data, same port). */
export async function restartTestApi(api: RunningApi): Promise<RunningApi> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await api.restart();
    } catch (error) {
      if (attempt >= START_ATTEMPTS || !String(error).includes('did not start')) throw error;
    }
  }
}

/** An SDK client for `url` with ws from the 'ws' package (Node 20 has no global WebSocket). */
export function sdkClient(url: string, options: Partial<EnsembleClientOptions> = {}): EnsembleClient {
  return createEnsembleClient({ url, WebSocket, ...options });
}

/** A unique email, so tests never collide on one account. */
export function uniqueEmail(name: string): string {
  return `${name}-${Math.random().toString(36).slice(2)}@example.com`;
}

export const PASSWORD = 'a good password';

/** A client signed in as a fresh user. */
export async function signedInClient(url: string, name = 'user'): Promise<EnsembleClient> {
  const client = sdkClient(url);
  await client.auth.register({ email: uniqueEmail(name), password: PASSWORD, displayName: name });
  return client;
}

/** Personalities for tests: a warm extravert and a prickly introvert. */
export const WARM = { openness: 0.7, conscientiousness: 0.6, extraversion: 0.8, agreeableness: 0.8, neuroticism: 0.2 };
export const PRICKLY = {
  openness: 0.3,
  conscientiousness: 0.4,
  extraversion: 0.2,
  agreeableness: 0.2,
  neuroticism: 0.8,
};

/** Waits until `condition` holds, polling; fails naming `what` after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Every stored event of an ecosystem, from the log, oldest first. */
export async function loggedEvents(client: EnsembleClient, ecosystemId: string): Promise<EcosystemEvent[]> {
  const all: EcosystemEvent[] = [];
  let afterSeq = 0;
  for (;;) {
    const page = await client.ecosystem(ecosystemId).events.list({ afterSeq, limit: 500 });
    all.push(...page.events);
    if (page.nextAfterSeq === null) return all;
    afterSeq = page.nextAfterSeq;
  }
}

/** An ecosystem with four characters, alternately warm and prickly. */
export async function stageEcosystem(client: EnsembleClient, name: string) {
  const ecosystem = await client.ecosystems.create({ name });
  const handle = client.ecosystem(ecosystem.id);
  const people = [];
  for (const [i, person] of ['Ada', 'Bo', 'Cy', 'Di'].entries()) {
    people.push(await handle.characters.create({ name: person, personality: i % 2 ? PRICKLY : WARM }));
  }
  return { ecosystem, handle, people };
}

/** Every pair of `count` characters once (the pair cooldown covers both directions, so never both). */
export function distinctPairs(count: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < count; a += 1) for (let b = a + 1; b < count; b += 1) pairs.push([a, b]);
  return pairs;
}
