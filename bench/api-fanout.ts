/**
 * Commit-to-receive latency of live events with N subscribers (default 1,000) on one API node, each on
 * its own tRPC WebSocket connection. Latency = receipt time − the event's timestamp, which the engine
 * takes inside the transaction before commit, so it includes the commit itself (conservative).
 * Baseline in the same process set: a bare `ws` server broadcasting bursts of 5 payloads of the same size
 * to the same number of clients (bench/broadcast-baseline.ts, a child process like the API), the five
 * sharing one stamp as an exchange's five events share one commit; the same broadcast with each message
 * stamped as it is built is printed too (it leaves out the time the earlier messages of a burst take), and
 * a Socket.IO server broadcasting the same bursts (DESIGN.md §8: the pipeline should beat it).
 *
 * With CLIENT_PROCESSES > 1 the subscribers (of the API and of the baselines alike) are spread over that
 * many child processes (bench/fanout-clients.ts), each opening SUBSCRIBERS / CLIENT_PROCESSES sockets and
 * reporting its latencies back as a JSON line on stdout, so that 10,000 subscribers measure the server,
 * not one client process. The default (1) keeps every subscriber in this process, as before.
 *
 *   npx tsx bench/api-fanout.ts            # SUBSCRIBERS=1000 INTERACTIONS=40 KIND=trpc|runs|plain CONNECT_PAUSE_MS=50 CLIENT_PROCESSES=1
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { io as ioClient } from 'socket.io-client';
import { WebSocket } from 'ws';
import type { AppRouter } from '@ensemble/api/router';
import { signUp, startApi } from '@ensemble/api/testing';
import { describeLatency, percentile } from './stats.ts';
import type { ClientJob, ClientReport } from './fanout-clients.ts';
import { mintViewerTokens } from './viewers.ts';

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 1000);
const INTERACTIONS = Number(process.env.INTERACTIONS ?? 40);
const VIEWERS_PER_TOKEN = 20;
const CHARACTERS = 40;
const WARMUP = Number(process.env.WARMUP ?? 200);
/** Pause after every 100 sockets opened: each upgrade is authenticated against the database. */
const CONNECT_PAUSE_MS = Number(process.env.CONNECT_PAUSE_MS ?? 50);
/** Processes the subscribers are spread over (bench/fanout-clients.ts); 1: all in this process. */
const CLIENT_PROCESSES = Math.max(1, Math.floor(Number(process.env.CLIENT_PROCESSES ?? 1)));
/**
 * `trpc`: the tRPC subscription events.onEvent (a message per event); `runs`: events.onEventRuns (a message
 * per run of events, what the SDK and widgets use); `plain`: the plain JSON stream for any language.
 */
/** How long each measured exchange took over HTTP, with 1,000 subscribers connected. */
const mutateMs: number[] = [];
/** Per event: the earliest and latest receipt among the subscribers (ms after the event's timestamp). */
const spread = new Map<number, [number, number]>();
function noteSpread(seq: number, latency: number): void {
  const [first, last] = spread.get(seq) ?? [Infinity, -Infinity];
  spread.set(seq, [Math.min(first, latency), Math.max(last, latency)]);
}
/** Client sockets that failed (connection refused or reset), by message: reported, not fatal. */
const socketErrors = new Map<string, number>();
const KIND = process.env.KIND === 'plain' ? 'plain' : process.env.KIND === 'runs' ? 'runs' : 'trpc';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Subscribers spread over CLIENT_PROCESSES child processes, each given its slice of the job. */
class ClientProcesses {
  readonly #children: Array<{ write: (line: string) => void; next: () => Promise<Record<string, unknown>> }> = [];
  readonly #counts: number[] = [];

