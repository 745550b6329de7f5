/**
 * Language-model dialogue against the fake OpenAI-compatible server (apps/api/testing/fake-llm-server.ts) and a
 * real `ensemble serve` process:
 *  1. Added latency of the LLM path over the template path, one client, the server answering at once (both
 *     lines of each exchange written by the model, streamed), p50/p99; requests alternate between a template
 *     ecosystem and an llm one so both see the same machine.
 *  2. Exchanges per second of the node when the model takes 1 s per line, 32 clients, LLM_CONCURRENCY slots:
 *     bounded by slots / (2 lines × 1 s), not by the database. Two figures: the whole run, which also holds
 *     the drain after the last start (when fewer lines are left than slots, some slots stand idle), and the
 *     steady state (model calls begun while every slot was busy, per second, over 2 lines an exchange).
 *
 * Options (environment): BENCH_TOTAL (timed exchanges of each path, 300), BENCH_LLM_CONCURRENCY (4),
 * BENCH_SLOW_SECONDS (how long new exchanges start in part 2, 15).
 *   npx tsx bench/llm-dialogue.ts            # PGlite; PostgreSQL with DATABASE_URL
 */
import { signUp, startApi, startFakeLlm, type ApiClient } from '@ensemble/api/testing';
import { createBenchCharacters, freshPairs } from './cast.ts';
import { describeLatency, percentile, runConcurrently } from './stats.ts';

const SERIAL = Number(process.env.BENCH_TOTAL ?? 300);
const CONCURRENCY_LIMIT = Number(process.env.BENCH_LLM_CONCURRENCY ?? 4);
const CLIENTS = 32;
const SLOW_SECONDS = Number(process.env.BENCH_SLOW_SECONDS ?? 15);
const CHARACTERS = 120;

const llm = await startFakeLlm({ kind: 'line' });
const api = await startApi({
  env: {
    INTERACTIONS_PER_MINUTE: '0',
    LLM_BASE_URL: llm.baseUrl,
    LLM_MODEL: 'fake',
    LLM_CONCURRENCY: String(CONCURRENCY_LIMIT),
    LLM_FIRST_TOKEN_MS: '60000',
    LLM_LINE_MS: '60000',
  },
});

async function world(client: ApiClient, mode: 'template' | 'llm') {
  const eco = await client.ecosystems.create.mutate({ name: `Bench ${mode}`, dialogue: { mode } });
  const ids = await createBenchCharacters(client, eco.id, CHARACTERS);
  // Pairs never repeated (10 s cooldown); every character initiates once per round.
  const pairs = freshPairs(ids);
  let next = 0;
  return async () => {
    const [a, b] = pairs[next++ % pairs.length]!;
    return client.interactions.create.mutate({ initiatorId: a, targetId: b, type: 'chat' });
  };
}

try {
  const { client, close } = await signUp(api.url, 'bench');
  const template = await world(client, 'template');
  const model = await world(client, 'llm');

  // Warm-up, then alternate the two paths one request at a time.
  for (let i = 0; i < 40; i++) {
    await template();
    await model();
  }
  const templateTimes: number[] = [];
  const llmTimes: number[] = [];
  for (let i = 0; i < SERIAL; i++) {
    let t0 = performance.now();
    await template();
    templateTimes.push(performance.now() - t0);
    t0 = performance.now();
    const r = await model();
    llmTimes.push(performance.now() - t0);
    if (!r.success) throw new Error(`llm exchange refused: ${r.reason}`);
  }
  console.log(`store: ${api.databaseUrl ? 'PostgreSQL' : 'PGlite'}; one client; fake server answering at once`);
  console.log(`template path   ${describeLatency(templateTimes)}`);
  console.log(`llm path        ${describeLatency(llmTimes)}`);
  console.log(
    `added           p50 ${(percentile(llmTimes, 50) - percentile(templateTimes, 50)).toFixed(2)} ms · ` +
      `p99 ${(percentile(llmTimes, 99) - percentile(templateTimes, 99)).toFixed(2)} ms`,
  );

  // A slow model: every line takes 1 s.
  const callsAt: number[] = [];
  llm.behave(() => {
    callsAt.push(performance.now());
    return { kind: 'line', delayMs: 1000 };
  });
  const requestsBefore = llm.requests.length;
  let llmLines = 0;
  const deadline = performance.now() + SLOW_SECONDS * 1000;
  const started = performance.now();
  let done = 0;
  await runConcurrently(100_000, CLIENTS, async () => {
    if (performance.now() > deadline) return;
    const r = await model();
    if (r.success) done++;
    if (r.success && r.interaction.content === 'Lovely morning on the quay, is it not?') llmLines++;
  });
  const seconds = (performance.now() - started) / 1000;
  // Steady state: model calls begun from 2 s in (every slot taken, with 32 clients queued for 4 slots) to the
  // last start, per second, over the 2 lines of an exchange.
  const from = started + 2000;
  const steady = callsAt.filter((t) => t >= from && t < deadline).length / ((deadline - from) / 1000) / 2;
  // The same clients on the template ecosystem, for the database's own rate.
  const tStart = performance.now();
  let tDone = 0;
  const tDeadline = tStart + 5000;
  await runConcurrently(100_000, CLIENTS, async () => {
    if (performance.now() > tDeadline) return;
    if ((await template()).success) tDone++;
  });
  const tSeconds = (performance.now() - tStart) / 1000;
  console.log(
    `1 s per line, ${CLIENTS} clients, LLM_CONCURRENCY=${CONCURRENCY_LIMIT}: ${(done / seconds).toFixed(2)} exchanges/s ` +
      `(${done} in ${seconds.toFixed(1)} s, ${llmLines} spoken by the model, ${llm.requests.length - requestsBefore} model calls; ` +
      `bound ${(CONCURRENCY_LIMIT / 2).toFixed(2)}/s = slots / 2 lines)`,
  );
  console.log(
    `  steady state (model calls begun from 2 s to the last start, all slots busy, / 2 lines): ${steady.toFixed(2)} exchanges/s`,
  );
  console.log(`template path, same clients: ${(tDone / tSeconds).toFixed(1)} exchanges/s (the database's rate)`);
  close();
} finally {
  await api.stop();
  await llm.close();
}
