/**
 * Runs the real API as a child process (`ensemble serve`) for cross-process tests, and builds typed
 * tRPC clients for it. Each server gets a fresh data dir and, when DATABASE_URL is set, a scratch
 * PostgreSQL database; both are removed by `stop()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTRPCClient, createWSClient, httpLink, splitLink, wsLink, type TRPCClient } from '@trpc/client';
import { WebSocket } from 'ws';
import type { AppRouter } from '../src/router.ts';
import { createScratchDatabase } from './stores.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const CLI = 'apps/api/src/cli.ts';
/** Where API child processes write raw V8 coverage under ENSEMBLE_COVERAGE=1 (read by .ci/coverage.ts). */
const CHILD_COVERAGE_DIR = resolve(REPO_ROOT, '.coverage-children', 'api');
const LISTENING = /Ensemble API listening on (http:\/\/\S+)/;
/** A cold PGlite open plus migrations takes seconds; leave room for a loaded machine. */
const START_TIMEOUT_MS = Number(process.env.ENSEMBLE_TEST_START_TIMEOUT_MS ?? 170_000);
const STOP_TIMEOUT_MS = 15_000;
/** Launches of a restart whose port was taken for a moment (EADDRINUSE), the first included. */
const RESTART_ATTEMPTS = 5;

export interface StartApiOptions {
  /** Reuse this data dir (e.g. to restart on the same data); it is then not deleted by stop(). */
  dataDir?: string;
  /** Reuse this PostgreSQL database; it is then not dropped by stop(). */
  databaseUrl?: string;
  /** Extra environment; wins over the harness defaults (PORT=0, NO_SEED=1, DATA_DIR, DATABASE_URL, no EMBEDDINGS_*). */
  env?: Record<string, string>;
  /** 'pglite': the embedded store in the data dir even when DATABASE_URL is set. */
  store?: 'pglite';
}

export interface RunningApi {
  url: string;
  /** ws://…/trpc */
  wsUrl: string;
  dataDir: string;
  /** The PostgreSQL database in use, or null on PGlite. */
  databaseUrl: string | null;
  process: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr), for failure messages. */
  output(): string;
  /** SIGTERM, wait for exit, then remove the data dir and scratch database this harness created. */
  stop(): Promise<void>;
  /** SIGKILL (a crash) and wait; data is kept so `restart()` can continue on it. */
  kill(): Promise<void>;
  /** Stops (gracefully, if still running) and starts a new process on the same data; the new handle owns the cleanup. */
  restart(): Promise<RunningApi>;
}

interface Owned {
  dataDir: boolean;
  dropDatabase: (() => Promise<void>) | null;
}

/** Starts `ensemble serve` on a free port and waits until it is listening. */
export async function startApi(options: StartApiOptions = {}): Promise<RunningApi> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ensemble-api-'));
  const owned: Owned = { dataDir: options.dataDir === undefined, dropDatabase: null };
  let databaseUrl = options.databaseUrl ?? null;
  const baseUrl = process.env['DATABASE_URL'];
  if (databaseUrl === null && baseUrl && options.store !== 'pglite') {
    const scratch = await createScratchDatabase(baseUrl);
    databaseUrl = scratch.url;
    owned.dropDatabase = scratch.drop;
  }
  try {
    return await launch(dataDir, databaseUrl, options.env ?? {}, owned);
  } catch (error) {
    await cleanUp(dataDir, owned);
    throw error;
  }
}

async function launch(
  dataDir: string,
  databaseUrl: string | null,
  extraEnv: Record<string, string>,
  owned: Owned,
): Promise<RunningApi> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NO_SEED: '1' };
  delete env['DATABASE_URL'];
  // No embedder unless a test asks for one (a developer's shell or CI may name a model for in-process tests).
  for (const name of ['EMBEDDINGS_BASE_URL', 'EMBEDDINGS_MODEL_DIR', 'EMBEDDINGS_ALLOW_DOWNLOAD']) delete env[name];
  if (databaseUrl !== null) env['DATABASE_URL'] = databaseUrl;
  Object.assign(env, extraEnv);
  // Under coverage (ENSEMBLE_COVERAGE=1), the API code this child runs counts too: .ci/coverage.ts merges it.
  if (process.env['ENSEMBLE_COVERAGE'] === '1') env['NODE_V8_COVERAGE'] = CHILD_COVERAGE_DIR;

  const child = spawn(
    process.execPath,
    [...(process.env['ENSEMBLE_TEST_NODE_ARGS']?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', CLI, 'serve'],
    {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`API did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = () => {
      const match = LISTENING.exec(output);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolveUrl(match[1]);
    };
    child.stdout.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`API exited before listening (code ${code}, signal ${signal}):\n${output}`));
    });
  });

  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      const timeout = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timeout);
    }
  };

  const api: RunningApi = {
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/trpc`,
    dataDir,
    databaseUrl,
    process: child,
    output: () => output,
    stop: async () => {
      await end('SIGTERM');
      await cleanUp(dataDir, owned);
    },
    kill: () => end('SIGKILL'),
    restart: async () => {
      await end('SIGTERM');
      // Same port on purpose (clients reconnect to the same URL). Should something hold it for a moment
      // (an outgoing socket given it as its local port), wait and try again rather than fail the test.
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await launch(dataDir, databaseUrl, extraEnv, owned);
        } catch (error) {
          if (attempt >= RESTART_ATTEMPTS || !String(error).includes('EADDRINUSE')) throw error;
          await new Promise((r) => setTimeout(r, 500 * attempt));
        }
      }
    },
  };
  return api;
}

