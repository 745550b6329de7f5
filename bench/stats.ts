/** Percentile of a sample (nearest-rank), in the sample's unit. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** "p50 1.23 ms · p99 4.56 ms" */
export function describeLatency(sample: readonly number[]): string {
  return `p50 ${percentile(sample, 50).toFixed(2)} ms · p99 ${percentile(sample, 99).toFixed(2)} ms · n=${sample.length}`;
}

/** Runs `task` with `concurrency` workers until `total` tasks are done; returns each task's latency in ms. */
export async function runConcurrently(total: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const start = performance.now();
      await task(i);
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}
