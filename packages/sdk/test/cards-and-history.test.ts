/** Character cards and replay through the SDK, against a real API. */
import { V2_FULL } from '@ensemble/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnsembleClient } from '../src/index.ts';
import { signedInClient, startTestApi, WARM, type RunningApi } from './support/api.ts';

let api: RunningApi;
let client: EnsembleClient;
beforeAll(async () => {
  api = await startTestApi();
  client = await signedInClient(api.url, 'cards');
});
afterAll(async () => {
  client?.close();
  await api?.stop();
});

describe('character cards', () => {
  it('imports a card object, exports it as PNG, and imports the PNG bytes into another ecosystem', async () => {
    const eco = client.ecosystem((await client.ecosystems.create({ name: 'Cards' })).id);
    const imported = await eco.characters.importCard(V2_FULL);
    expect(imported).toMatchObject({
      spec: 'chara_card_v2',
      personalitySource: 'inferred',
      character: { name: 'Mira Vale' },
    });
    const exported = await eco.characters.exportCard(imported.character.id, { format: 'png' });
    expect(exported.card.data['name']).toBe('Mira Vale');
    const bytes = Uint8Array.from(atob(exported.png!), (c) => c.charCodeAt(0));
    const other = client.ecosystem((await client.ecosystems.create({ name: 'Cards 2' })).id);
    const again = await other.characters.importCard(bytes);
    expect(again).toMatchObject({
      personalitySource: 'extension',
      character: { personality: imported.character.personality },
    });
    await expect(other.characters.importCard('{not json')).rejects.toMatchObject({
      code: 'card_malformed',
      httpStatus: 400,
    });
  });
});

describe('replay', () => {
  it('state() now and at an earlier seq', async () => {
    const eco = client.ecosystem((await client.ecosystems.create({ name: 'Replay' })).id);
    const ada = await eco.characters.create({ name: 'Ada', personality: WARM });
    const bo = await eco.characters.create({ name: 'Bo', personality: WARM });
    await eco.interact({ initiatorId: ada.id, targetId: bo.id, type: 'chat' });
    const now = await eco.state();
    expect(now.seq).toBe(now.lastSeq);
    expect(now.relationships).toHaveLength(2);
    const before = await eco.state({ atSeq: 2 });
    expect(before).toMatchObject({ seq: 2, relationships: [] });
    expect(before.characters.map((c) => c.name).sort()).toEqual(['Ada', 'Bo']);
    const branch = await eco.fork({ atSeq: 2, name: 'Before they met' });
    expect(branch.ecosystem.parent).toEqual({ id: eco.id, seq: 2 });
    const branchState = await client.ecosystem(branch.ecosystem.id).state();
    expect(branchState.relationships).toEqual([]);
    expect(branchState.characters.map((c) => c.name).sort()).toEqual(['Ada', 'Bo']);
    const compared = await eco.compare(branch.ecosystem.id);
    expect(compared.relationships.map((r) => r.b)).toEqual([null, null]);
    await expect(eco.state({ atSeq: 10_000 })).rejects.toMatchObject({ code: 'seq_out_of_range', httpStatus: 400 });
  });
});

describe('what-if branches and bundles', () => {
  it('forks with a change, and exports a bundle that imports into an equal ecosystem', async () => {
    const eco = client.ecosystem((await client.ecosystems.create({ name: 'Whatif' })).id);
    const ada = await eco.characters.create({ name: 'Ada', personality: WARM });
    const bo = await eco.characters.create({ name: 'Bo', personality: WARM });
    await eco.interact({ initiatorId: ada.id, targetId: bo.id, type: 'chat' });
    const branch = await eco.fork({
      change: { traits: [{ characterId: ada.id, personality: { openness: 0.1 } }] },
    });
    const adaThere = (await client.ecosystem(branch.ecosystem.id).characters.list()).find((c) => c.name === 'Ada');
    expect(adaThere?.id).toBe(branch.characterIds[ada.id]);
    expect(adaThere?.personality).toEqual({ ...WARM, openness: 0.1 });
    await expect(
      eco.fork({ change: { relationships: [{ fromId: ada.id, toId: 'nobody', trust: 0.2 }] } }),
    ).rejects.toMatchObject({ code: 'invalid_fork_change', httpStatus: 400 });

    const bundle = await eco.exportBundle();
    expect(bundle.characters.map((c) => c.name)).toEqual(['Ada', 'Bo']);
    const copy = await client.ecosystems.importBundle(bundle, 'Whatif copy');
    expect(copy.name).toBe('Whatif copy');
    const again = await client.ecosystem(copy.id).exportBundle();
    expect(again).toEqual({ ...bundle, ecosystem: { ...bundle.ecosystem, name: 'Whatif copy' } });
    await expect(client.ecosystems.importBundle({ ...bundle, version: 9 })).rejects.toMatchObject({
      code: 'bundle_unsupported_version',
      httpStatus: 400,
    });
  });
});
