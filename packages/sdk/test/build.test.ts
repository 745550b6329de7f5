/**
 * The built package (npm run build): ESM JavaScript without server code, declarations that resolve
 * inside dist/, and an exports map — checked by a consumer project outside the monorepo that has only
 * the built package and @trpc/* installed: right calls type-check with real result types, wrong ones do not.
 */
import { execFile } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const PACKAGE_DIR = resolve(import.meta.dirname, '..');
const REPO_ROOT = resolve(PACKAGE_DIR, '../..');
const consumer = mkdtempSync(join(tmpdir(), 'ensemble-sdk-consumer-'));
/** Built into a folder of this test's own: a concurrent `npm run build` empties packages/sdk/dist first. */
const DIST = join(consumer, 'sdk-dist');
const TSC = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');

beforeAll(async () => {
  await run(process.execPath, ['--import', 'tsx', join(PACKAGE_DIR, 'scripts/build.ts')], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, SDK_BUILD_OUT: DIST },
  });
  mkdirSync(join(consumer, 'node_modules/@ensemble'), { recursive: true });
  symlinkSync(DIST, join(consumer, 'node_modules/@ensemble/sdk'), 'dir');
  symlinkSync(join(REPO_ROOT, 'node_modules/@trpc'), join(consumer, 'node_modules/@trpc'), 'dir');
}, 300_000);
afterAll(() => {
  rmSync(consumer, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the built package', () => {
  it('is ESM JavaScript that imports nothing but @trpc/client: no server code, no workspace sources', () => {
    const js = readFileSync(join(DIST, 'index.js'), 'utf8');
    const imports = [...js.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports).toEqual(['@trpc/client']);
    expect(js).not.toMatch(/@ensemble\/|express|drizzle|pglite|argon2/);
    expect(js).toContain('export {');
    expect(filesUnder(DIST).filter((f) => f.endsWith('.js'))).toEqual([join(DIST, 'index.js')]);
  });

  it('declares its types with an exports map, and its declarations never point back at workspace sources', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: '@ensemble/sdk',
      type: 'module',
      exports: { '.': { types: './types/packages/sdk/src/index.d.ts', import: './index.js' } },
    });
    const declarations = filesUnder(join(DIST, 'types')).filter((f) => f.endsWith('.d.ts'));
    expect(declarations.some((f) => f.endsWith('apps/api/src/router.d.ts'))).toBe(true);
    for (const file of declarations) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/['"]@ensemble\//);
      expect(text, file).not.toMatch(/['"]\.{1,2}\/[^'"]*\.ts['"]/);
    }
  });

  it('gives a consumer outside the monorepo full types: right calls compile with real result types, wrong calls fail', async () => {
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
        },
        files: ['app.ts'],
      }),
    );
    writeFileSync(
      join(consumer, 'app.ts'),
      `
import { createEnsembleClient, EnsembleError, isEventOfType, type Character } from '@ensemble/sdk';

const client = createEnsembleClient({ url: 'http://localhost:4000', auth: { email: 'a@example.com', password: 'pw' } });
const eco = client.ecosystem('eco');
const personality = { openness: 0.5, conscientiousness: 0.5, extraversion: 0.5, agreeableness: 0.5, neuroticism: 0.5 };

export async function rightCalls(): Promise<number> {
  const ada: Character = await eco.characters.create({ name: 'Ada', personality });
  const openness: number = ada.personality.openness;
  const { lastSeq } = await client.ecosystems.get('eco');
  eco.events.subscribe({ onEvent: (event) => { if (isEventOfType(event, 'relationship_changed')) void event.data.trust; } });
  const error = new EnsembleError('x', 'y', false);
  return openness + lastSeq + (error.retryable ? 1 : 0);
}

export async function wrongCalls(): Promise<void> {
  // @ts-expect-error not an interaction type
  await eco.interact({ initiatorId: 'a', targetId: 'b', type: 'hug' });
  // @ts-expect-error name must be a string
  await client.ecosystems.create({ name: 1 });
  // @ts-expect-error results are typed, not any: lastSeq is a number
  const seq: string = (await client.ecosystems.get('eco')).lastSeq;
  void seq;
  // @ts-expect-error the escape hatch is typed from the router too
  await client.trpc.characters.create.mutate({ ecosystemId: 'eco', name: 'Bo' });
}
`,
    );
    const result = await run(process.execPath, [TSC, '-p', consumer], { cwd: consumer }).then(
      () => ({ ok: true, output: '' }),
      (error: { stdout?: string }) => ({ ok: false, output: error.stdout ?? String(error) }),
    );
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('loads in plain Node from the consumer project (no tsx, no workspace)', async () => {
    writeFileSync(
      join(consumer, 'load.mjs'),
      `
import { createEnsembleClient, EnsembleError } from '@ensemble/sdk';
const client = createEnsembleClient({ url: 'http://127.0.0.1:9' });
const error = await client.ecosystems.list().catch((e) => e);
client.close();
console.log(JSON.stringify({ isEnsembleError: error instanceof EnsembleError, code: error.code, status: client.status }));
`,
    );
    const { stdout } = await run(process.execPath, [join(consumer, 'load.mjs')], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual({ isEnsembleError: true, code: 'network_error', status: 'closed' });
  });
});
