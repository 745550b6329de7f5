import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Everything the server is configured with. Built once by `loadConfig`; nothing else reads process.env. */
export interface AppConfig {
  /** TCP port; 0 picks any free port. @default 4000 */
  port: number;
  /** Interface to bind. @default '127.0.0.1' */
  host: string;
  /** Where embedded data lives (PGlite files, the generated JWT secret). @default '<cwd>/.data' */
  dataDir: string;
  /** PostgreSQL URL; null means embedded PGlite under dataDir. */
  databaseUrl: string | null;
  /** Redis URL for the cross-node event bus; null means in-process. */
  redisUrl: string | null;
  /** Neo4j Bolt URL for graph queries; null means in-process. */
  neo4jUrl: string | null;
  /** OpenAI-compatible endpoint for dialogue (ecosystems in `llm` mode); null means the template generator only. */
  llmBaseUrl: string | null;
  /** The language-model adapter's settings (used only with llmBaseUrl). */
  llm: LlmConfig;
  /** Who embeds document passages for search by meaning; null: lore is searchable by text only. */
  embeddings: EmbeddingsConfig | null;
  /** HS256 key for access tokens. */
  jwtSecret: Uint8Array;
  /** The URL clients reach this server at (links, OpenAPI servers). */
  publicUrl: string;
  /** Origins allowed to call the API from a browser (CORS and the WebSocket Origin check). */
  corsOrigins: string[];
  /**
   * True behind one trusted reverse proxy (TRUST_PROXY=1): the client's address is then the last
   * X-Forwarded-For entry rather than the socket's peer (the proxy). @default false
   */
  trustProxy: boolean;
  /** Interactions one user may start per minute, across all nodes; 0 turns the limit off (benchmarks). @default 600 */
  interactionsPerMinute: number;
  /** Open WebSocket connections one account (or widget token) may hold on one node, over both endpoints. */
  wsConnectionsPerUser: number;
  /** Open WebSocket connections one node holds over every principal. */
  wsConnectionsPerNode: number;
  /**
   * How often an open WebSocket that stands on an API key (a secret key, or a widget token it minted)
   * checks the key is still active; a revoked key's sockets close with 1008 `key_revoked` within this.
   */
  wsKeyCheckMs: number;
  /** Built web app to serve at `/`, or null. @default '<cwd>/apps/web/dist' when it has an index.html */
  webDist: string | null;
  /** Built widget bundle to serve at `/widgets/`, or null. @default '<cwd>/packages/widgets/dist' when built */
  widgetsDist: string | null;
}

/** LLM_* settings: model, key, time limits, concurrency, output cap, circuit breaker. */
export interface LlmConfig {
  /** Bearer key for the server; never logged, never sent to clients. @default null */
  apiKey: string | null;
  /** The model when an ecosystem names none. @default 'gpt-4o-mini' */
  model: string;
  /** Longest wait for the first token before falling back to the templates. @default 4000 */
  firstTokenMs: number;
  /** Longest time for a whole line. @default 15000 */
  lineMs: number;
  /** Generations at once on one node. @default 4 */
  concurrency: number;
  /** Longest line kept. @default 400 */
  maxLineChars: number;
  /** Failures in a row that open the circuit breaker. @default 5 */
  breakerFailures: number;
  /** How long the breaker stays open. @default 30000 */
  breakerCooldownMs: number;
}

/**
 * EMBEDDINGS_*: an OpenAI-compatible `/v1/embeddings` endpoint when EMBEDDINGS_BASE_URL is set, else the
 * local all-MiniLM-L6-v2 from EMBEDDINGS_MODEL_DIR when that is set.
 */
export type EmbeddingsConfig =
  | { kind: 'local'; modelDir: string; allowRemote: boolean }
  | { kind: 'remote'; baseUrl: string; model: string; apiKey: string | null };

/** A secret shorter than this is too easy to brute-force offline from one token (RFC 7518 §3.2: ≥ 256 bits). */
const MIN_JWT_SECRET_LENGTH = 32;
const JWT_SECRET_FILE = 'jwt-secret';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .default(null);