  constructor(job: Omit<ClientJob, 'offset' | 'count'>) {
    let offset = 0;
    for (let k = 0; k < CLIENT_PROCESSES; k++) {
      const count = Math.floor(SUBSCRIBERS / CLIENT_PROCESSES) + (k < SUBSCRIBERS % CLIENT_PROCESSES ? 1 : 0);
      const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'fanout-clients.ts')], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      const queue: Record<string, unknown>[] = [];
      let wake: (() => void) | null = null;
      createInterface({ input: child.stdout }).on('line', (line) => {
        queue.push(JSON.parse(line) as Record<string, unknown>);
        wake?.();
      });
      const next = async () => {
        while (queue.length === 0) await new Promise<void>((r) => (wake = r));
        return queue.shift()!;
      };
      child.stdin.write(`${JSON.stringify({ ...job, offset, count } satisfies ClientJob)}\n`);
      this.#children.push({ write: (line) => child.stdin.write(`${line}\n`), next });
      this.#counts.push(count);
      offset += count;
    }
  }

  /** How many subscriptions started, once every process has opened its sockets. */
  async opened(): Promise<number> {
    let started = 0;
    for (const child of this.#children) {
      const open = await child.next();
      started += Number(open['started']);
      for (const [message, n] of Object.entries(open['socketErrors'] as Record<string, number>))
        socketErrors.set(message, (socketErrors.get(message) ?? 0) + n);
    }
    return started;
  }

  /** Every process's report, once each received `perSubscriber` messages a socket (or gave up after 20 s). */
  async reports(perSubscriber: number): Promise<ClientReport[]> {
    this.#children.forEach((child, k) =>
      child.write(JSON.stringify({ cmd: 'report', expected: perSubscriber * this.#counts[k]! })),
    );
    return Promise.all(this.#children.map(async (child) => (await child.next()) as unknown as ClientReport));
  }
}

async function measureApi(): Promise<{ latencies: number[]; expected: number; received: number; bytes: number }> {
  const api = await startApi();
  const sockets: ReturnType<typeof createWSClient>[] = [];
  const plainSockets: WebSocket[] = [];
  try {
    const { client, close } = await signUp(api.url, 'fanout');
    const eco = await client.ecosystems.create.mutate({ name: 'Fan-out' });
    const ids: string[] = [];
    for (let i = 0; i < CHARACTERS; i++) {
      const c = await client.characters.create.mutate({
        ecosystemId: eco.id,
        name: `C${i}`,
        personality: { openness: 0.5, conscientiousness: 0.5, extraversion: 0.9, agreeableness: 0.6, neuroticism: 0.3 },
      });
      ids.push(c.id);
    }
    // Every exchange takes a pair not used before (no cooldowns, nobody initiates often enough to tire).
    const pairs: [string, string][] = [];
    for (let d = 1; d < CHARACTERS / 2; d++)
      for (let a = 0; a < CHARACTERS; a++) pairs.push([ids[a]!, ids[(a + d) % CHARACTERS]!]);
    let nextPair = 0;
    // Warm the server up first (JIT, PGlite's caches), as in bench/api-interactions.ts: a cold first
    // exchange takes several times longer than a warm one, and that is not what fan-out costs.
    for (let i = 0; i < WARMUP; i++) {
      const [a, b] = pairs[nextPair++]!;
      await client.interactions.create.mutate({ initiatorId: a, targetId: b, type: 'chat', content: 'Good morning!' });
    }
    const latencies: number[] = [];
    let received = 0;
    let bytes = 0;
    let started = 0;
    const viewerTokens = await mintViewerTokens(client, api.url, eco.id, SUBSCRIBERS, VIEWERS_PER_TOKEN);
    const clients =
      CLIENT_PROCESSES > 1
        ? new ClientProcesses({
            mode: KIND,
            url: api.url,
            wsUrl: api.wsUrl,
            ecosystemId: eco.id,
            tokens: viewerTokens,
            // Each process pauses after its own hundreds: the sockets open at the one-process rate in all.
            connectPauseMs: CONNECT_PAUSE_MS * CLIENT_PROCESSES,
          })
        : null;
    if (clients !== null) started = await clients.opened();
    for (let i = 0; i < SUBSCRIBERS && KIND === 'plain' && clients === null; i++) {
      // The plain JSON stream (WS /ws/ecosystem/{id}), read with the bare `ws` client the baseline uses.
      const token = viewerTokens[i % viewerTokens.length]!;
      const plain = new WebSocket(`${api.url.replace(/^http/, 'ws')}/ws/ecosystem/${eco.id}`, [
        'ensemble.v1',
        `bearer.${token}`,
      ]);
      plainSockets.push(plain);
      plain.on('error', (error) => {
        socketErrors.set(error.message, (socketErrors.get(error.message) ?? 0) + 1);
      });
      plain.on('message', (raw) => {
        const now = Date.now();
        const message = JSON.parse(String(raw)) as { type: string; seq?: number; timestamp?: string };
        if (message.type === 'ready') {
          started += 1;
          return;
        }
        if (typeof message.seq !== 'number') return;
        received += 1;
        if (i === 0) bytes = String(raw).length;
        const latency = now - Date.parse(message.timestamp!);
        latencies.push(latency);
        noteSpread(message.seq, latency);
      });
      if (i % 100 === 99) await sleep(CONNECT_PAUSE_MS);
    }
    for (let i = 0; i < SUBSCRIBERS && KIND !== 'plain' && clients === null; i++) {
      const ws = createWSClient({
        url: api.wsUrl,
        WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
        connectionParams: { token: viewerTokens[i % viewerTokens.length]! },
      });
      sockets.push(ws);
      const trpc = createTRPCClient<AppRouter>({ links: [wsLink<AppRouter>({ client: ws })] });
      const onEvent = (now: number, event: { timestamp: string; seq: number }) => {
        received += 1;
        if (i === 0) bytes = JSON.stringify(event).length;
        latencies.push(now - Date.parse(event.timestamp));
        noteSpread(event.seq, now - Date.parse(event.timestamp));
      };
      if (KIND === 'runs') {
        trpc.events.onEventRuns.subscribe(
          { ecosystemId: eco.id },
          {
            onStarted: () => {
              started += 1;
            },
            onData: (tracked) => {
              const now = Date.now();
              for (const event of tracked.data) onEvent(now, event);
            },
          },
        );
      } else {
        trpc.events.onEvent.subscribe(
          { ecosystemId: eco.id },
          {
            onStarted: () => {
              started += 1;
            },
            onData: (tracked) => onEvent(Date.now(), tracked.data),
          },
        );
      }
      if (i % 100 === 99) await sleep(CONNECT_PAUSE_MS); // don't stampede the accept queue
    }
    const openBy = Date.now() + 120_000;
    while (started < SUBSCRIBERS) {
      if (Date.now() > openBy) {
        throw new Error(
          `only ${started} of ${SUBSCRIBERS} subscriptions started within 2 minutes; socket errors: ${JSON.stringify([...socketErrors])}`,
        );
      }
      await sleep(50);
    }
    await sleep(500);
    let events = 0;
    for (let i = 0; i < INTERACTIONS; i++) {
      const [a, b] = pairs[nextPair++]!;
      const t0 = Date.now();
      const r = await client.interactions.create.mutate({
        initiatorId: a,
        targetId: b,
        type: 'chat',
        content: 'Good morning!',
      });
      mutateMs.push(Date.now() - t0);
      if (r.success) events += r.events.length;
      await sleep(100); // one interaction at a time: we measure delivery, not queueing
    }
    if (clients !== null) {
      for (const report of await clients.reports(events)) {
        received += report.received;
        bytes ||= report.bytes;
        for (const latency of report.latencies) latencies.push(latency);
        for (const [seq, [first, last]] of Object.entries(report.spread)) {
          noteSpread(Number(seq), first);
          noteSpread(Number(seq), last);
        }
        for (const [message, n] of Object.entries(report.socketErrors))
          socketErrors.set(message, (socketErrors.get(message) ?? 0) + n);
      }
    }
    const deadline = Date.now() + 20_000;
    while (received < events * SUBSCRIBERS && Date.now() < deadline) await sleep(50);
    close();
    return { latencies, expected: events * SUBSCRIBERS, received, bytes };
  } finally {
    for (const ws of sockets) void ws.close();
    for (const ws of plainSockets) ws.terminate();
    await api.stop();
  }
}

/**
 * A baseline broadcaster (bench/broadcast-baseline.ts) with the same number of clients, fed the same
 * bursts. `perMessage`: each message stamped as the broadcaster builds it (its latency is its own loop over
 * the clients). `perBurst`: the five messages of a burst share one stamp, as the five events of one
 * exchange share the moment they were committed: the like-for-like baseline for the pipeline.
 */
async function measureBroadcast(
  server: 'ws' | 'socket.io',
  payloadBytes: number,
  messages: number,
  stamp: 'perMessage' | 'perBurst',
): Promise<number[]> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, 'broadcast-baseline.ts'), server],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((done) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const m = /BROADCAST_READY (\d+)/.exec(chunk);
      if (m) done(Number(m[1]));
    });
  });
  const latencies: number[] = [];
  const clients =
    CLIENT_PROCESSES > 1
      ? new ClientProcesses({ mode: server, url: `ws://127.0.0.1:${port}`, connectPauseMs: 0 })
      : null;
  if (clients !== null) await clients.opened();
  const receive = (data: unknown) => {
    latencies.push(Date.now() - (JSON.parse(String(data)) as { sentAt: number }).sentAt);
  };
  const closers: Array<() => void> = [];
  for (let i = 0; i < SUBSCRIBERS && clients === null; i += 1) {
    await new Promise<void>((open) => {
      if (server === 'ws') {
        const ws = new WebSocket(`ws://127.0.0.1:${port}`);
        ws.on('message', receive);
        ws.on('open', () => open());
        closers.push(() => ws.terminate());
      } else {
        const socket = ioClient(`http://127.0.0.1:${port}`, { transports: ['websocket'], reconnection: false });
        socket.on('event', receive);
        socket.on('connect', () => open());
        closers.push(() => socket.disconnect());
      }
    });
  }
  // Same shape as the API's traffic: an interaction commits a burst of 5 events.
  for (let i = 0; i < messages; i += 5) {
    child.stdin.write(stamp === 'perBurst' ? `burst 5 ${payloadBytes}\n` : `broadcast ${payloadBytes}\n`.repeat(5));
    await sleep(100);
  }
  if (clients !== null) {
    // Every client gets every message: wait for them all (each process gives up after 20 s).
    for (const report of await clients.reports(messages))
      for (const latency of report.latencies) latencies.push(latency);
  } else await sleep(1000);
  for (const close of closers) close();
  child.kill();
  return latencies;
}