async function cleanUp(dataDir: string, owned: Owned): Promise<void> {
  if (owned.dropDatabase !== null) await owned.dropDatabase();
  if (owned.dataDir) rmSync(dataDir, { recursive: true, force: true });
}

export type ApiClient = TRPCClient<AppRouter>;

export interface ClientOptions {
  /** 'split' (default): subscriptions over ws, the rest over HTTP; 'ws' or 'http': everything over one. */
  transport?: 'split' | 'ws' | 'http';
}

/** A typed client for `url` (http://host:port), signed in with `token` when given. Call close() when done. */
export function makeClient(
  url: string,
  token?: string | null,
  options: ClientOptions = {},
): { client: ApiClient; close(): void } {
  const transport = options.transport ?? 'split';
  const headers = () => (token ? { authorization: `Bearer ${token}` } : {});
  const http = httpLink({ url: `${url}/trpc`, headers });
  let wsClient: ReturnType<typeof createWSClient> | null = null;
  const ws = () => {
    wsClient ??= createWSClient({
      url: `${url.replace(/^http/, 'ws')}/trpc`,
      WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
      connectionParams: token ? { token } : null,
      // Opened by the first subscription, not by building the client: a socket nobody asked for would hold
      // one of the user's connection slots (and a test counting them would race its close).
      lazy: { enabled: true, closeMs: 0 },
    });
    return wsLink<AppRouter>({ client: wsClient });
  };
  const link =
    transport === 'http'
      ? http
      : transport === 'ws'
        ? ws()
        : splitLink<AppRouter>({ condition: (op) => op.type === 'subscription', true: ws(), false: http });
  return {
    client: createTRPCClient<AppRouter>({ links: [link] }),
    close: () => {
      void wsClient?.close();
    },
  };
}

/** A raw tRPC call over HTTP, for asserting on status codes and the exact JSON body. */
export async function rawCall(
  url: string,
  path: string,
  input: unknown,
  options: { token?: string; method?: 'GET' | 'POST' } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const method = options.method ?? 'POST';
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  const target =
    method === 'GET' ? `${url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}` : `${url}/trpc/${path}`;
  const response = await fetch(target, {
    method,
    headers,
    ...(method === 'POST' ? { body: JSON.stringify(input) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text), headers: response.headers };
}

/** Registers a fresh user and returns the session plus a signed-in client. */
export async function signUp(
  url: string,
  name = 'user',
): Promise<{
  session: Awaited<ReturnType<ApiClient['auth']['register']['mutate']>>;
  client: ApiClient;
  close(): void;
}> {
  const anon = makeClient(url, null, { transport: 'http' });
  const email = `${name}-${Math.random().toString(36).slice(2)}@example.com`;
  const session = await anon.client.auth.register.mutate({ email, password: 'a good password', displayName: name });
  anon.close();
  const signedIn = makeClient(url, session.accessToken);
  return { session, ...signedIn };
}

/** The tRPC error's data (code, appCode, httpStatus) of a failed call, or throws if the call succeeded. */
export async function errorOf(promise: Promise<unknown>): Promise<{
  message: string;
  data: { code: string; appCode: string; httpStatus: number } & Record<string, unknown>;
}> {
  try {
    await promise;
  } catch (error) {
    const e = error as { message: string; data?: { code: string; appCode: string; httpStatus: number } };
    if (e.data === undefined) throw error;
    return { message: e.message, data: e.data };
  }
  throw new Error('expected the call to fail, but it succeeded');
}
