/** Ecosystems, characters, interactions, relationships, dashboard and graph through the SDK, against a real API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnsembleError, type EnsembleClient } from '../src/index.ts';
import { PRICKLY, signedInClient, startTestApi, WARM, type RunningApi } from './support/api.ts';

let api: RunningApi;
let client: EnsembleClient;
beforeAll(async () => {
  api = await startTestApi();
  client = await signedInClient(api.url, 'eco');
});
afterAll(async () => {
  client?.close();
  await api?.stop();
});

describe('ecosystems', () => {
  it('create, list, get, update and delete', async () => {
    const created = await client.ecosystems.create({ name: 'Harbour', description: 'A fishing town' });
    expect(created).toMatchObject({ name: 'Harbour', description: 'A fishing town', lastSeq: 0 });
    expect((await client.ecosystems.list()).map((e) => e.id)).toContain(created.id);
    expect(await client.ecosystems.get(created.id)).toEqual(created);
    const updated = await client.ecosystems.update(created.id, { name: 'Old Harbour' });
    expect(updated).toMatchObject({ id: created.id, name: 'Old Harbour', description: 'A fishing town' });
    expect(await client.ecosystems.delete(created.id)).toEqual({ id: created.id, deleted: true });
    const gone = await client.ecosystems.get(created.id).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(EnsembleError);
    expect(gone).toMatchObject({ code: 'ecosystem_not_found', retryable: false, httpStatus: 404 });
  });
});

describe('an ecosystem handle', () => {
  it('documents: create, list and search its lore by text (no embedder configured: hybrid answers by text)', async () => {
    const eco = client.ecosystem((await client.ecosystems.create({ name: 'Lore' })).id);
    const doc = await eco.documents.create({
      title: 'The Lighthouse',
      content: 'The keeper burns whale oil in the lamp every night, and logs every ship that passes the point.',
    });
    expect((await eco.documents.list()).map((d) => d.id)).toEqual([doc.id]);
    const found = await eco.documents.search('whale oil');
    expect(found.mode).toBe('text');
    expect(found.results[0]).toMatchObject({ documentId: doc.id, title: 'The Lighthouse', textRank: 1 });
    expect(found.results[0]!.snippet).toContain('<mark>whale</mark>');
    const refused = await eco.documents.search('whale', { mode: 'vector' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'embeddings_not_configured', httpStatus: 400 });
  });

  it('characters: create, list, update and delete, scoped to the ecosystem', async () => {
    const eco = client.ecosystem((await client.ecosystems.create({ name: 'Characters' })).id);
    const ada = await eco.characters.create({ name: 'Ada', personality: WARM, description: 'Keeps the lighthouse' });
    const bo = await eco.characters.create({ name: 'Bo', personality: PRICKLY });
    expect(ada).toMatchObject({
      ecosystemId: eco.id,
      name: 'Ada',
      description: 'Keeps the lighthouse',
      energy: 1,
      active: true,
    });
    expect((await eco.characters.list()).map((c) => c.name).sort()).toEqual(['Ada', 'Bo']);
    const renamed = await eco.characters.update(bo.id, { name: 'Beau', active: false });
    expect(renamed).toMatchObject({ id: bo.id, name: 'Beau', active: false });
    expect(await eco.characters.delete(bo.id)).toEqual({ id: bo.id, deleted: true });
    expect((await eco.characters.list()).map((c) => c.name)).toEqual(['Ada']);
    await expect(eco.characters.create({ name: 'ada', personality: WARM })).rejects.toMatchObject({
      code: 'character_name_taken',
      retryable: false,
      httpStatus: 409,
    });
  });

  it('interact runs an exchange and relationships reflect it: of, between and history', async () => {
    const eco = client.ecosystem((await client.ecosystems.create({ name: 'Talk' })).id);
    const ada = await eco.characters.create({ name: 'Ada', personality: WARM });
    const bo = await eco.characters.create({ name: 'Bo', personality: WARM });
    const result = await eco.interact({
      initiatorId: ada.id,
      targetId: bo.id,
      type: 'collaboration',
      content: 'Shall we mend the nets together?',
    });
    if (!result.success) throw new Error(`interaction refused: ${result.reason}`);
    expect(result.response.length).toBeGreaterThan(0);
    expect(result.relationshipChange.forward.strengthDelta).toBeGreaterThan(0);

    const pair = await eco.relationships.between(ada.id, bo.id);
    expect(pair.aToB).toMatchObject({ fromId: ada.id, toId: bo.id, interactionCount: 1 });
    expect(pair.bToA).toMatchObject({ fromId: bo.id, toId: ada.id, interactionCount: 1 });
    // Read a moment later: strength drifts toward 0 without contact, so only nearly equal.
    expect(pair.aToB!.strength).toBeCloseTo(result.relationshipChange.forward.newStrength, 3);

    const ofAda = await eco.relationships.of(ada.id);
    expect(ofAda.map((r) => `${r.fromName}->${r.toName}`).sort()).toEqual(['Ada->Bo', 'Bo->Ada']);

    const history = await eco.relationships.history(ada.id, bo.id, { limit: 10 });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ strength: expect.closeTo(result.relationshipChange.forward.newStrength, 6) });

    const again = await eco.interact({ initiatorId: bo.id, targetId: ada.id, type: 'chat' });
    expect(again).toMatchObject({ success: false, reason: 'cooldown' });
  });

  it('dashboard and graph describe the ecosystem as it stands', async () => {
    const eco = client.ecosystem((await client.ecosystems.create({ name: 'Observatory' })).id);
    const ada = await eco.characters.create({ name: 'Ada', personality: WARM });
    const bo = await eco.characters.create({ name: 'Bo', personality: PRICKLY });
    await eco.interact({ initiatorId: ada.id, targetId: bo.id, type: 'greeting' });
    const dashboard = await eco.dashboard();
    expect(dashboard.ecosystemId).toBe(eco.id);
    expect(dashboard.lastSeq).toBe((await client.ecosystems.get(eco.id)).lastSeq);
    const graph = await eco.graph();
    expect(JSON.stringify(graph)).toContain(ada.id);
    expect(JSON.stringify(graph)).toContain(bo.id);
  });

  it('events.list pages through the stored log, oldest first', async () => {
    const eco = client.ecosystem((await client.ecosystems.create({ name: 'Log' })).id);
    await eco.characters.create({ name: 'Ada', personality: WARM });
    await eco.characters.create({ name: 'Bo', personality: WARM });
    const first = await eco.events.list({ limit: 1 });
    expect(first.events.map((e) => [e.seq, e.type])).toEqual([[1, 'character_created']]);
    const rest = await eco.events.list({ afterSeq: first.nextAfterSeq ?? 0 });
    expect(rest.events.map((e) => e.seq)).toEqual([2]);
    expect(rest.nextAfterSeq).toBeNull();
  });

  it("another user's ecosystem answers exactly like a missing one", async () => {
    const stranger = await signedInClient(api.url, 'stranger');
    try {
      const mine = await client.ecosystems.create({ name: 'Private' });
      await expect(stranger.ecosystem(mine.id).characters.list()).rejects.toMatchObject({
        code: 'ecosystem_not_found',
      });
    } finally {
      stranger.close();
    }
  });
});
