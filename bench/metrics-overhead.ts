/**
 * What the Prometheus metrics cost: bench/api-interactions.ts with METRICS=off and on, alternated ROUNDS
 * times in one run (the machine's speed drifts; alternating spreads the drift over both), compared as
 * ratios of the medians of each figure.
 *
 *   npx tsx bench/metrics-overhead.ts        # BENCH_TOTAL, BENCH_PACED_SECONDS pass through
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROUNDS = Number(process.env.ROUNDS ?? 2);
const BENCH = join(import.meta.dirname, 'api-interactions.ts');
const FIGURES: [string, RegExp][] = [
  ['closed loop p50 ms', /^interactions\.create\s+p50 ([\d.]+)/m],
  ['closed loop p99 ms', /^interactions\.create\s+p50 [\d.]+ ms[^p]*p99 ([\d.]+)/m],
  ['throughput /s', /^throughput (\d+)/m],
  ['one at a time p50 ms', /^ {2}interactions\.create\s+p50 ([\d.]+)/m],
];

const results: Record<'on' | 'off', Record<string, number[]>> = { on: {}, off: {} };
for (let round = 0; round < ROUNDS; round++) {
  for (const mode of round % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', BENCH], {
      env: { ...process.env, METRICS: mode },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`bench failed (${mode}):\n${run.stdout}\n${run.stderr}`);
    for (const [name, pattern] of FIGURES) {
      const value = Number(pattern.exec(run.stdout)?.[1]);
      (results[mode][name] ??= []).push(value);
    }
    process.stderr.write(
      `round ${round + 1} ${mode}: ${FIGURES.map(([n]) => `${n} ${results[mode][n]!.at(-1)}`).join(', ')}\n`,
    );
  }
}
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
for (const [name] of FIGURES) {
  const off = median(results.off[name]!);
  const on = median(results.on[name]!);
  console.log(`${name.padEnd(22)} off ${off}  on ${on}  on/off ${(on / off).toFixed(3)}`);
}
