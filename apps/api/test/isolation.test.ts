import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARM } from './fixtures.ts';
import { errorOf, signUp, startApi, type ApiClient, type RunningApi } from '../testing/harness.ts';

let api: RunningApi;
let alice: ApiClient;
let bob: ApiClient;
const closers: Array<() => void> = [];
let eco: { id: string };
let ada: { id: string };
let cy: { id: string };
let doc: { id: string };

beforeAll(async () => {
  api = await startApi();
  const a = await signUp(api.url, 'alice');
  const b = await signUp(api.url, 'bob');
  alice = a.client;
  bob = b.client;
  closers.push(a.close, b.close);
  eco = await alice.ecosystems.create.mutate({ name: 'Private' });
  ada = await alice.characters.create.mutate({ ecosystemId: eco.id, name: 'Ada', personality: WARM });
  cy = await alice.characters.create.mutate({ ecosystemId: eco.id, name: 'Cy', personality: WARM });
  doc = await alice.documents.create.mutate({ ecosystemId: eco.id, title: 'Secret', content: 'Only Alice.' });
});
afterAll(async () => {
  for (const close of closers) close();
  await api?.stop();
});

/** Alice's view of everything, to prove Bob's attempts changed nothing. */
async function snapshot() {
  return {
    ecosystem: await alice.ecosystems.get.query({ id: eco.id }),
    characters: (await alice.characters.list.query({ ecosystemId: eco.id })).map(({ id, name, active }) => ({
      id,
      name,
      active,
    })),
    documents: await alice.documents.list.query({ ecosystemId: eco.id }),
    interactions: (await alice.interactions.list.query({ ecosystemId: eco.id })).items.length,
  };
}

describe('another user', () => {
  it('cannot see the ecosystem or anything in it, and gets the same answer as for a missing id', async () => {
    expect(await bob.ecosystems.list.query()).toEqual([]);
    const denied = await errorOf(bob.ecosystems.get.query({ id: eco.id }));
    const missing = await errorOf(bob.ecosystems.get.query({ id: '00000000-0000-4000-8000-000000000000' }));
    expect(denied).toEqual(missing);
    expect(denied.data).toMatchObject({ appCode: 'ecosystem_not_found', httpStatus: 404 });
    for (const call of [
      () => bob.ecosystems.dashboard.query({ id: eco.id }),
      () => bob.ecosystems.graph.query({ id: eco.id }),
      () => bob.characters.list.query({ ecosystemId: eco.id }),
      () => bob.characters.get.query({ id: ada.id }),
      () => bob.relationships.byCharacter.query({ characterId: ada.id }),
      () => bob.relationships.between.query({ aId: ada.id, bId: cy.id }),
      () => bob.relationships.history.query({ fromId: ada.id, toId: cy.id }),
      () => bob.interactions.list.query({ ecosystemId: eco.id }),
      () => bob.documents.list.query({ ecosystemId: eco.id }),
      () => bob.documents.get.query({ id: doc.id }),
    ]) {
      expect((await errorOf(call())).data.httpStatus).toBe(404);
    }
  });

  it('cannot change or delete anything, and the attempts change nothing', async () => {
    const before = await snapshot();
    const own = await bob.ecosystems.create.mutate({ name: 'Bob home' });
    for (const call of [
      () => bob.ecosystems.update.mutate({ id: eco.id, name: 'Mine now' }),
      () => bob.ecosystems.delete.mutate({ id: eco.id }),
      () => bob.characters.create.mutate({ ecosystemId: eco.id, name: 'Mole', personality: WARM }),
      () => bob.characters.update.mutate({ id: ada.id, active: false }),
      () => bob.characters.delete.mutate({ id: ada.id }),
      () =>
        bob.interactions.create.mutate({ initiatorId: ada.id, targetId: cy.id, type: 'conflict', content: 'Go away' }),
      () => bob.documents.create.mutate({ ecosystemId: eco.id, title: 'Graffiti' }),
      () => bob.documents.update.mutate({ id: doc.id, content: 'Bob was here' }),
      () => bob.documents.delete.mutate({ id: doc.id }),
    ]) {
      expect((await errorOf(call())).data.httpStatus).toBe(404);
    }
    // Pulling Alice's character into an exchange from Bob's own ecosystem is refused just the same.
    const bobChar = await bob.characters.create.mutate({ ecosystemId: own.id, name: 'Bo', personality: WARM });
    const crossed = await errorOf(
      bob.interactions.create.mutate({ initiatorId: bobChar.id, targetId: ada.id, type: 'chat' }),
    );
    expect(crossed.data.appCode).toBe('character_not_found');
    expect(await snapshot()).toEqual(before);
  });
});

describe('a rejected request', () => {
  it('leaves nothing half-written', async () => {
    const before = await snapshot();
    await errorOf(alice.characters.create.mutate({ ecosystemId: eco.id, name: 'ada', personality: WARM }));
    await errorOf(alice.characters.update.mutate({ id: cy.id, name: 'Ada', active: false }));
    await errorOf(
      alice.characters.create.mutate({ ecosystemId: eco.id, name: 'Dee', personality: { ...WARM, openness: 2 } }),
    );
    expect(
      await alice.interactions.create.mutate({ initiatorId: ada.id, targetId: ada.id, type: 'chat' }),
    ).toMatchObject({ success: false, reason: 'same_character' });
    expect(await snapshot()).toEqual(before);
  });
});
