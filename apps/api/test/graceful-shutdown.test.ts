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
import { signUp } from '../testing/harness.ts';

const missing = missingForCluster({ redis: 'url', nginx: true });
if (missing !== null) console.warn(`graceful-shutdown: ${missing}`);

/** Subscribers through nginx: spread over both nodes, so some sit on the node that leaves. */
const WATCHERS = 6;

describe.skipIf(missing !== null)('SIGTERM on the node running a scenario (two nodes)', { timeout: 180_000 }, () => {
  let cluster: Cluster;
  let nginx: RunningNginx;

  beforeAll(async () => {
    cluster = await startCluster(2, { REDIS_URL: process.env['REDIS_URL']! });
    nginx = await startNginx(cluster.nodes.map((n) => new URL(n.url).host));
  }, 180_000);
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

  it('turns unready, exits within 10 s, and the other node continues at once: no turn lost or doubled, every client resumed', async () => {
    const owner = await signUp(nginx.url, 'graceful');
    const token = owner.session.accessToken;
    const eco = await owner.client.ecosystems.create.mutate({ name: 'Harbour' });
    const cast = [];
    for (const [i, name] of ['Ada', 'Bo', 'Cy', 'Di'].entries()) {
      cast.push(
        await owner.client.characters.create.mutate({ ecosystemId: eco.id, name, personality: i % 2 ? PRICKLY : WARM }),
      );
    }
    const watchers: EventWatcher[] = Array.from({ length: WATCHERS }, () => watchEvents(nginx.url, token, eco.id, '0'));
    await Promise.all(watchers.map((w) => w.started));
    const scenario = await owner.client.scenarios.create.mutate({
      ecosystemId: eco.id,
      title: 'Tide turns',
      participantIds: cast.map((c) => c.id),
      speed: 60,
      durationMinutes: 60,
      seed: 5,
    });
    const turnsSoFar = async () => (await owner.client.scenarios.get.query({ id: scenario.id })).turn;
    await eventually(
      async () => (await turnsSoFar()) >= 3,
      30_000,
      () => 'the scenario never got going',
    );

    const leaving = nodeOfLease(cluster.nodes, await leaseOf(scenario.id));
    expect(leaving, 'the lease names one of the nodes').toBeDefined();
    const staying = cluster.nodes.find((n) => n !== leaving)!;
    const exited = new Promise<number | null>((resolve) => leaving!.process.once('exit', (code) => resolve(code)));
    const signalledAt = Date.now();
    leaving!.process.kill('SIGTERM');

    // Readiness turns first: the leaving node answers 503 while it drains (or has already stopped listening).
    const ready = await fetch(`${leaving!.url}/health/ready`).then(
      (r) => r.status,
      () => 'closed' as const,
    );
    expect([503, 'closed']).toContain(ready);

    await eventually(
      async () => nodeOfLease(cluster.nodes, await leaseOf(scenario.id)) === staying,
      10_000,
      () => 'the other node did not take the lease',
    );
    const takeoverMs = Date.now() - signalledAt;
    const code = await exited;
    const exitMs = Date.now() - signalledAt;
    console.log(
      `graceful shutdown: lease taken over ${takeoverMs} ms after SIGTERM; process exited after ${exitMs} ms`,
    );
    expect(code).toBe(0);
    expect(exitMs).toBeLessThan(10_000);
    // Handed back, not lapsed: the takeover comes within one lease scan (1 s), not the 4 s TTL (some slack on a busy machine).
    expect(takeoverMs).toBeLessThan(2_500);

    const atTerm = await turnsSoFar();
    await eventually(
      async () => (await turnsSoFar()) >= atTerm + 3,
      30_000,
      () => 'turns did not continue',
    );
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
    for (const w of watchers) {
      expect(w.error).toBeNull();
      expect(w.seqs).toEqual(seqRange(lastSeq)); // every event once, in order, across the reconnect
    }
    expect(watchers.some((w) => w.opens > 1)).toBe(true); // some were on the leaving node and resumed on the other

    const turns = stored
      .filter((e) => e.type === 'scenario_turn' && e.data['scenario_id'] === scenario.id)
      .map((e) => e.data['turn'] as number);
    expect(turns).toEqual(seqRange(turns.length)); // unique and consecutive: no turn lost or played twice
    expect(turns.length).toBeGreaterThanOrEqual(atTerm + 3);
    owner.close();
  });
});
