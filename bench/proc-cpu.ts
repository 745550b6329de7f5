/**
 * CPU time from Linux's /proc, for benches that split an exchange's cost between processes: the API
 * process (all its threads; on PGlite the database runs in it), the PostgreSQL server's processes, and
 * the bench itself. Ticks are 10 ms, so take differences over seconds, not milliseconds.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (user + system) the process `pid` has used, in ms; 0 if it is gone. */
export function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** CPU time of every process named `postgres` (the server and its backends) on this machine, in ms. */
export function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') total += cpuMsOf(Number(entry));
    } catch {
      // the process ended between the listing and the read
    }
  }
  return total;
}

/** CPU time of this process, in ms. */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
