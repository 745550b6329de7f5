/**
 * Lore search through a real API process whose embedder is the OpenAI-compatible adapter, talking to a
 * fake `/v1/embeddings` server over HTTP that embeds with the real local model: documents written over
 * REST are searchable by text at once and by meaning once the queue has embedded them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenAiEmbedder } from '../src/adapters/embeddings/openai-embedder.ts';
import type { LocalEmbedder } from '../src/adapters/embeddings/local-embedder.ts';
import { LoreSearchSchema } from '../src/rest/schemas/domain.ts';
import { openLocalEmbedder } from '../testing/embeddings.ts';
import { startFakeEmbeddings, type FakeEmbeddingsServer } from '../testing/fake-embeddings-server.ts';
import { signUp, startApi, type RunningApi } from '../testing/harness.ts';
import { LORE_DOCUMENTS } from '../testing/lore-corpus.ts';
import { rest } from './rest-client.ts';

let local: LocalEmbedder;
let fake: FakeEmbeddingsServer;
let api: RunningApi;
let token: string;

interface Search {
  mode: string;
  results: { documentId: string; title: string; snippet: string; textRank: number | null; vectorRank: number | null }[];
  indexed: { passages: number; embedded: number };
}

beforeAll(async () => {
  local = await openLocalEmbedder();
  fake = await startFakeEmbeddings((texts) => local.embed(texts));
  api = await startApi({
    env: { EMBEDDINGS_BASE_URL: fake.baseUrl, EMBEDDINGS_MODEL: 'minilm', EMBEDDINGS_API_KEY: 'sk-test' },
  });
  const { session, close } = await signUp(api.url, 'lore');
  close();
  token = session.accessToken;
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await fake?.close();
  await local?.close();
});

const search = (ecosystemId: string, query: string) =>
  rest<Search>(
    api.url,
    'GET',
    `/api/v1/ecosystems/${ecosystemId}/documents/search?${query}`,
    { token },
    '/api/v1/ecosystems/{ecosystemId}/documents/search',
  );

describe('GET /api/v1/ecosystems/{id}/documents/search', () => {
  it('finds documents by text at once and by meaning once embedded, through an OpenAI-compatible embedder', async () => {
    const eco = (
      await rest<{ id: string }>(api.url, 'POST', '/api/v1/ecosystems', { token, body: { name: 'Saltmere' } })
    ).body;
    for (const d of LORE_DOCUMENTS.slice(0, 8)) {
      const created = await rest(api.url, 'POST', `/api/v1/ecosystems/${eco.id}/documents`, { token, body: d });
      expect(created.status).toBe(201);
    }
    const byText = await search(eco.id, 'q=whale%20oil&mode=text&limit=3');
    expect(byText.status).toBe(200);
    expect(LoreSearchSchema.parse(byText.body)).toEqual(byText.body);
    expect(byText.body.results[0]).toMatchObject({ title: 'The Lighthouse on Gull Point', textRank: 1 });
    expect(byText.body.results[0]!.snippet).toContain('<mark>whale</mark>');

    let found = byText.body;
    for (let i = 0; i < 200 && found.indexed.embedded < found.indexed.passages; i++) {
      await new Promise((r) => setTimeout(r, 100));
      found = (await search(eco.id, 'q=lanterns&mode=text')).body;
    }
    expect(found.indexed.embedded).toBe(found.indexed.passages);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests[0]).toMatchObject({ authorization: 'Bearer sk-test', model: 'minilm' });
    // Passages went in batches, not one request each.
    expect(fake.requests.some((r) => r.input.length > 1)).toBe(true);

    const hybrid = await search(eco.id, `q=${encodeURIComponent('who keeps the beacon burning on the headland')}`);
    expect(hybrid.body.mode).toBe('hybrid');
    expect(hybrid.body.results[0]).toMatchObject({ title: 'The Lighthouse on Gull Point', vectorRank: 1 });
  });

  it('falls back to text when the embedder fails, answers 503 for meaning only, and 400 for bad input', async () => {
    const eco = (await rest<{ id: string }>(api.url, 'POST', '/api/v1/ecosystems', { token, body: { name: 'Down' } }))
      .body;
    await rest(api.url, 'POST', `/api/v1/ecosystems/${eco.id}/documents`, { token, body: LORE_DOCUMENTS[0] });
    const ready = async () =>
      (await fetch(`${api.url}/health/ready`)).json() as Promise<{ checks: Record<string, string> }>;
    expect((await ready()).checks['embedder']).toBe('ok');
    fake.failWith(503);
    try {
      expect(await ready()).toMatchObject({ status: 'degraded', checks: { embedder: 'error' } });
      const hybrid = await search(eco.id, 'q=paper%20lanterns');
      expect(hybrid.status).toBe(200);
      expect(hybrid.body.mode).toBe('text');
      expect(hybrid.body.results[0]).toMatchObject({ title: 'The Lantern Festival', textRank: 1, vectorRank: null });
      const vector = await search(eco.id, 'q=paper%20lanterns&mode=vector');
      expect(vector.status).toBe(503);
      expect((vector.body as unknown as { error: { code: string } }).error.code).toBe('embeddings_unavailable');
    } finally {
      fake.failWith(null);
    }
    const empty = await search(eco.id, 'q=%20%20');
    expect(empty.status).toBe(400);
    expect((empty.body as unknown as { error: { code: string } }).error.code).toBe('invalid_input');
  });
});

describe('OpenAiEmbedder', () => {
  it('places vectors by index and normalises them; refuses a wrong-sized answer', async () => {
    const embedder = new OpenAiEmbedder({ baseUrl: fake.baseUrl, model: 'minilm' });
    const [a, b] = await embedder.embed([
      'The festival lanterns are lit on the quay',
      'I need to fix the broken winch',
    ]);
    const [ownA, ownB] = await local.embed([
      'The festival lanterns are lit on the quay',
      'I need to fix the broken winch',
    ]);
    const dot = (x: number[], y: number[]) => x.reduce((sum, v, i) => sum + v * y[i]!, 0);
    // The fake answers in reverse order: each vector is still its own text's.
    expect(dot(a!, ownA!)).toBeCloseTo(1, 5);
    expect(dot(b!, ownB!)).toBeCloseTo(1, 5);
    expect(dot(a!, ownB!)).toBeLessThan(0.5);
    const wrongSize = new OpenAiEmbedder({ baseUrl: fake.baseUrl, model: 'minilm', dimensions: 1536 });
    await expect(wrongSize.embed(['x'])).rejects.toThrow(/not 1536 numbers/);
  });
});
