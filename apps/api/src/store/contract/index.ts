import { describe } from 'vitest';
import type { AppStore } from '../app-store.ts';
import { describeAccounts } from './accounts.contract.ts';
import { describeApiKeys } from './api-keys.contract.ts';
import { describeAtomicity } from './atomicity.contract.ts';
import { describeEcosystems } from './ecosystems.contract.ts';
import { describeHistory } from './history.contract.ts';
import { describeIdempotency } from './idempotency.contract.ts';
import { describeLeases } from './leases.contract.ts';

/**
 * What every AppStore must do beyond the engine's contract. `getStore` returns a migrated store shared
 * by the suite; tests isolate themselves with fresh ids, so it may hold other data.
 */
export function describeAppStoreContract(name: string, getStore: () => AppStore): void {
  describe(`AppStore contract: ${name}`, () => {
    describeAccounts(getStore);
    describeEcosystems(getStore);
    describeHistory(getStore);
    describeAtomicity(getStore);
    describeApiKeys(getStore);
    describeIdempotency(getStore);
    describeLeases(getStore);
  });
}
