import { copyStore, CopyError, describe, type CopyOptions } from './copy-store.ts';
import { progressBar } from './progress.ts';

/** `ensemble db copy`: runs the copy with a progress bar on stderr and a summary on stdout; the exit code. */
export async function runDbCopy(options: Omit<CopyOptions, 'progress'>): Promise<number> {
  process.stderr.write(`Copying ${describe(options.from)} → ${describe(options.to)}\n`);
  try {
    const report = await copyStore({ ...options, progress: progressBar() });
    if (report.resumed) process.stdout.write('Resumed an interrupted copy.\n');
    for (const table of report.tables) {
      process.stdout.write(
        `${table.name.padEnd(24)} ${String(table.rows).padStart(9)} rows  md5 ${table.checksum || '-'}\n`,
      );
    }
    process.stdout.write('Verified: every table has the same rows and checksum in both stores.\n');
    return 0;
  } catch (error) {
    if (!(error instanceof CopyError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}
