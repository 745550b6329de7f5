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

type State = {
  seq: number;
  at: string | null;
  lastSeq: number;
  fromSnapshotSeq: number;
  eventsReplayed: number;
  characters: { id: string; mood: Record<string, number>; energy: number; emotion: string | null }[];
  relationships: { fromId: string; toId: string; strength: number; trust: number; interactionCount: number }[];
};
const STATE = '/api/v1/ecosystems/{ecosystemId}/state';

describe('GET /api/v1/ecosystems/{id}/state', () => {
  it('gives the state now, at any seq, and at any time, rebuilt from the log', async () => {
    const { eco, a, b } = await pair('Replayed');
    const seqAfterCreation = (await rest<State>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/state`, { token }, STATE))
      .body;
    expect(seqAfterCreation.seq).toBe(2);
    expect(seqAfterCreation.characters.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(seqAfterCreation.relationships).toEqual([]);

    await rest(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: a.id, target_id: b.id, type: 'collaboration', content: 'Let us mend the nets together.' },
    });
    const now = await rest<State>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/state`, { token }, STATE);
    expect(now.status).toBe(200);
    expect(now.body.seq).toBe(now.body.lastSeq);
    // Relationships as the exchange left them (the store-level replay test compares them with the store exactly).
    const ab = now.body.relationships.find((r) => r.fromId === a.id)!;
    expect(ab.interactionCount).toBe(1);
    // Moods as the last character_state_changed said.
    const events = (
      await rest<{
        events: { type: string; data: { character_id: string; mood: Record<string, number>; energy: number } }[];
      }>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/events`, { token })
    ).body.events;
    const lastState = events
      .filter((e) => e.type === 'character_state_changed' && e.data.character_id === a.id)
      .at(-1)!;
    expect(now.body.characters.find((c) => c.id === a.id)).toMatchObject({
      mood: lastState.data.mood,
      energy: lastState.data.energy,
    });

    // Back in time: at seq 2, before the exchange; at a time before anything, empty.
    const then = await rest<State>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/state?at_seq=2`, { token }, STATE);
    expect(then.body).toMatchObject({ seq: 2, relationships: [] });
    expect(then.body.characters).toEqual(seqAfterCreation.characters);
    const before = await rest<State>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${eco.id}/state?at=2000-01-01T00:00:00Z`,
      { token },
      STATE,
    );
    expect(before.body).toMatchObject({ seq: 0, at: null, characters: [], relationships: [] });
    const byTime = await rest<State>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${eco.id}/state?at=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
      { token },
      STATE,
    );
    expect(byTime.body).toEqual({
      ...now.body,
      fromSnapshotSeq: byTime.body.fromSnapshotSeq,
      eventsReplayed: byTime.body.eventsReplayed,
    });

    const late = await rest<{ error: { code: string } }>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${eco.id}/state?at_seq=999`,
      { token },
      STATE,
    );
    expect([late.status, late.body.error.code]).toEqual([400, 'seq_out_of_range']);
    const both = await rest<{ error: { code: string } }>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${eco.id}/state?at_seq=1&at=2000-01-01T00:00:00Z`,
      { token },
      STATE,
    );
    expect([both.status, both.body.error.code]).toEqual([400, 'invalid_input']);
  });
});

describe('POST /api/v1/ecosystems/{id}/fork', () => {
  it('makes a branch as the ecosystem was at a seq, recording parent and fork point; its state replays the same', async () => {
    const { eco, a, b } = await pair('Trunk');
    await rest(api.url, 'POST', '/api/v1/interactions', {
      token,
      body: { initiator_id: a.id, target_id: b.id, type: 'conflict', content: 'You took my mooring.' },
    });
    const trunk = (await rest<State>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/state`, { token }, STATE)).body;
    type Fork = {
      ecosystem: { id: string; parent: { id: string; seq: number } };
      characterIds: Record<string, string>;
    };
    const FORK = '/api/v1/ecosystems/{ecosystemId}/fork';
    const now = await rest<Fork>(
      api.url,
      'POST',
      `/api/v1/ecosystems/${eco.id}/fork`,
      { token, body: { name: 'Branch' } },
      FORK,
    );
    expect(now.status).toBe(201);
    expect(now.body.ecosystem.parent).toEqual({ id: eco.id, seq: trunk.seq });
    const branch = (
      await rest<State>(api.url, 'GET', `/api/v1/ecosystems/${now.body.ecosystem.id}/state`, { token }, STATE)
    ).body;
    const ids = now.body.characterIds;
    const strip = (s: State, map: (id: string) => string) => ({
      characters: s.characters.map((c) => ({ ...c, id: map(c.id) })).sort((x, y) => x.id.localeCompare(y.id)),
      relationships: s.relationships
        .map((r) => ({ ...r, fromId: map(r.fromId), toId: map(r.toId) }))
        .sort((x, y) => `${x.fromId}${x.toId}`.localeCompare(`${y.fromId}${y.toId}`)),
    });
    expect(strip(branch, (id) => id)).toEqual(strip(trunk, (id) => ids[id]!));

    const early = await rest<Fork>(
      api.url,
      'POST',
      `/api/v1/ecosystems/${eco.id}/fork`,
      { token, body: { at_seq: 2 } },
      FORK,
    );
    expect(early.body.ecosystem.parent).toEqual({ id: eco.id, seq: 2 });
    const earlyState = (
      await rest<State>(api.url, 'GET', `/api/v1/ecosystems/${early.body.ecosystem.id}/state`, { token }, STATE)
    ).body;
    expect(earlyState.relationships).toEqual([]);
    const trunkAt2 = (
      await rest<State>(api.url, 'GET', `/api/v1/ecosystems/${eco.id}/state?at_seq=2`, { token }, STATE)
    ).body;
    expect(strip(earlyState, (id) => id)).toEqual(strip(trunkAt2, (id) => early.body.characterIds[id]!));
    // Compare: the trunk moves on, the branch at seq 2 does not; the pair's relationships differ most.
    type Comparison = {
      characters: { name: string; difference: number }[];
      relationships: { from: string; to: string; a: object | null; b: object | null; difference: number }[];
    };
    const compared = await rest<Comparison>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${eco.id}/compare?with=${early.body.ecosystem.id}`,
      { token },
      '/api/v1/ecosystems/{ecosystemId}/compare',
    );
    expect(compared.status).toBe(200);
    // Only the trunk has the pair's relationships (the branch forked before they met).
    expect(compared.body.relationships.map((r) => `${r.from}>${r.to}:${r.b === null}`).sort()).toEqual([
      'Ada>Bo:true',
      'Bo>Ada:true',
    ]);
    const diffs = compared.body.relationships.map((r) => r.difference);
    expect(diffs).toEqual([...diffs].sort((x, y) => y - x));
    expect(compared.body.characters.map((c) => c.name).sort()).toEqual(['Ada', 'Bo']);
    // The conflict moved the trunk's moods and energy; the branch still has them as at creation.
    expect(compared.body.characters.every((c) => c.difference > 0)).toBe(true);
    const itself = await rest<Comparison>(
      api.url,
      'GET',
      `/api/v1/ecosystems/${eco.id}/compare?with=${now.body.ecosystem.id}`,
      { token },
    );
    expect(itself.body.relationships.every((r) => r.difference === 0)).toBe(true);
    expect(itself.body.characters.every((c) => c.difference === 0)).toBe(true);
    const late = await rest<{ error: { code: string } }>(
      api.url,
      'POST',
      `/api/v1/ecosystems/${eco.id}/fork`,
      { token, body: { at_seq: 999 } },
      FORK,
    );
    expect([late.status, late.body.error.code]).toEqual([400, 'seq_out_of_range']);
  });
});
