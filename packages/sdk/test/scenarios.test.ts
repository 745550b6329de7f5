/** Scenarios through the SDK: start, list, get, pause, resume, intervene, transcript, end. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnsembleClient } from '../src/index.ts';
import { PRICKLY, signedInClient, startTestApi, WARM, type RunningApi } from './support/api.ts';

let api: RunningApi;
let client: EnsembleClient;
beforeAll(async () => {
  api = await startTestApi();
  client = await signedInClient(api.url, 'director');
});
afterAll(async () => {
  client?.close();
  await api?.stop();
});

describe('scenarios', () => {
  it('runs a scenario through its whole lifecycle', async () => {
    const eco = client.ecosystem((await client.ecosystems.create({ name: 'Market day' })).id);
    const cast = [];
    for (const [i, name] of ['Ada', 'Bo', 'Cy'].entries()) {
      cast.push(await eco.characters.create({ name, personality: i === 1 ? PRICKLY : WARM }));
    }
    const started = await eco.scenarios.start({
      title: 'The fish auction',
      setting: 'A crowded quay at dawn',
      mood: 'tense',
      objectives: ['sell the catch'],
      speed: 60,
      seed: 7,
    });
    expect(started).toMatchObject({ ecosystemId: eco.id, title: 'The fish auction', status: 'running', seed: 7 });
    expect(started.participantIds.sort()).toEqual(cast.map((c) => c.id).sort());
    expect((await eco.scenarios.list()).map((s) => s.id)).toEqual([started.id]);

    const paused = await eco.scenarios.pause(started.id);
    expect(paused.status).toBe('paused');
    expect((await eco.scenarios.get(started.id)).status).toBe('paused');

    const reply = await eco.scenarios.intervene(started.id, {
      message: 'Ada, what is the best fish today?',
      userName: 'Visitor',
    });
    expect(reply.scenarioId).toBe(started.id);
    expect(reply.responses.length).toBeGreaterThan(0);
    expect(reply.responses[0]!.response.length).toBeGreaterThan(0);
    const direct = await eco.scenarios.intervene(started.id, {
      message: 'And you, Bo?',
      targetCharacterId: cast[1]!.id,
    });
    expect(direct.responses.map((r) => r.characterName)).toEqual(['Bo']);

    const resumed = await eco.scenarios.resume(started.id);
    expect(resumed.status).toBe('running');
    // The director plays on its own once resumed (one turn a second here): wait for a character-to-character line.
    let played = false;
    for (let i = 0; i < 60 && !played; i += 1) {
      played = (await eco.scenarios.transcript(started.id)).lines.some((l) => l.kind === 'opening');
      if (!played) await new Promise((r) => setTimeout(r, 500));
    }
    expect(played).toBe(true);
    expect((await eco.scenarios.get(started.id)).turn).toBeGreaterThan(0);

    const ended = await eco.scenarios.end(started.id, 'curtain');
    expect(ended).toMatchObject({ status: 'ended', endReason: 'curtain' });

    const transcript = await eco.scenarios.transcript(started.id);
    expect(transcript.scenarioId).toBe(started.id);
    const kinds = transcript.lines.map((l) => l.kind);
    expect(kinds).toContain('user');
    expect(kinds).toContain('user_reply');
    expect(kinds).toContain('opening');
    expect(transcript.lines.some((l) => l.text.includes('best fish'))).toBe(true);
    const firstPage = await eco.scenarios.transcript(started.id, { limit: 1 });
    expect(firstPage.nextAfterSeq).not.toBeNull();
  });

  it('refuses to control a scenario that does not exist, with scenario_not_found', async () => {
    const eco = client.ecosystem((await client.ecosystems.create({ name: 'Empty' })).id);
    await expect(eco.scenarios.pause('no-such-scenario')).rejects.toMatchObject({
      code: 'scenario_not_found',
      httpStatus: 404,
    });
  });
});
