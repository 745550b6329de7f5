/**
 * The subscriber side of bench/api-fanout.ts, run as one of several child processes so that thousands of
 * subscribers measure the server, not one client process's event loop. Reads one JSON line on stdin
 * ({@link ClientJob}), opens its sockets, prints `{"type":"open","started":n}` once every subscription has
 * started, and on a line `{"cmd":"report","expected":n}` waits (at most 20 s) until it has received n
 * messages in all, then prints `{"type":"report",...}` (its latencies, per-event first and last receipt,
 * socket errors) and exits. Latency = receipt time − the stamp the message carries (the event's
 * timestamp, or the baseline's `sentAt`): both processes read the same machine's clock.
 */
import { createInterface } from 'node:readline';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { io as ioClient } from 'socket.io-client';
import { WebSocket } from 'ws';
import type { AppRouter } from '@ensemble/api/router';

export interface ClientJob {
  /** API subscriptions (`trpc`, `runs`, `plain`) or a baseline broadcaster (`ws`, `socket.io`). */
  mode: 'trpc' | 'runs' | 'plain' | 'ws' | 'socket.io';
  /** The API's base URL (http://…) or the baseline's port as ws://127.0.0.1:<port>. */
  url: string;
  /** The API's tRPC WebSocket URL (modes trpc and runs). */
  wsUrl?: string;
  ecosystemId?: string;
  /** Widget tokens; subscriber i (counted across processes from `offset`) uses tokens[i % length]. */
  tokens?: string[];
  offset: number;
  count: number;
  connectPauseMs: number;
}

export interface ClientReport {
  type: 'report';
  latencies: number[];
  /** seq → [first, last] latency among this process's subscribers (API modes). */
  spread: Record<number, [number, number]>;
  received: number;
  bytes: number;
  socketErrors: Record<string, number>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const lines = createInterface({ input: process.stdin });
const queue: string[] = [];
let wake: (() => void) | null = null;
lines.on('line', (line) => {
  queue.push(line);
  wake?.();
});
async function nextLine(): Promise<string> {
  while (queue.length === 0) await new Promise<void>((r) => (wake = r));
  return queue.shift()!;
}
const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

const job = JSON.parse(await nextLine()) as ClientJob;
const latencies: number[] = [];
const spread: Record<number, [number, number]> = {};
const socketErrors: Record<string, number> = {};
let received = 0;
let bytes = 0;
let started = 0;
const closers: Array<() => void> = [];
const noteError = (message: string) => (socketErrors[message] = (socketErrors[message] ?? 0) + 1);
function note(now: number, seq: number | undefined, stamp: number, size: number): void {
  received += 1;
  if (bytes === 0) bytes = size;
  const latency = now - stamp;
  latencies.push(latency);
  if (seq === undefined) return;
  const [first, last] = spread[seq] ?? [Infinity, -Infinity];
  spread[seq] = [Math.min(first, latency), Math.max(last, latency)];
}

for (let local = 0; local < job.count; local++) {
  const i = job.offset + local;
  const token = job.tokens?.[i % job.tokens.length];
  if (job.mode === 'ws') {
    await new Promise<void>((open) => {
      const ws = new WebSocket(job.url);
      ws.on('message', (data) =>
        note(Date.now(), undefined, (JSON.parse(String(data)) as { sentAt: number }).sentAt, 0),
      );
      ws.on('open', () => open());
      ws.on('error', (e) => noteError(e.message));
      closers.push(() => ws.terminate());
    });
    started += 1;
  } else if (job.mode === 'socket.io') {
    await new Promise<void>((open) => {
      const socket = ioClient(job.url.replace(/^ws/, 'http'), { transports: ['websocket'], reconnection: false });
      socket.on('event', (data: unknown) =>
        note(Date.now(), undefined, (JSON.parse(String(data)) as { sentAt: number }).sentAt, 0),
      );
      socket.on('connect', () => open());
      closers.push(() => socket.disconnect());
    });
    started += 1;
  } else if (job.mode === 'plain') {
    const plain = new WebSocket(`${job.url.replace(/^http/, 'ws')}/ws/ecosystem/${job.ecosystemId}`, [
      'ensemble.v1',
      `bearer.${token}`,
    ]);
    closers.push(() => plain.terminate());
    plain.on('error', (e) => noteError(e.message));
    plain.on('message', (raw) => {
      const now = Date.now();
      const text = String(raw);
      const message = JSON.parse(text) as { type: string; seq?: number; timestamp?: string };
      if (message.type === 'ready') started += 1;
      else if (typeof message.seq === 'number') note(now, message.seq, Date.parse(message.timestamp!), text.length);
    });
  } else {
    const ws = createWSClient({
      url: job.wsUrl!,
      WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
      connectionParams: { token: token! },
    });
    closers.push(() => void ws.close());
    const trpc = createTRPCClient<AppRouter>({ links: [wsLink<AppRouter>({ client: ws })] });
    const onEvent = (now: number, event: { timestamp: string; seq: number }) =>
      note(now, event.seq, Date.parse(event.timestamp), JSON.stringify(event).length);
    const onStarted = () => {
      started += 1;
    };
    if (job.mode === 'runs') {
      trpc.events.onEventRuns.subscribe(
        { ecosystemId: job.ecosystemId! },
        {
          onStarted,
          onData: (tracked) => {
            const now = Date.now();
            for (const event of tracked.data) onEvent(now, event);
          },
        },
      );
    } else {
      trpc.events.onEvent.subscribe(
        { ecosystemId: job.ecosystemId! },
        { onStarted, onData: (tracked) => onEvent(Date.now(), tracked.data) },
      );
    }
  }
  if (local % 100 === 99) await sleep(job.connectPauseMs); // don't stampede the accept queue
}
const openBy = Date.now() + 120_000;
while (started < job.count && Date.now() < openBy) await sleep(50);
send({ type: 'open', started, socketErrors });

const command = JSON.parse(await nextLine()) as { cmd: 'report'; expected: number };
const deadline = Date.now() + 20_000;
while (received < command.expected && Date.now() < deadline) await sleep(50);
for (const close of closers) close();
lines.close();
// Exit only once the (possibly large) report has been written to the pipe.
process.stdout.write(
  `${JSON.stringify({ type: 'report', latencies, spread, received, bytes, socketErrors } satisfies ClientReport)}\n`,
  () => process.exit(0),
);
