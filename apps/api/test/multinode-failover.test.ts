import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  missingForCluster,
  nodeOfLease,
  startCluster,
  startNginx,
  type Cluster,
  type RunningNginx,
} from '../testing/cluster.ts';
import { eventually, seqRange, storedEvents, watchEvents, type EventWatcher } from './event-watchers.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { makeClient, signUp } from '../testing/harness.ts';

const missing = missingForCluster({ redis: 'url', nginx: true });
if (missing !== null) console.warn(missing);

/** Subscribers through nginx: spread over the nodes by least_conn, so some sit on the node that dies. */
const WATCHERS = 6;

describe.skipIf(missing !== null)('three API nodes: the node running a scenario dies', { timeout: 240_000 }, () => {
  let cluster: Cluster;
  let nginx: RunningNginx;

  beforeAll(async () => {
    cluster = await startCluster(3, { REDIS_URL: process.env['REDIS_URL']! });
    nginx = await startNginx(cluster.nodes.map((n) => new URL(n.url).host));
  }, 240_000);
  afterAll(async () => {
    await nginx?.stop();
    await cluster?.stop();
  });

  const leaseOf = async (scenarioId: string) =>
    (
      await cluster.query<{ lease_owner: string | null }>('select lease_owner from scenarios where id = $1', [
        scenarioId,
      ])
    )[0]?.lease_owner ?? null;

  it('another node takes the scenario over; subscribers reconnect through nginx; nothing lost, duplicated or played twice', async () => {
    const owner = await signUp(nginx.url, 'failover');
    const token = owner.session.accessToken;
    const eco = await owner.client.ecosystems.create.mutate({ name: 'Lighthouse' });
    const cast = [];
    for (const [i, name] of ['Ada', 'Bo', 'Cy', 'Di', 'Ed'].entries()) {
      cast.push(
        await owner.client.characters.create.mutate({ ecosystemId: eco.id, name, personality: i % 2 ? PRICKLY : WARM }),
      );
    }
    const watchers: EventWatcher[] = Array.from({ length: WATCHERS }, () => watchEvents(nginx.url, token, eco.id, '0'));
    await Promise.all(watchers.map((w) => w.started));

    // The fastest speed a scenario allows: a turn a second.
    const scenario = await owner.client.scenarios.create.mutate({
      ecosystemId: eco.id,
      title: 'Storm night',
      participantIds: cast.map((c) => c.id),
      speed: 60,
      durationMinutes: 60,
      seed: 11,
    });
    const turnsSoFar = async () => (await owner.client.scenarios.get.query({ id: scenario.id })).turn;
    await eventually(
      async () => (await turnsSoFar()) >= 3,
      30_000,
      () => 'the scenario never got going',
    );

    const runner = nodeOfLease(cluster.nodes, await leaseOf(scenario.id));
    expect(runner, 'the lease names one of the nodes').toBeDefined();
    await runner!.kill(); // SIGKILL: no chance to hand the lease over
    const atKill = await turnsSoFar();

    // The lease lapses (4 s) and a surviving node's scan (1 s) claims it: turns resume on another node.
    await eventually(
      async () => {
        const next = nodeOfLease(cluster.nodes, await leaseOf(scenario.id));
        return next !== undefined && next !== runner;
      },
      20_000,
      () => 'no surviving node took the lease',
    );
    await eventually(
      async () => (await turnsSoFar()) >= atKill + 3,
      30_000,
      () => 'turns did not resume',
    );
    const survivors = cluster.nodes.filter((n) => n !== runner);
    expect(survivors.map((n) => n.process.exitCode)).toEqual([null, null]);

    await owner.client.scenarios.end.mutate({ id: scenario.id });
    const stored = await storedEvents(owner.client, eco.id);
    const lastSeq = stored.at(-1)!.seq;
    await eventually(
      () => watchers.every((w) => w.seqs.at(-1) === lastSeq),
      30_000,
      () =>
        watchers.map((w, i) => `#${i}: ${w.seqs.length} events, last ${w.seqs.at(-1)}, opens ${w.opens}`).join('; '),
    );
    for (const w of watchers) w.close();

    expect(stored.map((e) => e.seq)).toEqual(seqRange(lastSeq));
    for (const w of watchers) {
      expect(w.error).toBeNull();
      expect(w.seqs).toEqual(seqRange(lastSeq)); // each: every event once, in order
      expect(w.events).toEqual(stored);
    }
    // Some subscribers were on the node that died and came back through nginx.
    expect(watchers.some((w) => w.opens > 1)).toBe(true);

    const turns = stored
      .filter((e) => e.type === 'scenario_turn' && e.data['scenario_id'] === scenario.id)
      .map((e) => e.data['turn'] as number);
    expect(turns.length).toBeGreaterThanOrEqual(atKill + 3);
    expect(turns).toEqual(seqRange(turns.length)); // unique and consecutive: no turn played twice or skipped
    expect(await leaseOf(scenario.id)).toBeNull(); // ended: nobody holds it
    owner.close();
  });

  it('a scenario paused on one node and resumed on another keeps one driver', async () => {
    const alive = cluster.nodes.filter((n) => n.process.exitCode === null && n.process.signalCode === null);
    expect(alive.length).toBeGreaterThanOrEqual(2);
    const owner = await signUp(alive[0]!.url, 'relay');
    const token = owner.session.accessToken;
    const eco = await owner.client.ecosystems.create.mutate({ name: 'Relay' });
    const ids = [];
    for (const [i, name] of ['Fa', 'Gil', 'Hu'].entries()) {
      ids.push(
        (
          await owner.client.characters.create.mutate({
            ecosystemId: eco.id,
            name,
            personality: i % 2 ? PRICKLY : WARM,
          })
        ).id,
      );
    }
    const onFirst = makeClient(alive[0]!.url, token, { transport: 'http' }).client;
    const onSecond = makeClient(alive[1]!.url, token, { transport: 'http' }).client;
    const scenario = await onFirst.scenarios.create.mutate({
      ecosystemId: eco.id,
      title: 'Relay',
      participantIds: ids,
      speed: 60,
      seed: 3,
    });
    await eventually(
      async () => (await onFirst.scenarios.get.query({ id: scenario.id })).turn >= 2,
      30_000,
      () => 'no turns',
    );
    await onSecond.scenarios.pause.mutate({ id: scenario.id });
    expect(await leaseOf(scenario.id)).toBeNull();
    const pausedAt = (await onFirst.scenarios.get.query({ id: scenario.id })).turn;
    await new Promise((r) => setTimeout(r, 2500));
    expect((await onFirst.scenarios.get.query({ id: scenario.id })).turn).toBe(pausedAt);

    await onSecond.scenarios.resume.mutate({ id: scenario.id });
    await eventually(
      async () => (await onFirst.scenarios.get.query({ id: scenario.id })).turn >= pausedAt + 2,
      30_000,
      () => 'no turns after resume',
    );
    await onFirst.scenarios.end.mutate({ id: scenario.id });
    const turns = (await storedEvents(onFirst, eco.id))
      .filter((e) => e.type === 'scenario_turn')
      .map((e) => e.data['turn'] as number);
    expect(turns).toEqual(seqRange(turns.length));
    owner.close();
  });
});
