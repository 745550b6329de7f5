/**
 * What an exchange's reads cost in the database, in process (no HTTP): processInteraction over the SQL store
 * with its one-round-trip read (EngineStore.loadExchange) and without it (lockCharacters, getRelationshipPair,
 * recallMemories: three), alternated in blocks so both see the same machine. On PGlite the read is one
 * statement; on PostgreSQL two (the locks, then the rest: see SqlStore.loadExchange).
 *
 *   npx tsx bench/exchange-reads.ts          # PGlite; PostgreSQL with DATABASE_URL. BENCH_TOTAL (2000)
 */
import { processInteraction, type EngineDeps, type EngineStore } from '@ensemble/core';
import { openTestStore } from '@ensemble/api/testing';
import { restedDeps, seedStoreCast } from './store-cast.ts';
import { describeLatency } from './stats.ts';

const TOTAL = Number(process.env.BENCH_TOTAL ?? 2000);
const BLOCK = 100;
const CHARACTERS = 200;

const opened = await openTestStore();
try {
  const { store } = opened;
  const { pairs } = await seedStoreCast(store, CHARACTERS, TOTAL + 2 * BLOCK);
  const { deps: base, rest } = restedDeps(store);
  /** The store without loadExchange, inside its transactions too: the engine reads with three calls. */
  const withoutLoad = <S extends EngineStore>(inner: S): S =>
    new Proxy(inner, {
      get(target, prop) {
        if (prop === 'loadExchange') return undefined;
        if (prop === 'transaction')
          return <T>(work: (tx: S) => Promise<T>) => target.transaction((tx) => work(withoutLoad(tx as S)));
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const threeReads = withoutLoad(store as EngineStore);
  const modes = { 'one read': store as EngineStore, 'three reads': threeReads };
  const timings: Record<keyof typeof modes, number[]> = { 'one read': [], 'three reads': [] };
  let next = 0;
  const run = async (mode: keyof typeof modes, n: number, record: boolean) => {
    const deps: EngineDeps = { ...base, store: modes[mode] };
    for (let k = 0; k < n; k++) {
      const [initiatorId, targetId] = pairs[next++]!;
      rest();
      const started = performance.now();
      const result = await processInteraction(deps, { initiatorId, targetId, type: 'chat', content: null });
      if (!result.success) throw new Error(`exchange refused: ${result.reason}`);
      if (record) timings[mode].push(performance.now() - started);
    }
  };
  await run('one read', BLOCK, false);
  await run('three reads', BLOCK, false);
  for (let block = 0; block < TOTAL / BLOCK; block++) {
    await run(block % 2 === 0 ? 'one read' : 'three reads', BLOCK / 2, true);
    await run(block % 2 === 0 ? 'three reads' : 'one read', BLOCK / 2, true);
  }
  console.log(`store: ${opened.kind}; ${TOTAL} exchanges in process, alternating blocks of ${BLOCK / 2}`);
  for (const mode of Object.keys(modes) as (keyof typeof modes)[]) {
    console.log(`${mode.padEnd(12)} ${describeLatency(timings[mode])}`);
  }
  const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`one read / three reads: p50 ${(p50(timings['one read']) / p50(timings['three reads'])).toFixed(2)}x`);
} finally {
  await opened.close();
}
