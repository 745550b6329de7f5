import { afterAll, describe, expect, it } from 'vitest';
import { makeClient, startApi, type RunningApi } from '../testing/harness.ts';

let api: RunningApi | null = null;
afterAll(async () => {
  await api?.stop();
});

const DEMO = { email: 'demo@ensemble.dev', password: 'ensemble-demo' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function signInAsDemo(url: string) {
  const anon = makeClient(url, null, { transport: 'http' });
  const session = await anon.client.auth.login.mutate(DEMO);
  anon.close();
  return makeClient(url, session.accessToken, { transport: 'http' });
}

describe('the demo seed', () => {
  it('seeds an empty store once: a demo account, 8+ characters with history and a running scenario; a restart seeds nothing more', async () => {
    api = await startApi({ env: { NO_SEED: '' } });
    expect(api.output()).toMatch(
      /Seeded the demo: open http:\/\/\S+ and sign in as demo@ensemble\.dev \/ ensemble-demo/,
    );

    const { client, close } = await signInAsDemo(api.url);
    const ecosystems = await client.ecosystems.list.query();
    expect(ecosystems.map((e) => e.name)).toEqual(['Harbor Town']);
    const eco = ecosystems[0]!;
    const characters = await client.characters.list.query({ ecosystemId: eco.id });
    expect(characters.length).toBeGreaterThanOrEqual(8);
    expect(new Set(characters.map((c) => c.name)).size).toBe(characters.length);
    expect(new Set(characters.map((c) => c.description)).size).toBe(characters.length);
    // Varied personalities: each trait spans a real range across the cast.
    for (const trait of ['openness', 'conscientiousness', 'extraversion', 'agreeableness', 'neuroticism'] as const) {
      const values = characters.map((c) => c.personality[trait]);
      expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(0.4);
    }
    const dashboard = await client.ecosystems.dashboard.query({ id: eco.id });
    expect(dashboard.stats.relationships).toBeGreaterThanOrEqual(4);

    const [scenario] = await client.scenarios.list.query({ ecosystemId: eco.id });
    expect(scenario).toMatchObject({ status: 'running' });
    expect(scenario!.participantIds).toHaveLength(characters.length);
    // A turn every few seconds: the demo is visibly alive.
    expect(60_000 / scenario!.speed).toBeLessThanOrEqual(3000);
    const deadline = Date.now() + 30_000;
    while ((await client.scenarios.get.query({ id: scenario!.id })).turn < 2) {
      if (Date.now() > deadline) throw new Error('the demo scenario played no turns');
      await sleep(250);
    }
    close();

    api = await api.restart();
    expect(api.output()).not.toMatch(/Seeded the demo/);
    expect(api.output()).toMatch(/Demo account: open http:\/\/\S+ and sign in as demo@ensemble\.dev/);
    const again = await signInAsDemo(api.url);
    const after = await again.client.ecosystems.list.query();
    expect(after.map((e) => e.id)).toEqual([eco.id]);
    expect(await again.client.characters.list.query({ ecosystemId: eco.id })).toHaveLength(characters.length);
    expect(await again.client.scenarios.list.query({ ecosystemId: eco.id })).toHaveLength(1);
    again.close();
  });

  it('does not seed a store that already has users, nor when NO_SEED=1', async () => {
    const quiet = await startApi();
    try {
      expect(quiet.output()).not.toMatch(/demo/i);
      const anon = makeClient(quiet.url, null, { transport: 'http' });
      await anon.client.auth.register.mutate({
        email: 'someone@example.com',
        password: 'a good password',
        displayName: 'Someone',
      });
      anon.close();
      await quiet.kill();
      // Seeding allowed now, but the store is no longer empty.
      const again = await startApi({
        dataDir: quiet.dataDir,
        databaseUrl: quiet.databaseUrl ?? undefined,
        env: { NO_SEED: '' },
      });
      try {
        expect(again.output()).not.toMatch(/Seeded the demo|Demo account/);
        const error = await makeClient(again.url, null, { transport: 'http' })
          .client.auth.login.mutate(DEMO)
          .catch((e: unknown) => e);
        expect((error as { data?: { appCode?: string } }).data?.appCode).toBe('invalid_credentials');
      } finally {
        await again.stop();
      }
    } finally {
      await quiet.stop();
    }
  });
});
