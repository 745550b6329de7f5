/**
 * The real API as a child process, serving the built web app and widget bundle, with the demo seeded
 * (the demo user, Harbor Town and its running scenario).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createScratchDatabase, startApi, type RunningApi } from '@ensemble/api/testing';

export const WEB_DIST = resolve(import.meta.dirname, '../../dist');
export const WIDGETS_DIST = resolve(import.meta.dirname, '../../../../packages/widgets/dist');

/** The account and ecosystem `seedDemo` creates (apps/api/src/seed.ts). */
export const DEMO = { email: 'demo@ensemble.dev', password: 'ensemble-demo', ecosystemName: 'Harbor Town' } as const;

/**
 * Starts the API with the demo seeded; `env` adds to (and wins over) the defaults. The store is migrated
 * and seeded first by `ensemble seed` (no time limit), so the server itself starts quickly, also on a
 * busy machine where migrating and hashing the demo password inside the harness's start timeout can fail.
 */
export async function startDemoApi(env: Record<string, string> = {}): Promise<RunningApi> {
  const store = await seededStore();
  try {
    const api = await startApi({
      dataDir: store.dataDir,
      ...(store.databaseUrl === null ? {} : { databaseUrl: store.databaseUrl }),
      env: { NO_SEED: '0', WEB_DIST, WIDGETS_DIST, ...env },
    });
    return removingStoreOnStop(api, store.remove);
  } catch (error) {
    await store.remove();
    throw error;
  }
}

interface SeededStore {
  dataDir: string;
  /** A scratch PostgreSQL database when DATABASE_URL is set (CI), else null (PGlite in dataDir). */
  databaseUrl: string | null;
  remove(): Promise<void>;
}

const REPO_ROOT = resolve(import.meta.dirname, '../../../..');
/** Seeding migrates a fresh store and hashes the demo password: seconds normally, minutes on a loaded machine. */
const SEED_TIMEOUT_MS = 300_000;

async function seededStore(): Promise<SeededStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-web-test-'));
  const base = process.env['DATABASE_URL'];
  const scratch = base ? await createScratchDatabase(base) : null;
  const remove = async () => {
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  if (scratch !== null) env['DATABASE_URL'] = scratch.url;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'apps/api/src/cli.ts', 'seed'], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
    timeout: SEED_TIMEOUT_MS,
  });
  if (result.status !== 0) {
    await remove();
    throw new Error(`ensemble seed failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
  return { dataDir, databaseUrl: scratch?.url ?? null, remove };
}

/** The harness leaves a store it was given; remove ours once the last handle (after restarts) stops. */
function removingStoreOnStop(api: RunningApi, remove: () => Promise<void>): RunningApi {
  return {
    ...api,
    stop: async () => {
      await api.stop();
      await remove();
    },
    restart: async () => removingStoreOnStop(await api.restart(), remove),
  };
}

interface Session {
  accessToken: string;
  user: { id: string };
}

/** Signs in over plain HTTP (no SDK), for setting up what a test needs. */
export async function signInDemo(apiUrl: string): Promise<Session> {
  const response = await fetch(`${apiUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.email, password: DEMO.password }),
  });
  const body = (await response.json()) as { result?: { data?: Session } };
  if (!response.ok || body.result?.data === undefined)
    throw new Error(`demo sign-in failed: ${response.status} ${JSON.stringify(body)}`);
  return body.result.data;
}

/** A tRPC query over HTTP with a bearer token. */
export async function query<T>(apiUrl: string, token: string, path: string, input: unknown): Promise<T> {
  const response = await fetch(`${apiUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { result?: { data?: T } };
  if (!response.ok || body.result === undefined)
    throw new Error(`${path} failed: ${response.status} ${JSON.stringify(body)}`);
  return body.result.data as T;
}

export type { RunningApi };

/** The seeded demo ecosystem (Harbor Town), as the demo user sees it; throws when it was not seeded. */
export async function demoEcosystem(apiUrl: string, token: string): Promise<{ id: string; name: string }> {
  const ecosystems = await query<Array<{ id: string; name: string }>>(apiUrl, token, 'ecosystems.list', undefined);
  const demo = ecosystems.find((e) => e.name === DEMO.ecosystemName);
  if (demo === undefined) throw new Error('the demo ecosystem was not seeded');
  return demo;
}

/** A tRPC mutation over HTTP with a bearer token. */
export async function mutate<T>(apiUrl: string, token: string, path: string, input: unknown): Promise<T> {
  const response = await fetch(`${apiUrl}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: { data?: T } };
  if (!response.ok || body.result === undefined)
    throw new Error(`${path} failed: ${response.status} ${JSON.stringify(body)}`);
  return body.result.data as T;
}

/**
 * What a host site's backend does once: the account owner creates a publishable key naming the site's
 * origin and a secret key; then, per page view, the backend mints a short-lived widget token with the
 * secret key for the page to pass to the widgets.
 */
export async function mintWidgetToken(
  apiUrl: string,
  sessionToken: string,
  input: { ecosystemId: string; hostOrigin: string; scope: 'read' | 'participant' },
): Promise<string> {
  type Created = { secret: string };
  const publishable = await mutate<Created>(apiUrl, sessionToken, 'keys.create', {
    kind: 'publishable',
    name: 'Gazette widgets',
    origins: [input.hostOrigin],
  });
  const secret = await mutate<Created>(apiUrl, sessionToken, 'keys.create', {
    kind: 'secret',
    name: 'Gazette backend',
  });
  const minted = await mutate<{ token: string }>(apiUrl, secret.secret, 'widgetTokens.create', {
    ecosystemId: input.ecosystemId,
    scope: input.scope,
    publishableKey: publishable.secret,
  });
  return minted.token;
}
