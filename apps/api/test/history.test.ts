/** Characters who change (personality drift) and replay of the event log, over REST against a real API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startApi, type RunningApi } from '../testing/harness.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { rest } from './rest-client.ts';

let api: RunningApi;
let token: string;

beforeAll(async () => {
  api = await startApi();
  const signed = await signUp(api.url, 'historian');
  signed.close();
  token = signed.session.accessToken;
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

type Character = { id: string; personality: Record<string, number> };

async function pair(name: string, body: Record<string, unknown> = {}) {
  const eco = (
    await rest<{ id: string; personalityDrift: boolean }>(api.url, 'POST', '/api/v1/ecosystems', {
      token,
      body: { name, ...body },
    })
  ).body;
  const make = async (n: string, personality: object) =>
    (
      await rest<Character>(api.url, 'POST', `/api/v1/ecosystems/${eco.id}/characters`, {
        token,
        body: { name: n, personality },
      })
    ).body;
  return { eco, a: await make('Ada', WARM), b: await make('Bo', PRICKLY) };
}

describe('personality drift', () => {
  it('is on by default: a conflict moves both personalities (neuroticism up, agreeableness down)', async () => {
    const { eco, a, b } = await pair('Drifting');
    expect(eco.personalityDrift).toBe(true);
    const done = await rest<{ success: boolean }>(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: a.id, target_id: b.id, type: 'conflict', content: 'You broke my nets.' },
    });
    expect(done.body.success).toBe(true);
    const after = (await rest<Character>(api.url, 'GET', `/api/v1/characters/${a.id}`, { token })).body;
    expect(after.personality['neuroticism']).toBeGreaterThan(WARM.neuroticism);
    expect(after.personality['agreeableness']).toBeLessThan(WARM.agreeableness);
    expect(after.personality['openness']).toBe(WARM.openness);
  });

  it('the ecosystem setting turns it off', async () => {
    const { eco, a, b } = await pair('Steady', { personalityDrift: false });
    expect(eco.personalityDrift).toBe(false);
    await rest(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: a.id, target_id: b.id, type: 'conflict', content: 'You broke my nets.' },
    });
    expect((await rest<Character>(api.url, 'GET', `/api/v1/characters/${a.id}`, { token })).body.personality).toEqual(
      WARM,
    );
    const on = await rest<{ personalityDrift: boolean }>(api.url, 'PATCH', `/api/v1/ecosystems/${eco.id}`, {
      token,
      body: { personalityDrift: true },
    });
    expect(on.body.personalityDrift).toBe(true);
  });
});
