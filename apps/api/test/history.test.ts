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

describe('POST /api/v1/ecosystems/{id}/fork with a change', () => {
  const FORK = '/api/v1/ecosystems/{ecosystemId}/fork';
  type Fork = {
    ecosystem: { id: string };
    characterIds: Record<string, string>;
    scenarioIds: Record<string, string>;
    scenarioId: string | null;
  };
  type Failure = { error: { code: string; message: string } };

  it('starts the branch with changed traits, a changed relationship and a new scenario, each logged after the copy', async () => {
    const { eco, a, b } = await pair('What if');
    const fork = await rest<Fork>(
      api.url,
      'POST',
      `/api/v1/ecosystems/${eco.id}/fork`,
      {
        token,
        body: {
          name: 'Feud',
          change: {
            traits: [{ characterId: a.id, personality: { neuroticism: 0.9 } }],
            relationships: [{ fromId: a.id, toId: b.id, strength: -0.8, trust: 0.1 }],
            scenario: { title: 'The feud', mood: 'tense', maxTurns: 1, seed: 4, participantIds: [a.id, b.id] },
          },
        },
      },
      FORK,
    );
    expect(fork.status).toBe(201);
    const branchA = fork.body.characterIds[a.id]!;
    const branchB = fork.body.characterIds[b.id]!;
    const traits = (await rest<Character>(api.url, 'GET', `/api/v1/characters/${branchA}`, { token })).body.personality;
    expect(traits).toEqual({ ...WARM, neuroticism: 0.9 });
    // The parent is untouched.
    expect((await rest<Character>(api.url, 'GET', `/api/v1/characters/${a.id}`, { token })).body.personality).toEqual(
      WARM,
    );
    const state = (
      await rest<State>(api.url, 'GET', `/api/v1/ecosystems/${fork.body.ecosystem.id}/state`, { token }, STATE)
    ).body;
    expect(state.relationships.find((r) => r.fromId === branchA && r.toId === branchB)).toMatchObject({
      strength: -0.8,
      trust: 0.1,
    });
    const scenario = await rest<{ id: string; participantIds: string[]; seed: number }>(
      api.url,
      'GET',
      `/api/v1/scenarios/${fork.body.scenarioId}`,
      { token },
    );
    expect(scenario.body).toMatchObject({ seed: 4 });
    expect(scenario.body.participantIds.sort()).toEqual([branchA, branchB].sort());
    const log = (
      await rest<{ events: { type: string }[] }>(
        api.url,
        'GET',
        `/api/v1/ecosystems/${fork.body.ecosystem.id}/events`,
        {
          token,
        },
      )
    ).body.events.map((e) => e.type);
    expect(log.slice(0, 5)).toEqual([
      'character_created',
      'character_created',
      'character_updated',
      'relationship_changed',
      'scenario_started',
    ]);
  });

  it('refuses a change it cannot apply, naming the field, and makes no branch', async () => {
    const { eco, a, b } = await pair('Refusals');
    const before = (await rest<unknown[]>(api.url, 'GET', '/api/v1/ecosystems', { token })).body.length;
    const refused = async (change: unknown) => {
      const r = await rest<Failure>(
        api.url,
        'POST',
        `/api/v1/ecosystems/${eco.id}/fork`,
        { token, body: { change } },
        FORK,
      );
      return [r.status, r.body.error.code, r.body.error.message] as const;
    };
    const [s1, c1, m1] = await refused({ traits: [{ characterId: 'nobody', personality: { openness: 0.2 } }] });
    expect([s1, c1]).toEqual([400, 'invalid_fork_change']);
    expect(m1).toContain('change.traits[0].characterId');
    expect((await refused({ traits: [{ characterId: a.id, personality: { openness: 1.5 } }] })).slice(0, 2)).toEqual([
      400,
      'invalid_input',
    ]);
    expect((await refused({ traits: [{ characterId: a.id, personality: {} }] })).slice(0, 2)).toEqual([
      400,
      'invalid_fork_change',
    ]);
    expect((await refused({ relationships: [{ fromId: a.id, toId: a.id, strength: 0.5 }] }))[1]).toBe(
      'invalid_fork_change',
    );
    expect((await refused({ relationships: [{ fromId: a.id, toId: b.id }] }))[1]).toBe('invalid_fork_change');
    expect((await refused({ relationships: [{ fromId: a.id, toId: b.id, trust: -1 }] }))[1]).toBe('invalid_input');
    const [, c2, m2] = await refused({ scenario: { title: 'Alone', participantIds: [a.id] } });
    expect(c2).toBe('invalid_input');
    expect(m2).toContain('participantIds');
    expect((await refused({ scenario: { title: 'Ghosts', participantIds: [a.id, 'ghost'] } }))[1]).toBe(
      'invalid_fork_change',
    );
    expect((await refused({ weather: 'rain' }))[1]).toBe('invalid_input');
    expect((await rest<unknown[]>(api.url, 'GET', '/api/v1/ecosystems', { token })).body.length).toBe(before);
  });
});
