/**
 * What the Prometheus metrics cost, on bench/api-interactions.ts's workload: two `ensemble serve` processes
 * at once, one with METRICS=off and one with METRICS=on, each with the same 400 characters, driven in turn
 * in short blocks (closed loop of 50 clients, then one client one request at a time), ROUNDS times, the
 * order swapped every round. The machine's speed drifts by 2× from minute to minute here; blocks of a few
 * seconds, alternated, put the same drift on both servers, so the ratio on/off of each round is measured
 * under one condition and the median of those ratios is the figure. CONTROL=1 runs both servers with
 * METRICS=off: the spread of that A/A comparison is the bench's own noise floor.
 * Wall-clock figures move with everything else this machine runs; the steadiest figure is the server
 * process's own CPU time per exchange (user + system, from /proc; on PGlite it includes the database,
 * which runs in the process), since metrics cost CPU in that process and nowhere else. Both servers also
 * run under the V8 CPU profiler (`--cpu-prof`, the same cost on both sides), and the share of the "on"
 * server's busy CPU samples spent in metrics code (prom-client and the API's metrics modules; the HTTP
 * telemetry wrapper counted whole, so an upper bound) is printed: that figure holds however busy the
 * machine is, since it compares the process with itself.
 *
 *   npx tsx bench/metrics-overhead.ts                  # ROUNDS (default 12), BLOCK (closed-loop requests per block, 400)
 *   CONTROL=1 npx tsx bench/metrics-overhead.ts        # both off: the noise floor
 *   DATABASE_URL=postgres://… npx tsx bench/metrics-overhead.ts
 */
import { startApi, signUp, type ApiClient, type RunningApi } from '@ensemble/api/testing';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBenchCharacters, freshPairs } from './cast.ts';
import { cpuMsOf } from './proc-cpu.ts';
import { percentile, runConcurrently } from './stats.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 12);
const BLOCK = Number(process.env.BLOCK ?? 400);
const SERIAL = Number(process.env.SERIAL ?? 100);
const CONCURRENCY = 50;
const CHARACTERS = 400;
const TYPES = ['greeting', 'chat', 'collaboration', 'conflict'] as const;
const CONTROL = process.env.CONTROL === '1';

interface Side {
  label: 'off' | 'on';
  api: RunningApi;
  client: ApiClient;
  close: () => void;
  pairs: [string, string][];
  next: number;
}

async function prepare(label: 'off' | 'on'): Promise<Side> {
  const metrics = CONTROL ? 'off' : label;
  const api = await startApi({ env: { INTERACTIONS_PER_MINUTE: '0', METRICS: metrics } });
  const { client, close } = await signUp(api.url, `bench-${label}`);
  const eco = await client.ecosystems.create.mutate({ name: 'Bench' });
  const ids = await createBenchCharacters(client, eco.id, CHARACTERS);
  // Every request takes a pair never used before (the 10 s pair cooldown), as in api-interactions.ts.
  const needed = 300 + ROUNDS * (BLOCK + SERIAL) + 100;
  const pairs = freshPairs(ids, needed);
  if (pairs.length < needed)
    throw new Error(`ROUNDS × (BLOCK + SERIAL) needs ${needed} pairs; there are ${pairs.length}`);
  return { label, api, client, close, pairs, next: 0 };
}

async function exchange(side: Side, i: number): Promise<void> {
  const [a, b] = side.pairs[side.next++]!;
  await side.client.interactions.create.mutate({
    initiatorId: a,
    targetId: b,
    type: TYPES[i % 4]!,
    ...(i % 3 ? { content: 'Good to see you!' } : {}),
  });
}

interface Block {
  throughput: number;
  closedP50: number;
  serialP50: number;
  /** The server process's CPU time (user + system) per exchange, ms. */
  cpuMs: number;
}

