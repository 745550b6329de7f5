/** Ecosystem bundles over REST against a real API: round trip, and every way an import is refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startApi, type RunningApi } from '../testing/harness.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { rest } from './rest-client.ts';

let api: RunningApi;
let token: string;

beforeAll(async () => {
  api = await startApi();
  const signed = await signUp(api.url, 'bundler');
  signed.close();
  token = signed.session.accessToken;
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

const EXPORT = '/api/v1/ecosystems/{ecosystemId}/bundle';
const IMPORT = '/api/v1/ecosystems/import';
type Bundle = {
  format: string;
  version: number;
  ecosystem: { name: string };
  characters: { name: string }[];
  relationships: { from: string; to: string; interactionCount: number }[];
  documents: { title: string; knownTo: string[] | null }[];
  scenarios: { title: string; status: string; participants: string[]; objectives: unknown[] }[];
};
type Failure = { error: { code: string; message: string } };

/** Posts a raw body to the import, as a file upload would. */
async function importRaw(body: string | Buffer, query = '') {
  const response = await fetch(`${api.url}${IMPORT}${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, body: (await response.json()) as Failure & { id: string; name: string } };
}

const ecosystemCount = async () => (await rest<unknown[]>(api.url, 'GET', '/api/v1/ecosystems', { token })).body.length;

describe('ecosystem bundles', () => {
  it('export → import → export gives the same bundle: characters, relationships, documents and scenarios', async () => {
    const eco = (
      await rest<{ id: string }>(api.url, 'POST', '/api/v1/ecosystems', { token, body: { name: 'Harbour' } })
    ).body;
    const make = async (name: string, personality: object) =>
      (
        await rest<{ id: string }>(api.url, 'POST', `/api/v1/ecosystems/${eco.id}/characters`, {
          token,
          body: { name, personality, description: `${name} of the harbour` },
        })
      ).body;
    const ada = await make('Ada', WARM);
    const bo = await make('Bo', PRICKLY);
    await make('Cy', WARM);
    await rest(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: ada.id, target_id: bo.id, type: 'conflict', content: 'You took my mooring.' },
    });
    await rest(api.url, 'POST', `/api/v1/ecosystems/${eco.id}/documents`, {
      token,
      body: { title: 'The secret cove', content: 'Only Ada and Bo know the cove.', knownTo: [ada.id, bo.id] },
    });
    await rest(api.url, 'POST', `/api/v1/ecosystems/${eco.id}/documents`, {
      token,
      body: { title: 'Tides', content: 'High tide at noon.' },
    });
    const scenario = await rest<{ id: string }>(api.url, 'POST', `/api/v1/ecosystem/${eco.id}/scenario`, {
      token,
      body: { title: 'Market', objectives: ['sell the catch'], character_ids: [ada.id, bo.id], seed: 3, speed: 0.01 },
    });
    await rest(api.url, 'POST', `/api/v1/scenarios/${scenario.body.id}/pause`, { token });

    const first = await rest<Bundle>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/bundle`, { token }, EXPORT);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ format: 'ensemble.ecosystem', version: 1, ecosystem: { name: 'Harbour' } });
    expect(first.body.characters.map((c) => c.name)).toEqual(['Ada', 'Bo', 'Cy']);
    expect(first.body.relationships.map((r) => `${r.from}>${r.to}:${r.interactionCount}`)).toEqual([
      'Ada>Bo:1',
      'Bo>Ada:1',
    ]);
    expect(first.body.documents).toMatchObject([
      { title: 'The secret cove', knownTo: ['Ada', 'Bo'] },
      { title: 'Tides', knownTo: null },
    ]);
    expect(first.body.scenarios).toMatchObject([{ title: 'Market', status: 'paused', participants: ['Ada', 'Bo'] }]);
    // No ids anywhere in the file.
    for (const id of [eco.id, ada.id, bo.id, scenario.body.id]) expect(first.text).not.toContain(id);

    const imported = await rest<{ id: string; name: string }>(
      api.url,
      'POST',
      IMPORT,
      { token, body: first.body },
      IMPORT,
    );
    expect(imported.status).toBe(201);
    expect(imported.body.id).not.toBe(eco.id);
    const second = await rest<Bundle>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${imported.body.id}/bundle`,
      { token },
      EXPORT,
    );
    expect(second.body).toEqual(first.body);
    expect(second.text).toBe(first.text);
    // The copy's log replays to it, and its scenario waits to be resumed.
    const state = await rest<{ characters: unknown[]; relationships: unknown[] }>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${imported.body.id}/state`,
      { token },
    );
    expect([state.body.characters.length, state.body.relationships.length]).toEqual([3, 2]);

    const renamed = await importRaw(first.text, '?name=Harbour%20again');
    expect([renamed.status, renamed.body.name]).toEqual([201, 'Harbour again']);
  });

  it('refuses an oversized, malformed or other-version file with a clear code, writing nothing', async () => {
    const before = await ecosystemCount();
    const valid = {
      format: 'ensemble.ecosystem',
      version: 1,
      ecosystem: { name: 'Tiny', description: '', personalityDrift: true },
      characters: [
        {
          name: 'Ada',
          description: '',
          personality: WARM,
          mood: { pleasure: 0, arousal: 0, dominance: 0 },
          emotion: null,
          energy: 1,
          active: true,
        },
      ],
      relationships: [],
      documents: [],
      scenarios: [],
    };
    const big = await importRaw(Buffer.alloc(10 * 1024 * 1024 + 1, 0x20));
    expect([big.status, big.body.error.code]).toEqual([413, 'bundle_too_large']);
    const notJson = await importRaw('{"format": "ensemble.ecosystem",');
    expect([notJson.status, notJson.body.error.code]).toEqual([400, 'bundle_malformed']);
    expect(notJson.body.error.message).toContain('not valid JSON');
    const notBundle = await importRaw(JSON.stringify({ spec: 'chara_card_v3' }));
    expect([notBundle.status, notBundle.body.error.code]).toEqual([400, 'bundle_malformed']);
    const future = await importRaw(JSON.stringify({ ...valid, version: 2 }));
    expect([future.status, future.body.error.code]).toEqual([400, 'bundle_unsupported_version']);
    const outOfRange = await importRaw(
      JSON.stringify({ ...valid, characters: [{ ...valid.characters[0], energy: 7 }] }),
    );
    expect([outOfRange.status, outOfRange.body.error.code]).toEqual([400, 'bundle_malformed']);
    expect(outOfRange.body.error.message).toContain('characters.0.energy');
    const stranger = await importRaw(
      JSON.stringify({
        ...valid,
        relationships: [{ from: 'Ada', to: 'Zed', strength: 0, trust: 0.5, interactionCount: 0, label: 'stranger' }],
      }),
    );
    expect([stranger.status, stranger.body.error.code]).toEqual([400, 'bundle_malformed']);
    expect(stranger.body.error.message).toContain('relationships.0.to');
    const twice = await importRaw(JSON.stringify({ ...valid, characters: [valid.characters[0], valid.characters[0]] }));
    expect(twice.body.error.message).toContain('used twice');
    const statuses = await rest<Failure>(api.url, 'POST', IMPORT, { token, body: { ...valid, version: 'x' } }, IMPORT);
    expect(statuses.status).toBe(400);
    expect(await ecosystemCount()).toBe(before);
    // A valid one still goes through.
    expect((await importRaw(JSON.stringify(valid))).status).toBe(201);
  });

  it('the OpenAPI document describes both operations and the format', async () => {
    const doc = (
      await rest<{ paths: Record<string, Record<string, { description: string }>> }>(
        api.url,
        'GET',
        '/api/openapi.json',
      )
    ).body;
    expect(doc.paths[EXPORT]?.['get']?.description).toContain('"format": "ensemble.ecosystem"');
    expect(doc.paths[IMPORT]?.['post']?.description).toContain('bundle_too_large');
  });
});
