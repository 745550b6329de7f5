import { readPngChunks, readTextChunk, type CardObject } from '@ensemble/core';
import { CARD_FIXTURES, V2_FULL, V3_FULL } from '@ensemble/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startApi, type RunningApi } from '../testing/harness.ts';
import { rest } from './rest-client.ts';

let api: RunningApi;
let token: string;

beforeAll(async () => {
  api = await startApi();
  const signed = await signUp(api.url, 'carder');
  signed.close();
  token = signed.session.accessToken;
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

const IMPORT = '/api/v1/ecosystems/{ecosystemId}/cards';
const EXPORT = '/api/v1/characters/{id}/card';
type Imported = { character: { id: string; name: string; personality: Record<string, number> }; spec: string };
type ErrorBody = { error: { code: string; message: string } };

async function ecosystem(name: string): Promise<string> {
  return (await rest<{ id: string }>(api.url, 'POST', '/api/v1/ecosystems', { token, body: { name } })).body.id;
}

/** POSTs raw bytes, as a client uploading a file would. */
async function upload(ecosystemId: string, body: Uint8Array | string, contentType: string) {
  const response = await fetch(`${api.url}/api/v1/ecosystems/${ecosystemId}/cards`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
  return { status: response.status, body: (await response.json()) as Imported & ErrorBody };
}

async function exportPng(id: string): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const response = await fetch(`${api.url}/api/v1/characters/${id}/card`, {
    headers: { authorization: `Bearer ${token}`, accept: 'image/png' },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

describe('character cards over REST', () => {
  it.each(Object.entries(CARD_FIXTURES))(
    '%s: JSON import → export → import → export is byte-stable',
    async (_n, fixture) => {
      const eco = await ecosystem(`Cards ${fixture.data.name}`);
      const first = await rest<Imported>(
        api.url,
        'POST',
        `/api/v1/ecosystems/${eco}/cards`,
        { token, body: fixture },
        IMPORT,
      );
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ spec: fixture.spec, character: { name: fixture.data.name } });
      const exported = await rest<CardObject>(
        api.url,
        'GET',
        `/api/v1/characters/${first.body.character.id}/card`,
        { token },
        EXPORT,
      );
      expect(exported.status).toBe(200);

      const eco2 = await ecosystem(`Cards again ${fixture.data.name}`);
      const again = await upload(eco2, exported.text, 'application/json');
      expect(again.status).toBe(201);
      expect(again.body.character.personality).toEqual(first.body.character.personality);
      const reexported = await rest<CardObject>(
        api.url,
        'GET',
        `/api/v1/characters/${again.body.character.id}/card`,
        { token },
        EXPORT,
      );
      expect(reexported.text).toBe(exported.text);
    },
  );

  it('PNG import → export as PNG (Accept: image/png) → import is field-stable and keeps the picture', async () => {
    const eco = await ecosystem('Cards PNG');
    const json = await rest<Imported>(
      api.url,
      'POST',
      `/api/v1/ecosystems/${eco}/cards`,
      { token, body: V3_FULL },
      IMPORT,
    );
    const png = await exportPng(json.body.character.id);
    expect(png.status).toBe(200);
    expect(png.type).toBe('image/png');
    const keywords = readPngChunks(png.bytes)
      .filter((c) => c.type === 'tEXt')
      .map((c) => readTextChunk(c.data)?.keyword);
    expect(keywords).toEqual(['chara', 'ccv3']);

    const eco2 = await ecosystem('Cards PNG again');
    const imported = await upload(eco2, png.bytes, 'image/png');
    expect(imported.status).toBe(201);
    expect(imported.body.spec).toBe('chara_card_v3');
    const png2 = await exportPng(imported.body.character.id);
    const cardOf = (bytes: Uint8Array) => {
      const chunk = readPngChunks(bytes).find((c) => c.type === 'tEXt' && readTextChunk(c.data)?.keyword === 'ccv3')!;
      return JSON.parse(Buffer.from(readTextChunk(chunk.data)!.text, 'base64').toString('utf8')) as unknown;
    };
    expect(cardOf(png2.bytes)).toEqual(cardOf(png.bytes));
    expect(png2.bytes).toEqual(png.bytes);
  });

  it('exports V2 on request and a fresh V3 card for a character made in Ensemble', async () => {
    const eco = await ecosystem('Cards native');
    const made = await rest<{ id: string }>(api.url, 'POST', `/api/v1/ecosystems/${eco}/characters`, {
      token,
      body: {
        name: 'Native',
        personality: { openness: 0.2, conscientiousness: 0.4, extraversion: 0.6, agreeableness: 0.8, neuroticism: 0.1 },
      },
    });
    const v3 = await rest<CardObject>(api.url, 'GET', `/api/v1/characters/${made.body.id}/card`, { token }, EXPORT);
    expect(v3.body).toMatchObject({
      spec: 'chara_card_v3',
      data: {
        name: 'Native',
        extensions: { ensemble: { version: 1, personality: { openness: 0.2, neuroticism: 0.1 } } },
      },
    });
    const v2 = await rest<CardObject>(
      api.url,
      'GET',
      `/api/v1/characters/${made.body.id}/card?spec=chara_card_v2`,
      { token },
      EXPORT,
    );
    expect(v2.body.spec).toBe('chara_card_v2');
    expect(v2.body.data).not.toHaveProperty('group_only_greetings');
  });

  it('refuses bad cards with a clear code and status, never a 500', async () => {
    const eco = await ecosystem('Cards refused');
    const malformed = await upload(eco, '{"spec": "chara_card_v2", "data": ', 'application/json');
    expect([malformed.status, malformed.body.error.code]).toEqual([400, 'card_malformed']);
    const v1 = await upload(eco, JSON.stringify({ name: 'Old' }), 'application/json');
    expect([v1.status, v1.body.error.code]).toEqual([400, 'card_unsupported_spec']);
    const base64 = await rest<ErrorBody>(
      api.url,
      'POST',
      `/api/v1/ecosystems/${eco}/cards`,
      { token, body: { png: '%%%' } },
      IMPORT,
    );
    expect([base64.status, base64.body.error.code]).toEqual([400, 'card_bad_base64']);
    const notPng = await upload(eco, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'image/png');
    expect([notPng.status, notPng.body.error.code]).toEqual([400, 'card_png_malformed']);
    const huge = await upload(eco, new Uint8Array(10 * 1024 * 1024 + 1), 'image/png');
    expect([huge.status, huge.body.error.code]).toEqual([413, 'card_too_large']);
    await rest(api.url, 'POST', `/api/v1/ecosystems/${eco}/cards`, { token, body: V2_FULL }, IMPORT);
    const taken = await rest<ErrorBody>(
      api.url,
      'POST',
      `/api/v1/ecosystems/${eco}/cards`,
      { token, body: V2_FULL },
      IMPORT,
    );
    expect([taken.status, taken.body.error.code]).toEqual([409, 'character_name_taken']);
  });
});
