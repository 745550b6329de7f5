import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ensemble-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: null,
      redisUrl: null,
      corsOrigins: [],
      webDist: null,
    });
  });

  it('generates the JWT secret once, keeps it private, and reuses it on the next start', () => {
    const dataDir = tempDir();
    const first = loadConfig({ DATA_DIR: dataDir });
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(first.jwtSecret.length).toBe(32);
    expect(Buffer.from(second.jwtSecret).equals(Buffer.from(first.jwtSecret))).toBe(true);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('prefers JWT_SECRET from the environment and rejects a short one', () => {
    const secret = 's'.repeat(40);
    expect(Buffer.from(loadConfig({ DATA_DIR: tempDir(), JWT_SECRET: secret }).jwtSecret).toString()).toBe(secret);
    expect(() => loadConfig({ DATA_DIR: tempDir(), JWT_SECRET: 'short' })).toThrow(ConfigError);
  });

  it('names the variable that is invalid', () => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATA_DIR: tempDir(), DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('embeds with an OpenAI-compatible endpoint when EMBEDDINGS_BASE_URL is set, else the local model from EMBEDDINGS_MODEL_DIR, else not at all', () => {
    const dataDir = tempDir();
    expect(loadConfig({ DATA_DIR: dataDir }).embeddings).toBeNull();
    expect(loadConfig({ DATA_DIR: dataDir, EMBEDDINGS_MODEL_DIR: 'models/minilm' }).embeddings).toEqual({
      kind: 'local',
      modelDir: resolve('models/minilm'),
      allowRemote: false,
    });
    expect(
      loadConfig({
        DATA_DIR: dataDir,
        EMBEDDINGS_MODEL_DIR: 'models/minilm',
        EMBEDDINGS_BASE_URL: 'http://127.0.0.1:11434/v1',
        EMBEDDINGS_API_KEY: 'sk-x',
      }).embeddings,
    ).toEqual({
      kind: 'remote',
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'text-embedding-3-small',
      apiKey: 'sk-x',
    });
    expect(() => loadConfig({ DATA_DIR: dataDir, EMBEDDINGS_BASE_URL: 'not a url' })).toThrow(/EMBEDDINGS_BASE_URL/);
  });

  it('accepts port 0 (any free port) and splits CORS_ORIGINS', () => {
    const config = loadConfig({ DATA_DIR: tempDir(), PORT: '0', CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(config.port).toBe(0);
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('holds at most 16,000 WebSockets per node unless WS_CONNECTIONS_PER_NODE says otherwise', () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).wsConnectionsPerNode).toBe(16_000);
    expect(loadConfig({ DATA_DIR: tempDir(), WS_CONNECTIONS_PER_NODE: '50000' }).wsConnectionsPerNode).toBe(50_000);
    expect(() => loadConfig({ DATA_DIR: tempDir(), WS_CONNECTIONS_PER_NODE: '0' })).toThrow(/WS_CONNECTIONS_PER_NODE/);
  });

  it('checks the keys behind open WebSockets every 10 s unless WS_KEY_CHECK_MS says otherwise, and never more often than every 50 ms', () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).wsKeyCheckMs).toBe(10_000);
    expect(loadConfig({ DATA_DIR: tempDir(), WS_KEY_CHECK_MS: '250' }).wsKeyCheckMs).toBe(250);
    expect(() => loadConfig({ DATA_DIR: tempDir(), WS_KEY_CHECK_MS: '10' })).toThrow(/WS_KEY_CHECK_MS/);
  });

  it('caps WebSocket connections per user at 32 unless WS_CONNECTIONS_PER_USER says otherwise', () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).wsConnectionsPerUser).toBe(32);
    expect(loadConfig({ DATA_DIR: tempDir(), WS_CONNECTIONS_PER_USER: '2000' }).wsConnectionsPerUser).toBe(2000);
    expect(() => loadConfig({ DATA_DIR: tempDir(), WS_CONNECTIONS_PER_USER: '0' })).toThrow(/WS_CONNECTIONS_PER_USER/);
  });

  it('lets overrides win, including an explicit null', () => {
    const config = loadConfig(
      { DATA_DIR: tempDir(), DATABASE_URL: 'postgres://localhost/x' },
      { databaseUrl: null, port: 1234 },
    );
    expect(config.databaseUrl).toBeNull();
    expect(config.port).toBe(1234);
  });
});
