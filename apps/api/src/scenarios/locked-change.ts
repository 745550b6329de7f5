import type { EngineDeps, Id } from '@ensemble/core';
import type { AppServices } from '../services.ts';

/**
 * Runs a read-modify-write change of a scenario (core's pause, resume, end, intervene) in one transaction
 * that first locks the scenario's row. A turn being played on any node holds that lock too, so the two
 * queue up instead of one overwriting the other's turn number or queue of addressed characters. Core
 * joins the transaction through `deps.store`, and knows nothing of the lock.
 */
export function changeScenarioLocked<T>(
  services: Pick<AppServices, 'store' | 'engineDeps'>,
  scenarioId: Id,
  change: (deps: EngineDeps) => Promise<T>,
): Promise<T> {
  return services.store.transaction(async (tx) => {
    await tx.lockScenario(scenarioId);
    return change({ ...services.engineDeps(), store: tx });
  });
}
