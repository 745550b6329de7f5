import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = resolve(import.meta.dirname, 'cli.ts');

/** Runs `ensemble <args>` and reports its exit code and output instead of throwing on failure. */
async function ensemble(args: string[], env: Record<string, string> = {}) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('DATABASE_URL' in env)) delete childEnv['DATABASE_URL'];
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], {
      env: childEnv,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('ensemble CLI', () => {
  it('prints usage for --help and exits 0', async () => {
    const { code, stdout } = await ensemble(['--help']);
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'simulate']) expect(stdout).toContain(command);
  });

  it('rejects an unknown command, a missing command and bad options with exit code 2 and a clear message', async () => {
    const unknown = await ensemble(['launch']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('Unknown command: launch');
    expect((await ensemble([])).code).toBe(2);
    const badTurns = await ensemble(['simulate', '--turns', 'many']);
    expect(badTurns.code).toBe(2);
    expect(badTurns.stderr).toContain('--turns must be a whole number');
    const badMood = await ensemble(['simulate', '--mood', 'grumpy']);
    expect(badMood.code).toBe(2);
    expect(badMood.stderr).toContain('--mood must be one of');
    expect((await ensemble(['serve', '--turns', '3'])).code).toBe(2);
    expect((await ensemble(['serve', '--frobnicate'])).code).toBe(2);
  });

  it('exits 2 on an invalid environment', async () => {
    const { code, stderr } = await ensemble(['migrate'], { PORT: 'ninety' });
    expect(code).toBe(2);
    expect(stderr).toContain('PORT');
  });

  it('serve on a port already taken exits 2 with a plain message, not a stack trace', async () => {
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    const { port } = holder.address() as AddressInfo;
    const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-cli-port-'));
    try {
      const { code, stderr } = await ensemble(['serve'], {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        NO_SEED: '1',
      });
      expect(code, stderr).toBe(2);
      expect(stderr).toContain(`127.0.0.1:${port} is already in use; set PORT to a free port`);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('simulates the same transcript and relationship table for the same seed, with progress on stderr', async () => {
    const args = ['simulate', '--characters', '4', '--turns', '12', '--seed', '9'];
    const [a, b, other] = await Promise.all([ensemble(args), ensemble(args), ensemble([...args.slice(0, -1), '10'])]);
    for (const r of [a, b, other]) expect(r, r.stderr).toMatchObject({ code: 0 });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(other.stdout);
    expect(a.stdout).toMatch(/\[ ?1\]/);
    expect(a.stderr).toContain('simulated 12/12 turns');
    expect(a.stdout).not.toContain('simulated');
  });

  it('migrates, seeds once, and reports the existing demo on a second seed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-cli-'));
    try {
      const env = { DATA_DIR: dataDir };
      const migrated = await ensemble(['migrate'], env);
      expect(migrated.code).toBe(0);
      expect(migrated.stdout).toContain('Migrations applied');
      const first = await ensemble(['seed'], env);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/Seeded the demo: .* demo@ensemble\.dev \/ ensemble-demo/);
      const second = await ensemble(['seed'], env);
      expect(second.stdout).toMatch(/Demo account: .* demo@ensemble\.dev/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 400_000); // three processes in a row, the first creating a PGlite data dir (10–20 s even on a quiet machine)

  it('imports a bundle file for an account and exports it again unchanged; refuses another version with exit 2', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-cli-'));
    try {
      const env = { DATA_DIR: dataDir };
      expect((await ensemble(['seed'], env)).code).toBe(0);
      const traits = { openness: 0.5, conscientiousness: 0.5, extraversion: 0.5, agreeableness: 0.5, neuroticism: 0.5 };
      const person = (name: string) => ({
        name,
        description: '',
        personality: traits,
        mood: { pleasure: 0.1, arousal: 0, dominance: 0 },
        emotion: { name: 'joy', intensity: 0.4 },
        energy: 0.9,
        active: true,
      });
      const bundle = {
        format: 'ensemble.ecosystem',
        version: 1,
        ecosystem: {
          name: 'Carried',
          description: 'By file',
          personalityDrift: false,
          dialogue: { mode: 'template', model: null, tokensPerHour: null },
        },
        characters: [person('Ada'), person('Bo')],
        relationships: [
          { from: 'Ada', to: 'Bo', strength: 0.3, trust: 0.6, interactionCount: 4, label: 'acquaintance' },
        ],
        documents: [{ title: 'Tides', content: 'High tide at noon.', knownTo: ['Bo'] }],
        scenarios: [],
      };
      const file = join(dataDir, 'in.json');
      writeFileSync(file, JSON.stringify(bundle));
      const imported = await ensemble(['bundle', 'import', '--file', file, '--owner', 'demo@ensemble.dev'], env);
      expect(imported, imported.stderr).toMatchObject({ code: 0 });
      const id = imported.stdout.trim();
      const out = join(dataDir, 'out.json');
      const exported = await ensemble(['bundle', 'export', '--ecosystem', id, '--file', out], env);
      expect(exported, exported.stderr).toMatchObject({ code: 0 });
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(bundle);

      writeFileSync(file, JSON.stringify({ ...bundle, version: 2 }));
      const refused = await ensemble(['bundle', 'import', '--file', file, '--owner', 'demo@ensemble.dev'], env);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('bundle_unsupported_version');
      expect((await ensemble(['bundle', 'import', '--file', file], env)).stderr).toContain('--owner');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 400_000);
});