async function block(side: Side): Promise<Block> {
  const pid = side.api.process.pid!;
  const cpuBefore = cpuMsOf(pid);
  const started = performance.now();
  const closed = await runConcurrently(BLOCK, CONCURRENCY, (i) => exchange(side, i));
  const throughput = BLOCK / ((performance.now() - started) / 1000);
  const serial = await runConcurrently(SERIAL, 1, (i) => exchange(side, i));
  const cpuMs = (cpuMsOf(pid) - cpuBefore) / (BLOCK + SERIAL);
  return { throughput, closedP50: percentile(closed, 50), serialP50: percentile(serial, 50), cpuMs };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Where the CPU profiles go (one file per process and thread, named by pid). */
const PROFILES = mkdtempSync(join(tmpdir(), 'ensemble-metrics-prof-'));
process.env['ENSEMBLE_TEST_NODE_ARGS'] = `--cpu-prof --cpu-prof-dir=${PROFILES}`;

/** Code that exists for metrics: what METRICS=off does not run (the HTTP wrapper also logs: an upper bound). */
const METRICS_CODE = [
  /node_modules\/prom-client\//,
  /apps\/api\/src\/telemetry\/(metrics|procedure-metrics|metered-bus|metrics-endpoint|http-telemetry)\.ts/,
  // Node's dispatch of performance entries (prom-client's GC observer; nothing else here observes them).
  /^node:internal\/perf\//,
];

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}

/** Share of the main thread's busy samples (not idle) spent in METRICS_CODE, from the profile of `pid`. */
function metricsShare(pid: number): { share: number; busyMs: number } {
  const file = readdirSync(PROFILES).find((f) => f.includes(`.${pid}.0.`) && f.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`no CPU profile of process ${pid} in ${PROFILES}`);
  const profile = JSON.parse(readFileSync(join(PROFILES, file), 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  let busy = 0;
  let metrics = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    if (frame.url === '' && frame.functionName === '(idle)') return;
    busy += dt;
    if (METRICS_CODE.some((pattern) => pattern.test(frame.url))) metrics += dt;
  });
  return { share: metrics / busy, busyMs: busy / 1000 };
}

const sides = await Promise.all([prepare('off'), prepare('on')]);
let measured = false;
try {
  const [off, on] = sides;
  // Warm both (JIT, PGlite caches) before anything counts.
  for (const side of sides) await runConcurrently(300, CONCURRENCY, (i) => exchange(side, i));

  const ratios: Record<keyof Block, number[]> = { throughput: [], closedP50: [], serialP50: [], cpuMs: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? [off, on] : [on, off];
    const results = new Map<string, Block>();
    for (const side of order) results.set(side.label, await block(side));
    const a = results.get('off')!;
    const b = results.get('on')!;
    for (const key of Object.keys(ratios) as (keyof Block)[]) ratios[key].push(b[key] / a[key]);
    process.stderr.write(
      `round ${round + 1}: off ${a.throughput.toFixed(0)}/s p50 ${a.closedP50.toFixed(1)} serial ${a.serialP50.toFixed(2)} ms cpu ${a.cpuMs.toFixed(2)} ms/exchange · ` +
        `on ${b.throughput.toFixed(0)}/s p50 ${b.closedP50.toFixed(1)} serial ${b.serialP50.toFixed(2)} ms cpu ${b.cpuMs.toFixed(2)} ms/exchange\n`,
    );
  }
  const store = off.api.databaseUrl ? 'PostgreSQL' : 'PGlite';
  const what = CONTROL ? 'CONTROL: both servers METRICS=off (the noise floor)' : 'METRICS=on vs METRICS=off';
  console.log(
    `store: ${store}; ${what}; ${ROUNDS} rounds of ${BLOCK} closed-loop + ${SERIAL} one-at-a-time exchanges per server`,
  );
  const describe = (xs: number[]) =>
    `median ${median(xs).toFixed(3)} (middle half ${percentile(xs, 25).toFixed(3)}–${percentile(xs, 75).toFixed(3)})`;
  console.log(`throughput on/off             ${describe(ratios.throughput)}`);
  console.log(`closed loop p50 on/off        ${describe(ratios.closedP50)}`);
  console.log(`one at a time p50 on/off      ${describe(ratios.serialP50)}`);
  console.log(
    `server CPU per exchange on/off ${describe(ratios.cpuMs)}  (moves with the machine less than the others)`,
  );
  measured = true;
} finally {
  for (const side of sides) side.close();
  await Promise.all(sides.map((side) => side.api.stop()));
}
if (measured) {
  // The profiles are written when the servers exit.
  for (const side of sides) {
    const { share, busyMs } = metricsShare(side.api.process.pid!);
    console.log(
      `metrics code, share of busy CPU (server ${CONTROL ? 'off' : side.label}): ${(share * 100).toFixed(2)}% of ${(busyMs / 1000).toFixed(1)} s` +
        (side.label === 'on' && !CONTROL ? '  (the overhead figure: < 3% is the target)' : ''),
    );
  }
}
rmSync(PROFILES, { recursive: true, force: true });
