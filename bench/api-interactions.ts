/**
 * Creating an interaction through the API (tRPC over HTTP), p50/p99 with 50 concurrent clients, against a
 * real `ensemble serve` process. Baseline, same process set: `health.live`, a procedure that does no work,
 * i.e. the HTTP + tRPC floor. Runs on PGlite, or on PostgreSQL when DATABASE_URL is set.
 *
 *   npx tsx bench/api-interactions.ts                        # embedded store
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/api-interactions.ts
 *   METRICS=off npx tsx bench/api-interactions.ts            # without the server's Prometheus metrics
 */
import { availableParallelism } from 'node:os';
import { startApi, signUp } from '@ensemble/api/testing';
import { createBenchCharacters, freshPairs } from './cast.ts';
import { cpuMsOf, ownCpuMs, postgresCpuMs } from './proc-cpu.ts';
import { describeLatency, percentile, runConcurrently, runPaced } from './stats.ts';

const CONCURRENCY = 50;
const TOTAL = Number(process.env.BENCH_TOTAL ?? 3000);
// Enough characters that no pair repeats (10 s pair cooldown) and nobody takes part often enough to tire: each
// round of freshPairs costs a character about 0.12 of its energy, so 1,000 characters carry the ~5,000
// exchanges of a run in five rounds (400 ran twelve, and over a third of the later exchanges were refused
// as tired: a cheaper path than the one measured).
const CHARACTERS = Number(process.env.BENCH_CHARACTERS ?? 1000);
const TYPES = ['greeting', 'chat', 'collaboration', 'conflict'] as const;
const WARM_UP = 300;
const SERIAL = 500;
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 1000);
const PACED_MS = Number(process.env.BENCH_PACED_SECONDS ?? 20) * 1000;

// Measure the pipeline, not the per-user limit. METRICS=off turns the server's metrics off (their overhead: bench/metrics-overhead.ts).
const api = await startApi({
  env: { INTERACTIONS_PER_MINUTE: '0', ...(process.env.METRICS ? { METRICS: process.env.METRICS } : {}) },
});
try {
  const { client, close } = await signUp(api.url, 'bench');
  const eco = await client.ecosystems.create.mutate({ name: 'Bench' });
  const ids = await createBenchCharacters(client, eco.id, CHARACTERS);
  // Each request takes a pair never used before (warm-up, closed loop, one client, open loop), so every
  // request does the full exchange.
  const pairs = freshPairs(ids, WARM_UP + TOTAL + SERIAL + CONCURRENCY * Math.ceil(PACED_MS / PACE_MS) + 500); // and a margin

  // Warm up both paths (JIT, connection pools, PGlite caches).
  await runConcurrently(200, CONCURRENCY, async () => {
    await client.health.live.query();
  });
  let p = 0;
  await runConcurrently(WARM_UP, CONCURRENCY, async (i) => {
    const [a, b] = pairs[p++]!;
    await client.interactions.create.mutate({
      initiatorId: a,
      targetId: b,
      type: TYPES[i % 4]!,
      content: 'Hello there, friend.',
    });
  });

  const baseline = await runConcurrently(TOTAL, CONCURRENCY, async () => {
    await client.health.live.query();
  });
  let failures = 0;
  const reasons = new Map<string, number>();
  const cpuBefore = { api: cpuMsOf(api.process.pid!), postgres: postgresCpuMs(), bench: ownCpuMs() };
  const started = performance.now();
  const interactions = await runConcurrently(TOTAL, CONCURRENCY, async (i) => {
    const [a, b] = pairs[p++ % pairs.length]!;
    const r = await client.interactions.create.mutate({
      initiatorId: a,
      targetId: b,
      type: TYPES[i % 4]!,
      ...(i % 3 ? { content: 'Good to see you!' } : {}),
    });
    if (!r.success) {
      failures++;
      reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
    }
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = {
    api: cpuMsOf(api.process.pid!) - cpuBefore.api,
    postgres: api.databaseUrl ? postgresCpuMs() - cpuBefore.postgres : 0,
    bench: ownCpuMs() - cpuBefore.bench,
  };

  // One client, one request at a time: the latency of a request on an otherwise idle server.
  const serialBaseline = await runConcurrently(SERIAL, 1, async () => {
    await client.health.live.query();
  });
  const serial = await runConcurrently(SERIAL, 1, async (i) => {
    const [a, b] = pairs[p++ % pairs.length]!;
    await client.interactions.create.mutate({
      initiatorId: a,
      targetId: b,
      type: TYPES[i % 4]!,
      content: 'Good to see you!',
    });
  });

  // Open loop: the same 50 clients, each sending one request every PACE_MS (a sustained rate, not a flood).
  const pacedBaseline = await runPaced(CONCURRENCY, PACE_MS, PACED_MS, async () => {
    await client.health.live.query();
  });
  let pacedFailures = 0;
  const paced = await runPaced(CONCURRENCY, PACE_MS, PACED_MS, async (i) => {
    const [a, b] = pairs[p++ % pairs.length]!;
    const r = await client.interactions.create.mutate({
      initiatorId: a,
      targetId: b,
      type: TYPES[i % 4]!,
      content: 'Good to see you!',
    });
    if (!r.success) pacedFailures++;
  });
  close();

  const store = api.databaseUrl ? 'PostgreSQL' : 'PGlite';
  console.log(`store: ${store}; ${CONCURRENCY} concurrent clients; ${TOTAL} requests each`);
  console.log(`baseline health.live        ${describeLatency(baseline)}`);
  console.log(
    `interactions.create         ${describeLatency(interactions)}  (infeasible: ${failures} ${JSON.stringify(Object.fromEntries(reasons))})`,
  );
  console.log(
    `ratio p50 ${(percentile(interactions, 50) / percentile(baseline, 50)).toFixed(1)}x · p99 ${(percentile(interactions, 99) / percentile(baseline, 99)).toFixed(1)}x`,
  );
  console.log(
    `throughput ${(TOTAL / wallSeconds).toFixed(0)} interactions/s (closed loop: each client sends its next request as soon as the last returns)`,
  );
  const perExchange = (ms: number) => (ms / TOTAL).toFixed(2);
  console.log(
    `CPU per exchange in the closed loop: API process ${perExchange(cpu.api)} ms` +
      (api.databaseUrl ? `, PostgreSQL ${perExchange(cpu.postgres)} ms` : ' (the database runs in it)') +
      `, this bench ${perExchange(cpu.bench)} ms; cores busy ${((cpu.api + cpu.postgres + cpu.bench) / 1000 / wallSeconds).toFixed(2)} of ${availableParallelism()}`,
  );
  console.log(`one client, one request at a time:`);
  console.log(`  baseline health.live      ${describeLatency(serialBaseline)}`);
  console.log(`  interactions.create       ${describeLatency(serial)}`);
  const rate = (CONCURRENCY * 1000) / PACE_MS;
  console.log(
    `open loop, ${CONCURRENCY} clients × 1 request every ${PACE_MS} ms = ${rate.toFixed(0)} interactions/s (${(rate * 5 * 60).toFixed(0)} events/min) for ${PACED_MS / 1000} s:`,
  );
  console.log(`  baseline health.live      ${describeLatency(pacedBaseline)}`);
  console.log(`  interactions.create       ${describeLatency(paced)}  (infeasible: ${pacedFailures})`);
  console.log(
    `  ratio p50 ${(percentile(paced, 50) / percentile(pacedBaseline, 50)).toFixed(1)}x · p99 ${(percentile(paced, 99) / percentile(pacedBaseline, 99)).toFixed(1)}x`,
  );
} finally {
  await api.stop();
}
