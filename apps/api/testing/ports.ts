/**
 * Ports for servers a test starts on a fixed address (so a restarted process comes back at the same URL).
 * They are drawn below Linux's ephemeral range (32768–60999 by default): a port from `listen(0)` lies in
 * that range, and between a stop and the restart any outgoing connection on the machine (a database client,
 * another test's socket) may be given it as its local port, so the restart fails with EADDRINUSE.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The lowest port of the kernel's ephemeral range (32768 where it cannot be read). */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 2048 ? low : 32768;
  } catch {
    return 32768;
  }
}

function listenable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A TCP port on 127.0.0.1 nobody listens on right now, below the ephemeral range, chosen at random. */
export async function freePort(): Promise<number> {
  const high = ephemeralLow() - 1;
  const low = Math.max(1024, high - 12_000);
  for (let tries = 0; tries < 200; tries += 1) {
    const port = low + Math.floor(Math.random() * (high - low + 1));
    if (await listenable(port)) return port;
  }
  throw new Error(`no free port between ${low} and ${high} after 200 tries`);
}