const api = await measureApi();
const barePerMessage = await measureBroadcast('ws', api.bytes, INTERACTIONS * 5, 'perMessage');
const bare = await measureBroadcast('ws', api.bytes, INTERACTIONS * 5, 'perBurst');
const socketIo = await measureBroadcast('socket.io', api.bytes, INTERACTIONS * 5, 'perBurst');
console.log(
  `${SUBSCRIBERS} ${{ trpc: 'tRPC events.onEvent', runs: 'tRPC events.onEventRuns', plain: 'plain /ws/ecosystem' }[KIND]} subscribers; event payload ≈ ${api.bytes} bytes`,
);
console.log(`bare ws broadcast, each message stamped as built   ${describeLatency(barePerMessage)}`);
console.log(`bare ws broadcast, a burst of 5 shares one stamp   ${describeLatency(bare)}  (the baseline below)`);
console.log(`Socket.IO broadcast, same bursts                   ${describeLatency(socketIo)}`);
console.log(`ensemble live events   ${describeLatency(api.latencies)}  delivered ${api.received}/${api.expected}`);
console.log(`  first subscriber to get each event  ${describeLatency([...spread.values()].map(([first]) => first))}`);
console.log(`  last subscriber to get each event   ${describeLatency([...spread.values()].map(([, last]) => last))}`);
console.log(`  the exchange itself, over HTTP            ${describeLatency(mutateMs)}`);
if (CLIENT_PROCESSES > 1) {
  console.log(
    `subscribers spread over ${CLIENT_PROCESSES} client processes (baselines too); bare ws delivered ${bare.length}/${INTERACTIONS * 5 * SUBSCRIBERS}`,
  );
}
if (socketErrors.size > 0) console.log(`socket errors: ${JSON.stringify([...socketErrors])}`);
const ratio = (base: number[]) =>
  `p50 ${(percentile(api.latencies, 50) / Math.max(1, percentile(base, 50))).toFixed(1)}x · p99 ${(percentile(api.latencies, 99) / Math.max(1, percentile(base, 99))).toFixed(1)}x`;
console.log(
  `ratio ${ratio(bare)} (against messages stamped as built: ${ratio(barePerMessage)}; against Socket.IO: ${ratio(socketIo)})`,
);
