/**
 * Events per second sustained across two API nodes behind nginx, with 1,000 subscribers spread over both
 * (each its own tRPC WebSocket through nginx, least_conn), and the loss count: every subscriber's
 * received seqs are compared with the events table (missing, duplicated, out of order must all be 0).
 *
 * Writers post interactions through nginx (so both nodes commit) for DURATION_S seconds; then the run
 * waits until every subscriber has the last event. "Sustained" = the committed rate while the delivery
 * lag at the end (drain) stays small. Subscribers live in worker threads so their parsing does not skew
 * the writers' timings. Baseline in the same process set and seconds: `health.live` through the same
 * nginx. Needs DATABASE_URL, REDIS_URL and nginx; NEO4J_URL is ignored unless BENCH_NEO4J=1.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379 \
 *     npx tsx bench/multinode-throughput.ts        # SUBSCRIBERS=1000 DURATION_S=30 WRITERS=32
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '@ensemble/api/router';
import { missingForCluster, signUp, startCluster, startNginx } from '@ensemble/api/testing';
import { benchPersonality } from './cast.ts';
import { describeLatency, percentile } from './stats.ts';
import { mintViewerTokens } from './viewers.ts';

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 1000);
const DURATION_S = Number(process.env.DURATION_S ?? 30);
const WRITERS = Number(process.env.WRITERS ?? 32);
const SUBSCRIBER_THREADS = Number(process.env.SUBSCRIBER_THREADS ?? 4);
// Enough characters that no pair repeats within the 10 s pair cooldown and nobody tires.
const CHARACTERS = Number(process.env.CHARACTERS ?? 300);
/** Subscribers whose every receipt is timed (the rest only count). */
const TIMED_EVERY = 20;
/** Sockets per widget token: under the per-principal cap of 32 per node even if nginx put them all on one. */
const VIEWERS_PER_TOKEN = 25;
const TYPES = ['greeting', 'chat', 'collaboration', 'conflict'] as const;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

interface ThreadResult {
  seqs: number[][];
  latencies: number[];
  refused: number[];
  reasons: string[];
}

const missing = missingForCluster({ redis: 'url', nginx: true });
if (missing !== null) {
  console.error(missing);
  process.exit(2);
}

