/**
 * Time to load an ecosystem's state at a random seq in a long history (default 100,000 events), on the store
 * the environment selects (PGlite, or PostgreSQL with DATABASE_URL). The history is a headless scenario run
 * in core (real events: exchanges, state changes, relationship changes, drift), copied into the store in
 * batches. Then: the first replay at a random seq (no checkpoint yet: reads the log from the start and leaves
 * a checkpoint every 1,000 seqs on the way), the whole log once (leaving all checkpoints), and 20 random seqs
 * from checkpoints.
 *
 *   npx tsx bench/replay-state.ts                       # EVENTS=100000
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/replay-state.ts
 */
import { randomUUID } from 'node:crypto';
import {
  InMemoryStore,
  characterCreatedEvent,
  createRandom,
  createSentimentAnalyzer,
  createTemplateDialogue,
  generateCast,
  runTurn,
  startScenario,
  type EcosystemEvent,
  type EngineDeps,
  type EventDraft,
} from '@ensemble/core';
import { stateAtSeq } from '@ensemble/api';
import { openTestStore } from '@ensemble/api/testing';
import { describeLatency } from './stats.ts';

const EVENTS = Number(process.env.EVENTS ?? 100_000);
const BATCH = 2000;

/** A scenario's events in core's in-memory store, until there are `count`. */
export async function history(count: number, characters = 20): Promise<EcosystemEvent[]> {
  const store = new InMemoryStore();
  let now = Date.UTC(2025, 0, 1, 9);
  let ids = 0;
  const deps: EngineDeps = {
    store,
    clock: { now: () => now },
    ids: { next: () => `id-${++ids}` },
    sentiment: createSentimentAnalyzer(),
    dialogue: createTemplateDialogue(),
    random: createRandom(3),
  };
  // Generated casts have at most 48 distinct names; more are copies under a second name.
  const named = generateCast(3, Math.min(characters, 48), 'bench', now);
  const cast = [
    ...named,
    ...named
      .slice(0, Math.max(0, characters - 48))
      .map((c) => ({ ...c, id: `${c.id}-2`, name: `${c.name} the Younger` })),
  ];
  for (const c of cast) await store.saveCharacter(c);
  await store.appendEvents(cast.map((c) => characterCreatedEvent(c, now)));
  const turns = Math.ceil(count / 4);
  const { scenario } = await startScenario(deps, {
    ecosystemId: 'bench',
    title: 'Market',
    setting: 'the market at noon',
    mood: 'tense',
    objectives: ['sell the catch'],
    participantIds: cast.map((c) => c.id),
    durationMinutes: turns + 10,
    speed: 1,
    maxTurns: turns,
    seed: 3,
  });
  for (let turn = 0; turn < turns; turn++) {
    const outcome = await runTurn(deps, scenario.id);
    if (outcome.kind !== 'played' && outcome.kind !== 'skipped') break;
    now += 60_000;
    if ((outcome.events.at(-1)?.seq ?? 0) >= count) break;
  }
  return store.listEvents('bench', 0, Number.MAX_SAFE_INTEGER);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const drafts = (await history(EVENTS)).slice(0, EVENTS);
  const simulatedMs = performance.now() - t0;

  const opened = await openTestStore();
  const store = opened.store;
  const userId = randomUUID();
  const ecosystemId = randomUUID();
  await store.createUser({
    id: userId,
    email: `${userId}@bench`,
    passwordHash: 'x',
    displayName: 'bench',
    createdAt: 0,
  });
  await store.createEcosystem({
    id: ecosystemId,
    ownerId: userId,
    name: 'bench',
    description: '',
    lastSeq: 0,
    createdAt: 0,
    updatedAt: 0,
  });
  const t1 = performance.now();
  for (let i = 0; i < drafts.length; i += BATCH) {
    const batch: EventDraft[] = drafts
      .slice(i, i + BATCH)
      .map((e) => ({ type: e.type, ecosystemId, timestamp: e.timestamp, data: e.data }));
    await store.transaction((tx) => tx.appendEvents(batch));
  }
  const loadedMs = performance.now() - t1;
  const lastSeq = (await store.lastSeqs([ecosystemId])).get(ecosystemId)!;

  const random = createRandom(17);
  const seqAt = () => 1 + Math.floor(random.next() * lastSeq);
  const timed = async (seq: number) => {
    const start = performance.now();
    const result = await stateAtSeq(store, ecosystemId, seq, Date.now());
    return { ms: performance.now() - start, ...result };
  };
  const cold = await timed(seqAt());
  const whole = await timed(lastSeq);
  const warm: number[] = [];
  let folded = 0;
  for (let i = 0; i < 20; i++) {
    const r = await timed(seqAt());
    warm.push(r.ms);
    folded += r.eventsReplayed;
  }
  console.log(
    `store: ${opened.kind}; history: ${lastSeq} events (simulated in ${(simulatedMs / 1000).toFixed(1)} s, stored in ${(loadedMs / 1000).toFixed(1)} s)`,
  );
  console.log(
    `first replay, no checkpoint, seq ${cold.state.seq}: ${cold.ms.toFixed(0)} ms (${cold.eventsReplayed} events folded)`,
  );
  console.log(
    `whole log to seq ${lastSeq} (from checkpoint ${whole.fromSnapshotSeq}): ${whole.ms.toFixed(0)} ms (${whole.eventsReplayed} events)`,
  );
  console.log(
    `random seq from checkpoints, 20 loads: ${describeLatency(warm)}; mean events folded ${(folded / 20).toFixed(0)}`,
  );
  await opened.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
