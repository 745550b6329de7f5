/**
 * What the character panel reads: a character's memories (strongest or newest) and the events of one type
 * (a character's drift), over REST, as the OpenAPI document describes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MemorySchema } from '../src/rest/routes/memories.ts';
import { EventPageSchema } from '../src/rest/schemas/domain.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { signUp, startApi, type RunningApi } from '../testing/harness.ts';
import { rest } from './rest-client.ts';

let api: RunningApi;
let token: string;
let eco: { id: string; a: string; b: string; c: string };

beforeAll(async () => {
  api = await startApi();
  const signed = await signUp(api.url, 'rememberer');
  signed.close();
  token = signed.session.accessToken;
  const ecosystem = (
    await rest<{ id: string }>(api.url, 'POST', '/api/v1/ecosystems', { token, body: { name: 'Quay' } })
  ).body;
  const ids: string[] = [];
  for (const [name, personality] of [
    ['Ada', WARM],
    ['Bo', PRICKLY],
    ['Cy', WARM],
  ] as const) {
    const made = await rest<{ id: string }>(api.url, 'POST', `/api/v1/ecosystems/${ecosystem.id}/characters`, {
      token,
      body: { name, personality },
    });
    ids.push(made.body.id);
  }
  eco = { id: ecosystem.id, a: ids[0]!, b: ids[1]!, c: ids[2]! };
  // Ada meets both others: a warm chat and a quarrel, so her memories differ in importance.
  for (const [target, type, content] of [
    [eco.b, 'conflict', 'You ruined the festival, you fool!'],
    [eco.c, 'greeting', 'Good morning'],
  ] as const) {
    const done = await rest<{ success: boolean }>(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: eco.a, target_id: target, type, content },
    });
    expect(done.body.success).toBe(true);
  }
}, 120_000);

afterAll(async () => {
  await api?.stop();
});

type Memory = z.infer<typeof MemorySchema>;

describe('GET /api/v1/characters/{id}/memories', () => {
  it('lists the strongest first by default, as the document describes them', async () => {
    const got = await rest<Memory[]>(api.url, 'GET', `/api/v1/characters/${eco.a}/memories`, { token });
    expect(got.status).toBe(200);
    expect(z.array(MemorySchema).parse(got.body)).toEqual(got.body);
    expect(got.body.length).toBeGreaterThanOrEqual(2);
    expect(got.body.every((m) => m.characterId === eco.a)).toBe(true);
    const importance = got.body.map((m) => m.importance);
    expect(importance).toEqual([...importance].sort((x, y) => y - x));
    expect(new Set(got.body.map((m) => m.aboutId))).toEqual(new Set([eco.b, eco.c]));
  });

  it('lists the newest first with order=recent, and honours limit', async () => {
    const recent = await rest<Memory[]>(api.url, 'GET', `/api/v1/characters/${eco.a}/memories?order=recent&limit=1`, {
      token,
    });
    expect(recent.status).toBe(200);
    expect(recent.body).toHaveLength(1);
    // The greeting with Cy came last.
    expect(recent.body[0]?.aboutId).toBe(eco.c);
  });

  it('refuses an unknown order and an unknown character clearly', async () => {
    const bad = await rest<{ error: { code: string } }>(
      api.url,
      'GET',
      `/api/v1/characters/${eco.a}/memories?order=loudest`,
      { token },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_input');
    const missing = await rest<{ error: { code: string } }>(
      api.url,
      'GET',
      '/api/v1/characters/00000000-0000-4000-8000-000000000000/memories',
      { token },
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('character_not_found');
  });
});

describe('GET /api/v1/ecosystems/{id}/events?type=', () => {
  it('returns only events of that type, oldest first', async () => {
    const all = await rest<z.infer<typeof EventPageSchema>>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/events`, {
      token,
    });
    const typed = await rest<z.infer<typeof EventPageSchema>>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${eco.id}/events?type=character_interaction`,
      { token },
    );
    expect(typed.status).toBe(200);
    expect(EventPageSchema.parse(typed.body)).toEqual(typed.body);
    expect(typed.body.events.map((e) => e.seq)).toEqual(
      all.body.events.filter((e) => e.type === 'character_interaction').map((e) => e.seq),
    );
    expect(typed.body.events).toHaveLength(2);
    const bad = await rest<{ error: { code: string } }>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${eco.id}/events?type=gossip`,
      { token },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_input');
  });
});
