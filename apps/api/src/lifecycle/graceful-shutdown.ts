import type { PublicSurface } from '../rest/public-surface.ts';
import type { RunningServer } from '../server.ts';
import { closeServices, type AppServices } from '../services.ts';
import { startDraining } from '../health/draining.ts';
import { log } from '../telemetry/logger.ts';

/** A node exits within this long of SIGTERM, whatever is still running (orchestrators kill at 10–30 s). */
export const SHUTDOWN_DEADLINE_MS = 10_000;
/** Of that, what closing the services (bus, Redis, the pool) is left after the drain. */
const CLOSE_ALLOWANCE_MS = 2_000;

export interface ShutdownParts {
  services: AppServices;
  server: RunningServer | null;
  surface: PublicSurface;
}

/**
 * A node leaving on purpose, in the order that loses nothing: /health/ready turns 'draining' (503) so the
 * load balancer stops sending new traffic; after `drainDelayMs` (the balancer's probe interval) the node stops
 * accepting connections and closes its WebSockets with 1001 so clients resume on another node; the scenario
 * runner finishes its turns in flight and hands its leases back (another node claims them on its next scan,
 * within LEASE_SCAN_MS) while the HTTP requests in flight finish; then the services close. Requests still open
 * `deadlineMs` minus CLOSE_ALLOWANCE_MS after the signal are cut.
 */
export async function shutDownGracefully(
  parts: ShutdownParts,
  options: { drainDelayMs?: number; deadlineMs?: number } = {},
): Promise<void> {
  const started = Date.now();
  const deadline = started + (options.deadlineMs ?? SHUTDOWN_DEADLINE_MS) - CLOSE_ALLOWANCE_MS;
  const { services, server, surface } = parts;
  startDraining(services);
  if ((options.drainDelayMs ?? 0) > 0) await new Promise((resolve) => setTimeout(resolve, options.drainDelayMs));
  surface.close();
  const leasesHandedBack = services.scenarios.stop();
  await Promise.all([server?.drain(deadline), leasesHandedBack]);
  log().info({ ms: Date.now() - started }, 'drained');
  await closeServices(services);
}
