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
