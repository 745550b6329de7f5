import { readFile, writeFile } from 'node:fs/promises';
import type { AppServices } from '../services.ts';
import { exportBundle, importBundle } from './bundle.ts';
import { BUNDLE_MAX_BYTES, parseBundle } from './format.ts';

/** What `ensemble bundle export|import` was asked to do. */
export type BundleCommand =
  | { kind: 'export'; ecosystemId: string; file: string | null }
  | { kind: 'import'; file: string; ownerEmail: string; name: string | null };

/**
 * Runs a bundle command against the configured store (stdout: the bundle, or the new ecosystem's id).
 * Returns the exit code: 0 done, 2 a missing ecosystem/account or a refused file (its code and message on stderr).
 */
export async function runBundleCommand(services: AppServices, command: BundleCommand): Promise<number> {
  const store = services.store;
  if (command.kind === 'export') {
    const ecosystem = await store.getEcosystem(command.ecosystemId);
    if (ecosystem === null) return fail(`No ecosystem ${command.ecosystemId}.`);
    const text = `${JSON.stringify(await exportBundle(store, ecosystem), null, 2)}\n`;
    if (command.file === null) process.stdout.write(text);
    else {
      await writeFile(command.file, text);
      process.stderr.write(`Wrote ${ecosystem.name} to ${command.file}.\n`);
    }
    return 0;
  }
  const owner = await store.getUserByEmail(command.ownerEmail);
  if (owner === null) return fail(`No account with the email ${command.ownerEmail}.`);
  const bytes = await readFile(command.file);
  if (bytes.length > BUNDLE_MAX_BYTES) return fail(`bundle_too_large: ${command.file} is over 10 MB.`);
  try {
    const bundle = parseBundle(bytes.toString('utf8'));
    const ecosystem = await importBundle(store, owner.id, bundle, services.clock.now(), command.name ?? undefined);
    process.stdout.write(`${ecosystem.id}\n`);
    process.stderr.write(`Imported ${ecosystem.name} for ${command.ownerEmail}.\n`);
    return 0;
  } catch (error) {
    const code = (error as { appCode?: string }).appCode;
    if (code === undefined) throw error;
    return fail(`${code}: ${(error as Error).message}`);
  }
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}
