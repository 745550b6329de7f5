/**
 * Several API nodes on loopback for the multi-node tests: real `ensemble serve` processes sharing one
 * scratch PostgreSQL database and one Redis, optionally behind an nginx of their own rendered from
 * deploy/nginx, and a private redis-server that a test may kill and restart.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { renderNginxSite } from '../../../deploy/nginx/render.ts';
import { createScratchDatabase } from './stores.ts';
import { startApi, type RunningApi } from './harness.ts';
import { freePort } from './ports.ts';

const WAIT_MS = 20_000;

/** Whether `command` is on PATH. */
function installed(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * What this machine lacks for a multi-node test, as one line naming it, or null when nothing is missing.
 * `redis`: 'url' needs REDIS_URL; 'server' needs the redis-server binary (a private, killable Redis).
 */
export function missingForCluster(needs: { redis: 'url' | 'server'; nginx: boolean }): string | null {
  const missing: string[] = [];
  if (!process.env['DATABASE_URL']) missing.push('DATABASE_URL (PostgreSQL shared by the nodes)');
  if (needs.redis === 'url' && !process.env['REDIS_URL']) missing.push('REDIS_URL');
  if (needs.redis === 'server' && !installed('redis-server')) missing.push('the redis-server binary');
  if (needs.nginx && !installed('nginx')) missing.push('nginx (apt-get install -y nginx)');
  return missing.length === 0 ? null : `multi-node tests skipped: missing ${missing.join(', ')}`;
}

async function waitFor(what: string, ready: () => Promise<boolean>, ms = WAIT_MS): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export interface RunningNginx {
  /** http://127.0.0.1:<port> */
  url: string;
  stop(): Promise<void>;
}

/** Starts nginx in the foreground on a free port with deploy/nginx's configuration for `upstreams`. */
export async function startNginx(upstreams: readonly string[]): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'ensemble-nginx-'));
  // Workers run as an unprivileged user when the master is root: they must be able to write temp files here.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const temp = (name: string) => {
    const path = join(dir, name);
    mkdirSync(path, { mode: 0o777 });
    chmodSync(path, 0o777);
    return path;
  };
  writeFileSync(join(dir, 'ensemble.conf'), renderNginxSite({ listen: `127.0.0.1:${port}`, upstreams }));
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'worker_processes 1;',
      'worker_rlimit_nofile 16384;',
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 8192; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${temp('body')};`,
      `  proxy_temp_path ${temp('proxy')};`,
      `  fastcgi_temp_path ${temp('fastcgi')};`,
      `  uwsgi_temp_path ${temp('uwsgi')};`,
      `  scgi_temp_path ${temp('scgi')};`,
      `  include ${join(dir, 'ensemble.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(
    'nginx',
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', `daemon off; pid ${join(dir, 'nginx.pid')};`],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor('nginx', async () => {
      if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
      return (await fetch(`${url}/nginx-health`)).ok;
    });
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited(child);
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RunningRedis {
  url: string;
  /** SIGKILL: everything in it is lost (it keeps nothing on disk). */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A private redis-server on a free port (never the machine's shared one), storing nothing on disk. */
export async function startRedisServer(): Promise<RunningRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
      {
        stdio: 'ignore',
      },
    );
    const { Redis } = await import('ioredis');
    await waitFor('redis-server', async () => {
      const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      probe.on('error', () => {});
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } finally {
        probe.disconnect();
      }
    });
  };
  const kill = async () => {
    if (!child) return;
    const running = child;
    child = null;
    running.kill('SIGKILL');
    await exited(running);
  };
  await start();
  return { url, kill, start, stop: kill };
}

export interface Cluster {
  nodes: RunningApi[];
  /** The scratch database every node shares. */
  databaseUrl: string;
  /** Runs one SQL statement on the shared database. */
  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  /** Stops every node still running and drops the database. */
  stop(): Promise<void>;
}

/**
 * Starts `count` API nodes, one after the other (the first migrates), on one scratch PostgreSQL
 * database, with `env` (REDIS_URL and the like) added to each node's environment.
 */
export async function startCluster(count: number, env: Record<string, string>): Promise<Cluster> {
  const scratch = await createScratchDatabase(process.env['DATABASE_URL']!);
  // One signing key for all: a token issued by any node must be accepted by every other.
  const jwtSecret = randomBytes(32).toString('base64url');
  const nodes: RunningApi[] = [];
  const pool = new pg.Pool({ connectionString: scratch.url, max: 2 });
  const stop = async () => {
    await Promise.allSettled(nodes.map((n) => n.stop()));
    await pool.end().catch(() => {});
    await scratch.drop();
  };
  try {
    for (let i = 0; i < count; i += 1) {
      nodes.push(
        await startApi({ databaseUrl: scratch.url, env: { TRUST_PROXY: '1', JWT_SECRET: jwtSecret, ...env } }),
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    nodes,
    databaseUrl: scratch.url,
    query: async (text, values) => (await pool.query(text, values)).rows,
    stop,
  };
}

/** The node whose process wrote `leaseOwner` (`<host>:<pid>:<random>`), if it is one of `nodes`. */
export function nodeOfLease(nodes: readonly RunningApi[], leaseOwner: string | null): RunningApi | undefined {
  const pid = leaseOwner?.split(':').at(-2);
  return nodes.find((n) => String(n.process.pid) === pid);
}