const optionalUrl = optionalText.refine((s) => s === null || URL.canParse(s), 'must be a URL');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATA_DIR: optionalText,
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  NEO4J_URL: optionalUrl,
  LLM_BASE_URL: optionalUrl,
  LLM_API_KEY: optionalText,
  LLM_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  LLM_FIRST_TOKEN_MS: z.coerce.number().int().min(50).max(600_000).default(4000),
  LLM_LINE_MS: z.coerce.number().int().min(50).max(600_000).default(15_000),
  LLM_CONCURRENCY: z.coerce.number().int().min(1).max(10_000).default(4),
  LLM_MAX_LINE_CHARS: z.coerce.number().int().min(20).max(2000).default(400),
  LLM_BREAKER_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  LLM_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  EMBEDDINGS_BASE_URL: optionalUrl,
  EMBEDDINGS_MODEL: z.string().trim().min(1).default('text-embedding-3-small'),
  EMBEDDINGS_API_KEY: optionalText,
  EMBEDDINGS_MODEL_DIR: optionalText,
  EMBEDDINGS_ALLOW_DOWNLOAD: z.enum(['', '0', '1', 'true', 'false']).default('0'),
  JWT_SECRET: optionalText.refine(
    (s) => s === null || s.length >= MIN_JWT_SECRET_LENGTH,
    `must be at least ${MIN_JWT_SECRET_LENGTH} characters`,
  ),
  PUBLIC_URL: optionalUrl,
  CORS_ORIGINS: optionalText,
  TRUST_PROXY: z.enum(['', '0', '1', 'true', 'false']).default('0'),
  INTERACTIONS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  WS_CONNECTIONS_PER_USER: z.coerce.number().int().min(1).max(1_000_000).default(32),
  WS_CONNECTIONS_PER_NODE: z.coerce.number().int().min(1).max(10_000_000).default(16_000),
  WS_KEY_CHECK_MS: z.coerce.number().int().min(50).max(3_600_000).default(10_000),
  WEB_DIST: optionalText,
  WIDGETS_DIST: optionalText,
});

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; `overrides` win over the environment (tests, embedding). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const port = overrides.port ?? e.PORT;
  const host = overrides.host ?? e.HOST;
  const dataDir = resolve(overrides.dataDir ?? e.DATA_DIR ?? join(process.cwd(), '.data'));
  const jwtSecret =
    overrides.jwtSecret ??
    (e.JWT_SECRET !== null ? new TextEncoder().encode(e.JWT_SECRET) : persistedJwtSecret(dataDir));
  const publicUrl = overrides.publicUrl ?? e.PUBLIC_URL ?? `http://${host}:${port}`;
  return {
    port,
    host,
    dataDir,
    databaseUrl: pick(overrides, 'databaseUrl', e.DATABASE_URL),
    redisUrl: pick(overrides, 'redisUrl', e.REDIS_URL),
    neo4jUrl: pick(overrides, 'neo4jUrl', e.NEO4J_URL),
    llmBaseUrl: pick(overrides, 'llmBaseUrl', e.LLM_BASE_URL),
    llm: overrides.llm ?? {
      apiKey: e.LLM_API_KEY,
      model: e.LLM_MODEL,
      firstTokenMs: e.LLM_FIRST_TOKEN_MS,
      lineMs: e.LLM_LINE_MS,
      concurrency: e.LLM_CONCURRENCY,
      maxLineChars: e.LLM_MAX_LINE_CHARS,
      breakerFailures: e.LLM_BREAKER_FAILURES,
      breakerCooldownMs: e.LLM_BREAKER_COOLDOWN_MS,
    },
    embeddings:
      overrides.embeddings !== undefined
        ? overrides.embeddings
        : e.EMBEDDINGS_BASE_URL !== null
          ? { kind: 'remote', baseUrl: e.EMBEDDINGS_BASE_URL, model: e.EMBEDDINGS_MODEL, apiKey: e.EMBEDDINGS_API_KEY }
          : e.EMBEDDINGS_MODEL_DIR !== null
            ? {
                kind: 'local',
                modelDir: resolve(e.EMBEDDINGS_MODEL_DIR),
                allowRemote: e.EMBEDDINGS_ALLOW_DOWNLOAD === '1' || e.EMBEDDINGS_ALLOW_DOWNLOAD === 'true',
              }
            : null,
    jwtSecret,
    publicUrl: publicUrl.replace(/\/+$/, ''),
    corsOrigins: overrides.corsOrigins ?? splitList(e.CORS_ORIGINS),
    trustProxy: overrides.trustProxy ?? (e.TRUST_PROXY === '1' || e.TRUST_PROXY === 'true'),
    interactionsPerMinute: overrides.interactionsPerMinute ?? e.INTERACTIONS_PER_MINUTE,
    wsConnectionsPerUser: overrides.wsConnectionsPerUser ?? e.WS_CONNECTIONS_PER_USER,
    wsConnectionsPerNode: overrides.wsConnectionsPerNode ?? e.WS_CONNECTIONS_PER_NODE,
    wsKeyCheckMs: overrides.wsKeyCheckMs ?? e.WS_KEY_CHECK_MS,
    webDist: pick(overrides, 'webDist', e.WEB_DIST === null ? builtIfPresent(DEFAULT_WEB_DIST) : resolve(e.WEB_DIST)),
    widgetsDist: pick(
      overrides,
      'widgetsDist',
      e.WIDGETS_DIST === null ? builtIfPresent(DEFAULT_WIDGETS_DIST) : resolve(e.WIDGETS_DIST),
    ),
  };
}

/**
 * Where `npm start` (run from the repo root) finds the built web app and widget bundle, each named by a
 * file its build writes. Relative to the working directory, like DATA_DIR's default.
 */
const DEFAULT_WEB_DIST = { dir: join('apps', 'web', 'dist'), marker: 'index.html' };
const DEFAULT_WIDGETS_DIST = { dir: join('packages', 'widgets', 'dist'), marker: 'ensemble-widgets.js' };

function builtIfPresent(build: { dir: string; marker: string }): string | null {
  const dir = resolve(build.dir);
  return existsSync(join(dir, build.marker)) ? dir : null;
}

/** An override given as null must win over the environment, so test for presence, not truthiness. */
function pick<K extends 'databaseUrl' | 'redisUrl' | 'neo4jUrl' | 'llmBaseUrl' | 'webDist' | 'widgetsDist'>(
  overrides: Partial<AppConfig>,
  key: K,
  fromEnv: string | null,
): string | null {
  return key in overrides ? (overrides[key] ?? null) : fromEnv;
}

function splitList(value: string | null): string[] {
  if (value === null) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The secret generated on first start and kept in the data dir, so tokens survive a restart without any setup.
 * Written to a private temp file and hard-linked into place (atomic, fails if present), so two processes
 * starting at once agree on one secret and neither reads a half-written file.
 */
function persistedJwtSecret(dataDir: string): Uint8Array {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, JWT_SECRET_FILE);
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temp);
  }
  const text = readFileSync(file, 'utf8').trim();
  const secret = Buffer.from(text, 'base64url');
  if (secret.length < MIN_JWT_SECRET_LENGTH) {
    throw new ConfigError(
      `${file} holds a secret shorter than ${MIN_JWT_SECRET_LENGTH} bytes; delete it to regenerate`,
    );
  }
  return new Uint8Array(secret);
}
