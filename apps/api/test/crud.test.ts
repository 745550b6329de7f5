import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARM } from './fixtures.ts';
import { errorOf, signUp, startApi, type ApiClient, type RunningApi } from '../testing/harness.ts';

let api: RunningApi;
let client: ApiClient;
let close: () => void;
beforeAll(async () => {
  api = await startApi();
  ({ client, close } = await signUp(api.url, 'owner'));
});
afterAll(async () => {
  close?.();
  await api?.stop();
});

describe('ecosystems', () => {
  it('creates, lists, gets, updates and deletes', async () => {
    const created = await client.ecosystems.create.mutate({ name: '  Harbour Town ', description: 'A port.' });
    expect(created).toMatchObject({ name: 'Harbour Town', description: 'A port.', lastSeq: 0 });
    expect((await client.ecosystems.list.query()).map((e) => e.id)).toContain(created.id);
    const updated = await client.ecosystems.update.mutate({ id: created.id, name: 'Harbour City' });
    expect(updated).toMatchObject({ name: 'Harbour City', description: 'A port.' });
    expect((await client.ecosystems.get.query({ id: created.id })).name).toBe('Harbour City');
    expect(await client.ecosystems.delete.mutate({ id: created.id })).toEqual({ id: created.id, deleted: true });
    expect((await errorOf(client.ecosystems.get.query({ id: created.id }))).data.appCode).toBe('ecosystem_not_found');
  });
});

describe('characters', () => {
  it('starts a character at its baseline mood, full energy and active, and logs character_created', async () => {
    const eco = await client.ecosystems.create.mutate({ name: 'Village' });
    const ada = await client.characters.create.mutate({ ecosystemId: eco.id, name: 'Ada', personality: WARM });
    expect(ada).toMatchObject({ name: 'Ada', energy: 1, active: true, lastEmotion: null, ecosystemId: eco.id });
    // The warm extravert's Mehrabian baseline is pleasant: P = 0.21·0.6 + 0.59·0.6 + 0.19·0.6 > 0.
    expect(ada.mood.pleasure).toBeGreaterThan(0.5);
    expect((await client.ecosystems.get.query({ id: eco.id })).lastSeq).toBe(1);
  });

  it('lists, updates (logging the change) and deletes', async () => {
    const eco = await client.ecosystems.create.mutate({ name: 'Town' });
    const ada = await client.characters.create.mutate({ ecosystemId: eco.id, name: 'Ada', personality: WARM });
    const bo = await client.characters.create.mutate({ ecosystemId: eco.id, name: 'Bo', personality: WARM });
    expect((await client.characters.list.query({ ecosystemId: eco.id })).map((c) => c.name).sort()).toEqual([
      'Ada',
      'Bo',
    ]);
    const renamed = await client.characters.update.mutate({ id: bo.id, name: 'Beau', active: false });
    expect(renamed).toMatchObject({ name: 'Beau', active: false, description: '' });
    expect(await client.characters.delete.mutate({ id: ada.id })).toEqual({ id: ada.id, deleted: true });
    expect((await errorOf(client.characters.get.query({ id: ada.id }))).data.appCode).toBe('character_not_found');
    expect((await client.ecosystems.get.query({ id: eco.id })).lastSeq).toBe(4);
  });

  it('refuses a second character with the same name in one ecosystem', async () => {
    const eco = await client.ecosystems.create.mutate({ name: 'Hamlet' });
    await client.characters.create.mutate({ ecosystemId: eco.id, name: 'Ada', personality: WARM });
    const clash = await errorOf(
      client.characters.create.mutate({ ecosystemId: eco.id, name: 'ada', personality: WARM }),
    );
    expect(clash.data).toMatchObject({ appCode: 'character_name_taken', httpStatus: 409 });
  });

  it('refuses a personality trait out of range, naming it', async () => {
    const eco = await client.ecosystems.create.mutate({ name: 'Bad traits' });
    const error = await errorOf(
      client.characters.create.mutate({
        ecosystemId: eco.id,
        name: 'Odd',
        personality: { ...WARM, neuroticism: 1.5 },
      }),
    );
    expect(error.data.appCode).toBe('invalid_input');
    expect(error.message).toContain('personality.neuroticism');
  });
});

describe('documents', () => {
  it('creates, lists, gets, updates and deletes within an ecosystem', async () => {
    const eco = await client.ecosystems.create.mutate({ name: 'Library' });
    const doc = await client.documents.create.mutate({
      ecosystemId: eco.id,
      title: 'Lore',
      content: 'Once upon a time.',
    });
    expect((await client.documents.list.query({ ecosystemId: eco.id })).map((d) => d.id)).toEqual([doc.id]);
    const updated = await client.documents.update.mutate({ id: doc.id, content: 'Twice upon a time.' });
    expect(updated).toMatchObject({ title: 'Lore', content: 'Twice upon a time.' });
    expect((await client.documents.get.query({ id: doc.id })).content).toBe('Twice upon a time.');
    expect(await client.documents.delete.mutate({ id: doc.id })).toEqual({ id: doc.id, deleted: true });
    expect((await errorOf(client.documents.get.query({ id: doc.id }))).data.appCode).toBe('document_not_found');
  });

  it("removes an ecosystem's documents and characters with it", async () => {
    const eco = await client.ecosystems.create.mutate({ name: 'Doomed' });
    const doc = await client.documents.create.mutate({ ecosystemId: eco.id, title: 'Notes' });
    const ada = await client.characters.create.mutate({ ecosystemId: eco.id, name: 'Ada', personality: WARM });
    await client.ecosystems.delete.mutate({ id: eco.id });
    expect((await errorOf(client.documents.get.query({ id: doc.id }))).data.appCode).toBe('document_not_found');
    expect((await errorOf(client.characters.get.query({ id: ada.id }))).data.appCode).toBe('character_not_found');
  });
});
