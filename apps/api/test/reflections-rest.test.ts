/**
 * Reflections after direct exchanges, end to end on the real store (PGlite, or PostgreSQL with
 * DATABASE_URL): a run of quarrels through POST /api/v1/interactions leaves the quarrelled-with character
 * a `reflection` memory (GET /api/v1/characters/{id}/memories), and a later exchange's language-model
 * prompt (a fake OpenAI-compatible server records it) carries that reflection among what she remembers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { MemorySchema } from '../src/rest/routes/memories.ts';
import { startFakeLlm, type FakeLlmServer } from '../testing/fake-llm-server.ts';
import { signUp, startApi, type RunningApi } from '../testing/harness.ts';
import { PRICKLY } from './fixtures.ts';
import { rest } from './rest-client.ts';

type Memory = z.infer<typeof MemorySchema>;

/** The pair cooldown (packages/core feasibility.ts PAIR_COOLDOWN_MS) and a margin. */
const COOLDOWN_MS = 10_500;
const QUARRELLERS = ['Bo', 'Cy', 'Di', 'Ed', 'Fi', 'Gus', 'Hal', 'Ida'];

let llm: FakeLlmServer;
let api: RunningApi;
let token: string;

beforeAll(async () => {
  llm = await startFakeLlm();
  api = await startApi({ env: { LLM_BASE_URL: llm.baseUrl, LLM_API_KEY: 'sk-test', LLM_MODEL: 'fake-model' } });
  const signed = await signUp(api.url, 'reflector');
  signed.close();
  token = signed.session.accessToken;
}, 180_000);

afterAll(async () => {
  await api?.stop();
  await llm?.close();
});

async function create(ecosystemId: string, name: string): Promise<string> {
  const made = await rest<{ id: string }>(api.url, 'POST', `/api/v1/ecosystems/${ecosystemId}/characters`, {
    token,
    body: { name, personality: PRICKLY },
  });
  expect(made.status).toBe(201);
  return made.body.id;
}

async function reflectionsOf(characterId: string): Promise<Memory[]> {
  const got = await rest<Memory[]>(
    api.url,
    'GET',
    `/api/v1/characters/${characterId}/memories?order=recent&limit=100`,
    {
      token,
    },
  );
  expect(got.status).toBe(200);
  return got.body.filter((m) => m.kind === 'reflection');
}

describe('reflections after direct exchanges', () => {
  it('a run of quarrels forms a reflection, listed with kind "reflection" and retrieved by a later exchange', async () => {
    const eco = (
      await rest<{ id: string }>(api.url, 'POST', '/api/v1/ecosystems', {
        token,
        body: { name: 'Quay', dialogue: { mode: 'llm' } },
      })
    ).body;
    const mara = await create(eco.id, 'Mara');
    const others = new Map<string, string>();
    for (const name of QUARRELLERS) others.set(await create(eco.id, name), name);

    // Round after round, everyone picks a fight with Mara (each pair waits out its cooldown).
    let reflections: Memory[] = [];
    for (let round = 0; round < 4 && reflections.length === 0; round++) {
      if (round > 0) await new Promise((done) => setTimeout(done, COOLDOWN_MS));
      for (const id of others.keys()) {
        const done = await rest<{ success: boolean }>(api.url, 'POST', '/api/v1/interactions', {
          token,
          body: { initiator_id: id, target_id: mara, type: 'conflict', content: 'You ruined the festival, you fool!' },
        });
        expect(done.body).toMatchObject({ success: true });
      }
      reflections = await reflectionsOf(mara);
    }
    expect(reflections).toHaveLength(1);
    const reflection = reflections[0]!;
    expect(reflection.aboutId).not.toBeNull();
    const about = others.get(reflection.aboutId!)!;
    expect(reflection.content).toMatch(new RegExp(`^I (distrust|am wary of) ${about} since `));
    expect(reflection.importance).toBeGreaterThanOrEqual(0.6);

    // Later, the one she reflected on speaks to her again: her reply's prompt recalls the reflection.
    await new Promise((done) => setTimeout(done, COOLDOWN_MS));
    const seen = llm.requests.length;
    const later = await rest<{ success: boolean }>(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: reflection.aboutId, target_id: mara, type: 'chat' },
    });
    expect(later.body).toMatchObject({ success: true });
    const prompts = llm.requests.slice(seen).map((r) => r.body.messages.map((m) => m.content).join('\n'));
    const marasPrompt = prompts.find((p) => /^You are Mara\./m.test(p));
    expect(marasPrompt).toBeDefined();
    expect(marasPrompt).toContain(`- ${reflection.content}`);
  }, 180_000);
});
