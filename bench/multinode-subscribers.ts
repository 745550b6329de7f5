/**
 * Worker thread of bench/multinode-throughput.ts: holds a share of the subscribers (each on
 * events.onEventRuns, as the SDK), so receiving and parsing their events does not delay the main
 * thread's writers and timings.
 *
 * In: workerData { url, ecosystemId, afterSeq, tokens: string[] (one per subscriber), timedEvery }.
 * Out: { kind: 'started', count } as subscriptions start; on { kind: 'finish', lastSeq, timeoutMs } from
 * the main thread: { kind: 'result', seqs: number[][], latencies: number[], refused: number[], reasons: string[] }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { WebSocket } from 'ws';
import type { AppRouter } from '@ensemble/api/router';

interface Input {
  url: string;
  ecosystemId: string;
  afterSeq: number;
  tokens: string[];
  timedEvery: number;
}

const input = workerData as Input;
const port = parentPort!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const seqs: number[][] = input.tokens.map(() => []);
const latencies: number[] = [];
const started = new Set<number>();
const refused = new Set<number>();
const reasons = new Set<string>();
const sockets: ReturnType<typeof createWSClient>[] = [];

for (const [i, token] of input.tokens.entries()) {
  const ws = createWSClient({
    url: `${input.url.replace(/^http/, 'ws')}/trpc`,
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    connectionParams: { token },
  });
  sockets.push(ws);
  const trpc = createTRPCClient<AppRouter>({ links: [wsLink<AppRouter>({ client: ws })] });
  const mine = seqs[i]!;
  const timed = i % input.timedEvery === 0;
  trpc.events.onEventRuns.subscribe(
    { ecosystemId: input.ecosystemId, lastEventId: String(input.afterSeq) },
    {
      onStarted: () => {
        if (started.has(i)) return;
        started.add(i);
        port.postMessage({ kind: 'started', count: 1 });
      },
      onData: (tracked) => {
        const now = Date.now();
        for (const event of tracked.data) {
          mine.push(event.seq);
          if (timed) latencies.push(now - Date.parse(event.timestamp));
        }
      },
      onError: (error) => {
        refused.add(i);
        reasons.add(error.message);
        port.postMessage({ kind: 'started', count: 1 });
      },
    },
  );
  if (i % 50 === 49) await sleep(50); // don't stampede the accept queues
}

port.on('message', (message: { kind: 'finish'; lastSeq: number; timeoutMs: number }) => {
  if (message.kind !== 'finish') return;
  void (async () => {
    const deadline = Date.now() + message.timeoutMs;
    while (seqs.some((s, i) => !refused.has(i) && s.at(-1) !== message.lastSeq) && Date.now() < deadline)
      await sleep(20);
    for (const ws of sockets) void ws.close();
    port.postMessage({ kind: 'result', seqs, latencies, refused: [...refused], reasons: [...reasons] });
  })();
});
