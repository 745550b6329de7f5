import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  missingForCluster,
  startCluster,
  startRedisServer,
  type Cluster,
  type RunningRedis,
} from '../testing/cluster.ts';
import { eventually, seqRange, storedEvents, watchEvents, type EventWatcher } from './event-watchers.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { makeClient, signUp } from '../testing/harness.ts';

// Its own redis-server on a free port: the machine's Redis is shared and must not be restarted.
const missing = missingForCluster({ redis: 'server', nginx: false });
if (missing !== null) console.warn(missing);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(missing !== null)('two API nodes while their Redis restarts', { timeout: 240_000 }, () => {
  let redis: RunningRedis;
  let cluster: Cluster;

  beforeAll(async () => {
    redis = await startRedisServer();
    cluster = await startCluster(2, { REDIS_URL: redis.url });
  }, 240_000);
  afterAll(async () => {
    await cluster?.stop();
    await redis?.stop();
  });

  it('subscribers on both nodes still receive every event exactly once, in order', async () => {
    const [a, b] = cluster.nodes as [(typeof cluster.nodes)[0], (typeof cluster.nodes)[0]];
    const owner = await signUp(a.url, 'outage');
    const token = owner.session.accessToken;
    const eco = await owner.client.ecosystems.create.mutate({ name: 'Outage' });
    const cast = [];
    for (const [i, name] of ['Ada', 'Bo', 'Cy', 'Di'].entries()) {
      cast.push(
        await owner.client.characters.create.mutate({ ecosystemId: eco.id, name, personality: i % 2 ? PRICKLY : WARM }),
      );
    }
    const watchers: EventWatcher[] = [a, b, a, b].map((n) => watchEvents(n.url, token, eco.id, '0'));
    await Promise.all(watchers.map((w) => w.started));
    const onA = makeClient(a.url, token, { transport: 'http' }).client;
    const onB = makeClient(b.url, token, { transport: 'http' }).client;
    await onA.scenarios.create.mutate({
      ecosystemId: eco.id,
      title: 'Blackout',
      participantIds: cast.map((c) => c.id),
      speed: 60,
      seed: 9,
    });

    // Writes from both nodes all along: before, during and after the outage.
    let writing = true;
    let writes = 0;
    const writer = (async () => {
      for (let i = 0; writing; i += 1) {
        const client = i % 2 === 0 ? onA : onB;
        await client.interactions.create
          .mutate({ initiatorId: cast[i % 4]!.id, targetId: cast[(i + 1) % 4]!.id, type: 'chat' })
          .then(
            () => {
              writes += 1;
            },
            () => {},
          );
        await sleep(150);
      }
    })();

    await sleep(2500);
    await redis.kill();
    const writesBefore = writes;
    await sleep(2500); // events committed now are published nowhere
    // The last events of the run are committed while Redis is down, so no later event can reveal the
    // gap: subscribers must notice on their own (resync on reconnect, idle check of the events table).
    writing = false;
    await writer;
    const scenario = (await onA.scenarios.list.query({ ecosystemId: eco.id }))[0]!;
    await onB.scenarios.end.mutate({ id: scenario.id });
    expect(writesBefore).toBeGreaterThan(0);
    expect(writes - writesBefore).toBeGreaterThan(0); // some were committed during the outage
    await redis.start();
    const stored = await storedEvents(owner.client, eco.id);
    const lastSeq = stored.at(-1)!.seq;
    await eventually(
      () => watchers.every((w) => w.seqs.at(-1) === lastSeq),
      30_000,
      () => watchers.map((w, i) => `#${i}: ${w.seqs.length}/${lastSeq}`).join('; '),
    );
    for (const w of watchers) w.close();
    for (const w of watchers) {
      expect(w.error).toBeNull();
      expect(w.seqs).toEqual(seqRange(lastSeq));
      expect(w.events).toEqual(stored);
    }
    const ready = await fetch(`${a.url}/health/ready`);
    expect(await ready.json()).toMatchObject({ checks: { redis: 'ok' } });
    owner.close();
  });
});
