import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { transcriptOf } from '@ensemble/core';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/adapters/index.ts';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../src/seed.ts';
import { SqlStore } from '../src/store/sql-store.ts';
import { createScratchDatabase } from '../testing/stores.ts';
import { eventually, storedEvents } from './event-watchers.ts';
import { makeClient, startApi, type RunningApi } from '../testing/harness.ts';

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(REPO_ROOT, 'apps', 'api', 'src', 'cli.ts');
const baseUrl = process.env['DATABASE_URL'];
if (!baseUrl) console.warn('db copy tests skipped: DATABASE_URL (the PostgreSQL target) is not set');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `ensemble db copy`; `killWhen` SIGKILLs it as soon as its stderr matches (an interrupted copy). */
function copy(from: string, to: string, extra: string[] = [], killWhen?: RegExp): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, 'db', 'copy', '--from', from, '--to', to, ...extra],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const run: Run = { code: null, stdout: '', stderr: '' };
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      run.stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      run.stderr += c;
      if (killWhen?.test(run.stderr)) child.kill('SIGKILL');
    });
    child.once('exit', (code) => {
      run.code = code;
      resolve(run);
    });
  });
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean().catch(() => {});
});

describe.skipIf(!baseUrl)('ensemble db copy (PGlite → PostgreSQL)', { timeout: 240_000 }, () => {
  it('copies a store with a running scenario; an interrupted copy completes when re-run; the copy serves the same data', async () => {
    // The source: the seeded demo (Harbor Town with "The Festival of Tides" running) on the embedded store.
    const source: RunningApi = await startApi({ store: 'pglite', env: { NO_SEED: '0' } });
    cleanups.push(() => source.stop());
    const login = async (url: string) => {
      const session = await makeClient(url).client.auth.login.mutate({ email: DEMO_EMAIL, password: DEMO_PASSWORD });
      return makeClient(url, session.accessToken).client;
    };
    const onSource = await login(source.url);
    const [eco] = await onSource.ecosystems.list.query();
    const [scenario] = await onSource.scenarios.list.query({ ecosystemId: eco!.id });
    expect(scenario!.status).toBe('running');
    await eventually(
      async () => (await onSource.scenarios.get.query({ id: scenario!.id })).turn >= 2,
      60_000,
      () => 'no turns',
    );
    // Lore: passages carry a generated tsvector column, which the copy leaves for the target to compute.
    const lore = await onSource.documents.create.mutate({
      ecosystemId: eco!.id,
      title: 'Harbour lore',
      content: 'The tide bell rings thrice when the herring boats come home heavy with silver fish.',
    });
    // Stop the node (the copy reads the data dir, which one process at a time may open); the scenario stays running.
    source.process.kill('SIGTERM');
    await new Promise((r) => source.process.once('exit', r));

    // What the source holds, read from its data dir.
    const sourceDb = await openDatabase({ dataDir: source.dataDir });
    const sourceStore = new SqlStore(sourceDb.db);
    const sourceEvents = await sourceStore.listEvents(eco!.id, 0, 100_000);
    const sourceScenarioEvents = await sourceStore.listScenarioEvents(scenario!.id, 0, 100_000);
    const names = new Map((await sourceStore.listCharacters(eco!.id)).map((c) => [c.id, c.name]));
    await sourceDb.close();

    const target = await createScratchDatabase(baseUrl!);
    cleanups.push(() => target.drop());

    // One row per batch, killed while it copies: some tables done, others not.
    const interrupted = await copy(source.dataDir, target.url, ['--batch-size', '1'], /characters: \d+\/\d+/);
    expect(interrupted.code).toBeNull(); // killed, not finished
    const resumed = await copy(source.dataDir, target.url);
    expect(resumed.stderr).not.toMatch(/error/i);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain('Resumed an interrupted copy.');
    expect(resumed.stdout).toContain('Verified');
    expect(resumed.stdout).toMatch(new RegExp(`events\\s+${sourceEvents.length} rows`));

    // A second copy into the now non-empty target is refused without --force.
    const refused = await copy(source.dataDir, target.url);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already holds data');

    // The copy serves the same ecosystems, event history and transcript, and the scenario plays on.
    const copied = await startApi({ databaseUrl: target.url });
    cleanups.push(() => copied.stop());
    const onCopy = await login(copied.url);
    expect(await onCopy.ecosystems.list.query()).toEqual([expect.objectContaining({ id: eco!.id, name: eco!.name })]);
    const found = await onCopy.documents.search.query({ ecosystemId: eco!.id, q: 'herring bell', mode: 'text' });
    expect(found.results[0]).toMatchObject({ documentId: lore.id, textRank: 1 });
    const events = await storedEvents(onCopy, eco!.id);
    expect(events.slice(0, sourceEvents.length)).toEqual(sourceEvents);
    const transcript = await onCopy.scenarios.transcript.query({
      id: scenario!.id,
      limit: sourceScenarioEvents.length,
    });
    expect(transcript.lines).toEqual(transcriptOf(sourceScenarioEvents, names));
    const turnAtCopy = sourceScenarioEvents.filter((e) => e.type === 'scenario_turn').length;
    await eventually(
      async () => (await onCopy.scenarios.get.query({ id: scenario!.id })).turn > turnAtCopy,
      60_000,
      () => 'the copied scenario did not play on',
    );
  });
});
