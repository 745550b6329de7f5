/**
 * A migrated, empty PGlite database cached on disk, so test files start from a snapshot (~1.5–2 s)
 * instead of a cold initdb + migrate (~3.5–8 s). Keyed by the migrations' content: a schema change
 * makes a new snapshot.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteDatabase, type PgliteDatabase } from '../src/adapters/pglite/pglite-database.ts';
import { MIGRATIONS_FOLDER } from '../src/db/migrations-folder.ts';

const SNAPSHOT_DIR = join(tmpdir(), 'ensemble-pglite-snapshots');

async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else hash.update(entry.name).update(await readFile(path));
    }
  };
  await walk(MIGRATIONS_FOLDER);
  return hash.digest('hex').slice(0, 16);
}

/** An in-memory PGlite with the current schema, restored from the cached snapshot when there is one. */
export async function openMigratedPglite(): Promise<PgliteDatabase> {
  const file = join(SNAPSHOT_DIR, `${await migrationsHash()}.tar.gz`);
  const cached = await readFile(file).catch(() => null);
  if (cached) {
    const restored = await openPgliteDatabase({ snapshot: new Blob([cached], { type: 'application/x-gzip' }) }).catch(
      () => null,
    ); // an unreadable snapshot (e.g. from another PGlite version) is replaced below
    if (restored) {
      try {
        await restored.migrate(); // a no-op unless the snapshot is stale
        return restored;
      } catch {
        await restored.close();
      }
    }
  }
  const database = await openPgliteDatabase();
  await database.migrate();
  const snapshot = await database.client.dumpDataDir('gzip');
  await mkdir(SNAPSHOT_DIR, { recursive: true });
  // Write then rename, so parallel test files never read half a snapshot.
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  await writeFile(partial, new Uint8Array(await snapshot.arrayBuffer()));
  await rename(partial, file);
  return database;
}
