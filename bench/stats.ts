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
export async function runConcurrently(
  total: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<number[]> {
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

/**
 * Open-loop load: `clients` clients, each starting a task every `intervalMs` for `durationMs` (clients
 * staggered evenly), whether or not its previous task has finished. Latency is measured from when a task
 * was due, not from when it started, so a stalled server cannot hide its queue (no coordinated omission).
 */
export async function runPaced(
  clients: number,
  intervalMs: number,
  durationMs: number,
  task: (i: number) => Promise<void>,
): Promise<number[]> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now() + 50;
  const perClient = Math.floor(durationMs / intervalMs);
  const due: { at: number; i: number }[] = [];
  for (let c = 0; c < clients; c++) {
    for (let k = 0; k < perClient; k++)
      due.push({ at: start + (c * intervalMs) / clients + k * intervalMs, i: k * clients + c });
  }
  due.sort((a, b) => a.at - b.at);
  for (const { at, i } of due) {
    const wait = at - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      task(i).then(() => {
        latencies.push(performance.now() - at);
      }),
    );
  }
  await Promise.all(pending);
  return latencies;
}
