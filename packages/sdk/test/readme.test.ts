/** The README's quick start, extracted from README.md and run exactly as written against a real API. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type RunningApi } from './support/api.ts';
import { finished, runScript } from './support/run-script.ts';

const PACKAGE_DIR = resolve(import.meta.dirname, '..');

/** The first ```ts block under the "Five-minute quick start" heading. */
function quickStartCode(): string {
  const readme = readFileSync(join(PACKAGE_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Five-minute quick start'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (match?.[1] === undefined) throw new Error('README.md has no ts block in its quick start');
  return match[1];
}

let api: RunningApi;
// Inside the package, so `@ensemble/sdk` and `ws` resolve as they would in a user's project.
const dir = mkdtempSync(join(PACKAGE_DIR, 'test', '.quickstart-'));
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await api?.stop();
});

describe('README quick start', () => {
  it('type-checks and runs as written: reply, live relationship changes, scenario dialogue, summary', async () => {
    const file = join(dir, 'quickstart.mts');
    writeFileSync(file, quickStartCode());
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../../tsconfig.base.json',
        compilerOptions: { lib: ['ES2023', 'DOM'] },
        files: ['quickstart.mts'],
      }),
    );
    await promisify(execFile)(process.execPath, [tscBin(), '-p', join(dir, 'tsconfig.json')], { cwd: dir }).catch(
      (error: { stdout?: string }) => {
        throw new Error(`the quick start does not type-check:\n${error.stdout ?? String(error)}`);
      },
    );

    const run = runScript(file, [], { ENSEMBLE_URL: api.url }, dir);
    const code = await finished(run, 120_000);
    const out = run.stdout();
    expect(code, `${out}\n${run.stderr()}`).toBe(0);
    expect(out).toMatch(/^Ada: Fine morning for fishing!\nBo: \S.*$/m);
    expect(out).toMatch(/live: Ada now sees Bo as \w[\w ]* \(strength -?\d\.\d\d\)/);
    expect(out).toMatch(/live: Bo now sees Ada as /);
    expect(out).toContain('live connection: open');
    // Two lines of the direct exchange, then at least one exchange (two lines) from the scenario's transcript.
    expect(out.match(/^(Ada|Bo|Cy): \S/gm)?.length ?? 0).toBeGreaterThanOrEqual(4);
    expect(out).toMatch(/^3 characters, \d+ relationships, last event #\d+$/m);
  }, 300_000);
});

function tscBin(): string {
  return resolve(PACKAGE_DIR, '../../node_modules/typescript/bin/tsc');
}