const cluster = await startCluster(2, {
  REDIS_URL: process.env.REDIS_URL!,
  INTERACTIONS_PER_MINUTE: '0',
  ...(process.env.BENCH_NEO4J === '1' ? {} : { NEO4J_URL: '' }),
});
const ports = cluster.nodes.map((n) => new URL(n.url).port);
const nginx = await startNginx(cluster.nodes.map((n) => new URL(n.url).host));
progress('two nodes and nginx up');
const threads: Worker[] = [];
let cleaned: Promise<void> | null = null;
const cleanUp = () => {
  cleaned ??= (async () => {
    await Promise.allSettled(threads.map((t) => t.terminate()));
    await nginx.stop();
    await cluster.stop();
  })();
  return cleaned;
};
// Interrupted or crashed: still stop the nodes and nginx and drop the scratch database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}
for (const failure of ['uncaughtException', 'unhandledRejection'] as const) {
  process.once(failure, (error: unknown) => {
    console.error(error);
    void cleanUp().finally(() => process.exit(1));
  });
}
try {
  const { session, client, close } = await signUp(nginx.url, 'throughput');
  const token = session.accessToken;
  const eco = await client.ecosystems.create.mutate({ name: 'Throughput' });
  const ids: string[] = new Array(CHARACTERS);
  for (let batch = 0; batch < CHARACTERS; batch += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, CHARACTERS - batch) }, async (_, k) => {
        const i = batch + k;
        const personality = benchPersonality(i);
        ids[i] = (
          await client.characters.create.mutate({
            ecosystemId: eco.id,
            name: `Character ${i}`,
            // Sociable enough to keep talking for the whole run.
            personality: { ...personality, extraversion: 0.6 + personality.extraversion * 0.4 },
          })
        ).id;
      }),
    );
  }
  const pairs: [string, string][] = [];
  for (let d = 1; d < CHARACTERS / 2; d++)
    for (let a = 0; a < CHARACTERS; a++) pairs.push([ids[a]!, ids[(a + d) % CHARACTERS]!]);

  // The API allows one account 32 sockets per node (DESIGN.md §7); each widget token is its own principal.
  const viewerTokens = await mintViewerTokens(client, nginx.url, eco.id, SUBSCRIBERS, VIEWERS_PER_TOKEN);
  progress(`${CHARACTERS} characters, ${viewerTokens.length} viewer tokens`);

  const startSeq = (await client.ecosystems.get.query({ id: eco.id })).lastSeq;
  let started = 0;
  let threadFailure: unknown = null;
  const results: Promise<ThreadResult>[] = [];
  for (let w = 0; w < SUBSCRIBER_THREADS; w++) {
    const tokens: string[] = [];
    for (let i = w; i < SUBSCRIBERS; i += SUBSCRIBER_THREADS) tokens.push(viewerTokens[i % viewerTokens.length]!);
    // Node 20 workers do not inherit tsx's loader: register it in the thread, then load the TypeScript.
    const entry = new URL('./multinode-subscribers.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
    const thread = new Worker(boot, {
      eval: true,
      workerData: { url: nginx.url, ecosystemId: eco.id, afterSeq: startSeq, tokens, timedEvery: TIMED_EVERY },
    });
    threads.push(thread);
    results.push(
      new Promise((resolve, reject) => {
        thread.on('message', (message: { kind: string; count?: number } & Partial<ThreadResult>) => {
          if (message.kind === 'started') started += message.count ?? 0;
          if (message.kind === 'result') resolve(message as ThreadResult);
        });
        thread.once('error', (error) => {
          threadFailure = error;
          reject(error);
        });
      }),
    );
  }
  for (const result of results) result.catch(() => {}); // a failed thread is reported by the loop below
  while (started < SUBSCRIBERS) {
    if (threadFailure !== null) throw threadFailure;
    await sleep(100);
  }
  const perNode = ports.map((port) => {
    const out = spawnSync('ss', ['-Htn', 'state', 'established', `( sport = :${port} )`], { encoding: 'utf8' }).stdout;
    return out.split('\n').filter((l) => l.trim() !== '').length;
  });
  progress(`${started} subscribers started`);
  await sleep(1000);

  const writer = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${nginx.url}/trpc`, headers: () => ({ authorization: `Bearer ${token}` }) })],
  });
  const writeLatencies: number[] = [];
  let next = 0;
  let infeasible = 0;
  const t0 = performance.now();
  const until = t0 + DURATION_S * 1000;
  // Baseline in the same process set and the same seconds: health.live, a procedure that does no work,
  // through the same nginx to the same nodes: the floor any request pays on this machine right now.
  const floor: number[] = [];
  const probe = (async () => {
    while (performance.now() < until) {
      const start = performance.now();
      await writer.health.live.query();
      floor.push(performance.now() - start);
      await sleep(100);
    }
  })();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (performance.now() < until) {
        const [a, b] = pairs[next % pairs.length]!;
        const type = TYPES[next % 4]!;
        next += 1;
        const start = performance.now();
        const result = await writer.interactions.create.mutate({ initiatorId: a, targetId: b, type });
        writeLatencies.push(performance.now() - start);
        if (!result.success) infeasible += 1;
      }
    }),
  );
  await probe;
  const writeSeconds = (performance.now() - t0) / 1000;
  const load = loadavg();
  progress(`writes done: ${next} interactions`);
  const lastSeq = (await client.ecosystems.get.query({ id: eco.id })).lastSeq;
  const drainStart = performance.now();
  for (const thread of threads) thread.postMessage({ kind: 'finish', lastSeq, timeoutMs: 120_000 });
  const parts = await Promise.all(results);
  const drainSeconds = (performance.now() - drainStart) / 1000;

  // The truth: the events table, gap-free from startSeq + 1 to lastSeq.
  const table = (
    await cluster.query<{ seq: string }>('select seq from events where ecosystem_id = $1 and seq > $2 order by seq', [
      eco.id,
      startSeq,
    ])
  ).map((r) => Number(r.seq));
  const committed = table.length;
  const tableGapFree = table.every((seq, k) => seq === startSeq + k + 1) && table.at(-1) === lastSeq;
  let lost = 0;
  let duplicated = 0;
  let disordered = 0;
  let deliveries = 0;
  let refused = 0;
  const reasons = new Set<string>();
  const latencies: number[] = [];
  for (const part of parts) {
    latencies.push(...part.latencies);
    refused += part.refused.length;
    for (const r of part.reasons) reasons.add(r);
    const skip = new Set(part.refused);
    for (const [i, seqs] of part.seqs.entries()) {
      if (skip.has(i)) continue; // never subscribed: reported as refused, not as loss
      const set = new Set(seqs);
      for (const seq of table) if (!set.has(seq)) lost += 1;
      duplicated += seqs.length - set.size;
      for (let k = 1; k < seqs.length; k++) if (seqs[k]! <= seqs[k - 1]!) disordered += 1;
      deliveries += seqs.length;
    }
  }

  console.log(
    `multinode throughput: 2 API nodes behind nginx, shared PostgreSQL + Redis, ${SUBSCRIBERS} subscribers (tRPC WebSockets via nginx)`,
  );
  console.log(
    `  subscribers per node        ${perNode.map((n, k) => `node ${k + 1}: ${n}`).join(', ')} (established sockets)`,
  );
  console.log(
    `  interactions                ${next} in ${writeSeconds.toFixed(1)} s by ${WRITERS} writers (${(next / writeSeconds).toFixed(1)}/s, infeasible ${infeasible}) · HTTP ${describeLatency(writeLatencies)}`,
  );
  console.log(
    `  baseline health.live        ${describeLatency(floor)} (same nginx, nodes and seconds) · load average ${load.map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`,
  );
  console.log(
    `  events committed            ${committed} = ${(committed / writeSeconds).toFixed(1)} events/s (${((committed * 60) / writeSeconds).toFixed(0)}/min) · table gap-free: ${tableGapFree}`,
  );
  console.log(
    `  deliveries                  ${deliveries} = ${(deliveries / (writeSeconds + drainSeconds)).toFixed(0)}/s · drain after writes stopped: ${drainSeconds.toFixed(2)} s`,
  );
  console.log(
    `  commit→receive latency      ${describeLatency(latencies)} (p99.9 ${percentile(latencies, 99.9).toFixed(0)} ms)`,
  );
  console.log(
    `  loss                        missing ${lost} · duplicated ${duplicated} · out of order ${disordered} (over ${SUBSCRIBERS - refused} subscribers)`,
  );
  if (refused > 0) console.log(`  refused subscriptions       ${refused}: ${[...reasons].join(' | ')}`);
  close();
  if (lost + duplicated + disordered > 0 || !tableGapFree) process.exitCode = 1;
} finally {
  await cleanUp();
}
