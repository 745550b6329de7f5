import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { describeEngineStoreContract } from '@ensemble/core/testing';
import { describeAppStoreContract } from './contract/index.ts';
import { sampleEcosystem, sampleUser } from './contract/fixtures.ts';
import type { SqlStore } from './sql-store.ts';
import { openTestStore, type TestStore } from '../../testing/stores.ts';

let opened: TestStore;
const store = (): SqlStore => opened.store;

beforeAll(async () => {
  opened = await openTestStore();
});
afterAll(async () => {
  await opened?.close();
});

const kind = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

describeEngineStoreContract(`SqlStore on ${kind}`, async () => {
  const user = sampleUser();
  const ecosystem = sampleEcosystem(user.id);
  const other = sampleEcosystem(user.id, { id: randomUUID() });
  await store().createUser(user);
  await store().createEcosystem(ecosystem);
  await store().createEcosystem(other);
  return { store: store(), ecosystemId: ecosystem.id, otherEcosystemId: other.id };
});

describeAppStoreContract(`SqlStore on ${kind}`, store);
