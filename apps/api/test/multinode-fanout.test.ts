import type { EcosystemEvent } from '@ensemble/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingForCluster, startCluster, startNginx, type Cluster, type RunningNginx } from '../testing/cluster.ts';
import { eventually, seqRange, storedEvents, watchEvents } from './event-watchers.ts';
import { PRICKLY, WARM } from './fixtures.ts';
import { errorOf, makeClient, signUp } from '../testing/harness.ts';

const missing = missingForCluster({ redis: 'url', nginx: true });
if (missing !== null) console.warn(missing);

describe.skipIf(missing !== null)(
  'two API nodes sharing PostgreSQL and Redis, behind nginx',
  { timeout: 180_000 },
  () => {
    let cluster: Cluster;
    let nginx: RunningNginx;
    const node = (i: 0 | 1) => cluster.nodes[i]!;

    beforeAll(async () => {
      cluster = await startCluster(2, { REDIS_URL: process.env['REDIS_URL']! });
      nginx = await startNginx(cluster.nodes.map((n) => new URL(n.url).host));
    }, 180_000);
    afterAll(async () => {
      await nginx?.stop();
      await cluster?.stop();
    });

    /** A user with an ecosystem of three characters, made on node A. */
    async function world(name: string) {
      const owner = await signUp(node(0).url, name);
      const eco = await owner.client.ecosystems.create.mutate({ name: `${name}'s town` });
      const cast = [];
      for (const [i, who] of ['Ada', 'Bo', 'Cy'].entries()) {
        cast.push(
          await owner.client.characters.create.mutate({
            ecosystemId: eco.id,
            name: who,
            personality: i % 2 ? PRICKLY : WARM,
          }),
        );
      }
      return { owner, token: owner.session.accessToken, eco, cast };
    }

    it('a subscriber on node B receives, in order, the events of an interaction posted on node A, fanned out through Redis', async () => {
      const { owner, token, eco, cast } = await world('fanout');
      const channel = new Redis(process.env['REDIS_URL']!);
      const onChannel: number[] = [];
      channel.on('message', (_c: string, message: string) => {
        for (const e of JSON.parse(message) as EcosystemEvent[]) onChannel.push(e.seq);
      });
      await channel.subscribe(`ecosystem:${eco.id}:events`);
      const { lastSeq } = await owner.client.ecosystems.get.query({ id: eco.id });
      const watcher = watchEvents(node(1).url, token, eco.id, String(lastSeq));
      try {
        await watcher.started;
        const onA = makeClient(node(0).url, token, { transport: 'http' });
        const result = await onA.client.interactions.create.mutate({
          initiatorId: cast[0]!.id,
          targetId: cast[1]!.id,
          type: 'chat',
        });
        onA.close();
        expect(result.success).toBe(true);
        const stored = (await storedEvents(owner.client, eco.id)).filter((e) => e.seq > lastSeq);
        expect(stored.map((e) => e.type)).toContain('character_interaction');
        await eventually(
          () => watcher.seqs.length >= stored.length,
          10_000,
          () => `B saw ${watcher.seqs.join(',')}`,
        );
        expect(watcher.seqs).toEqual(stored.map((e) => e.seq));
        expect(watcher.events).toEqual(stored);
        // Node A published the commit on the ecosystem's channel: that is how B heard of it.
        await eventually(
          () => onChannel.length >= stored.length,
          5000,
          () => `channel saw ${onChannel.join(',')}`,
        );
        expect(onChannel).toEqual(stored.map((e) => e.seq));
      } finally {
        watcher.close();
        channel.disconnect();
        owner.close();
      }
    });

    it('serves HTTP and event streams through nginx; a stream through nginx sees writes made through nginx', async () => {
      const { owner, token, eco, cast } = await world('proxied');
      const viaNginx = makeClient(nginx.url, token, { transport: 'http' });
      const watcher = watchEvents(nginx.url, token, eco.id, '0');
      try {
        await watcher.started;
        for (let i = 0; i < 4; i += 1) {
          await viaNginx.client.interactions.create.mutate({
            initiatorId: cast[i % 3]!.id,
            targetId: cast[(i + 1) % 3]!.id,
            type: 'greeting',
          });
        }
        const stored = await storedEvents(owner.client, eco.id);
        await eventually(
          () => watcher.seqs.length >= stored.length,
          10_000,
          () => `saw ${watcher.seqs.length}/${stored.length}`,
        );
        expect(watcher.seqs).toEqual(seqRange(stored.length));
        const ready = await fetch(`${nginx.url}/health/ready`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toMatchObject({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
      } finally {
        watcher.close();
        viaNginx.close();
        owner.close();
      }
    });

    it('counts sign-in failures per email and client across nodes: guesses spread over both share one backoff', async () => {
      const { owner } = await world('guarded');
      const email = owner.session.user.email;
      const anonOn = (i: 0 | 1) => makeClient(node(i).url, null, { transport: 'http' }).client;
      // Five free failures, and a sixth that starts the backoff (1 s, doubling), alternating nodes.
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const refused = await errorOf(
          anonOn(attempt % 2 === 0 ? 0 : 1).auth.login.mutate({ email, password: `guess ${attempt}` }),
        );
        expect(refused.data.appCode).toBe('invalid_credentials');
      }
      // Right away, the next try is refused before the password is even checked, whichever node takes it.
      for (const i of [0, 1] as const) {
        const limited = await errorOf(anonOn(i).auth.login.mutate({ email, password: 'a good password' }));
        expect(limited.data).toMatchObject({ appCode: 'rate_limited', httpStatus: 429 });
      }
      owner.close();
    });

    it('answers graph queries on node B from interactions committed on node A', async () => {
      const { owner, token, eco, cast } = await world('graphed');
      const onA = makeClient(node(0).url, token, { transport: 'http' }).client;
      const onB = makeClient(node(1).url, token, { transport: 'http' }).client;
      expect((await onB.graph.mostConnected.query({ ecosystemId: eco.id })).map((c) => c.degree)).toEqual([0, 0, 0]);
      const done = await onA.interactions.create.mutate({
        initiatorId: cast[0]!.id,
        targetId: cast[1]!.id,
        type: 'collaboration',
      });
      expect(done.success).toBe(true);
      const ranked = await onB.graph.mostConnected.query({ ecosystemId: eco.id });
      expect(ranked.find((c) => c.id === cast[0]!.id)?.degree).toBe(1);
      expect(ranked.find((c) => c.id === cast[1]!.id)?.degree).toBe(1);
      expect(ranked.find((c) => c.id === cast[2]!.id)?.degree).toBe(0);
      const seen = await onB.graph.neighbours.query({ characterId: cast[0]!.id, direction: 'out' });
      expect(seen.map((n) => n.id)).toEqual([cast[1]!.id]);
      owner.close();
    });
  },
);
