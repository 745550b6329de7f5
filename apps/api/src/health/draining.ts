import type { AppServices } from '../services.ts';

const draining = new WeakSet<AppServices>();

/** Marks the node as shutting down: /health/ready answers 503 'draining' from now on. */
export function startDraining(services: AppServices): void {
  draining.add(services);
}

/** Whether the node is shutting down. */
export function isDraining(services: AppServices): boolean {
  return draining.has(services);
}
