/**
 * What named prepared statements save on the embedded store (apps/api/src/adapters/pglite/prepared-client.ts):
 * the same exchanges, in process (engine + SQL store, no HTTP), on two PGlite databases opened alike, one
 * with the store's statements prepared and one through PGlite's plain `query`, alternated in blocks so both
 * see the same machine. Also the node's own figure: statements per exchange, equal on both.
 *
 *   npx tsx bench/pglite-prepared.ts          # BENCH_TOTAL (2000) exchanges per side
 */
import { processInteraction, type EngineStore } from '@ensemble/core';
import { openPgliteDatabase, SqlStore } from '@ensemble/api/testing';
import { restedDeps, seedStoreCast } from './store-cast.ts';
import { describeLatency } from './stats.ts';

const TOTAL = Number(process.env.BENCH_TOTAL ?? 2000);
const BLOCK = 50;
const CHARACTERS = 200;

async function openSide(preparedStatements: boolean) {
  const database = await openPgliteDatabase({ preparedStatements });
  await database.migrate();
  const store = SqlStore.over(database);
  const { pairs } = await seedStoreCast(store, CHARACTERS, TOTAL + 2 * BLOCK);
  const { deps, rest } = restedDeps(store as EngineStore);
  let next = 0;
  const timings: number[] = [];
  let statements = 0;
  return {
    database,
    timings,
    statementsPerExchange: () => statements / timings.length,
    async run(n: number, record: boolean) {
      for (let k = 0; k < n; k++) {
        const [initiatorId, targetId] = pairs[next++]!;
        rest();
        const before = database.statementsRun!();
        const started = performance.now();
        const result = await processInteraction(deps, {
          initiatorId,
          targetId,
          type: 'chat',
          content: 'Did you see the boats come in?',
        });
        if (!result.success) throw new Error(`exchange refused: ${result.reason}`);
        if (record) {
          timings.push(performance.now() - started);
          statements += database.statementsRun!() - before;
        }
      }
    },
  };
}

const sides = { prepared: await openSide(true), plain: await openSide(false) };
try {
  await sides.prepared.run(2 * BLOCK, false);
  await sides.plain.run(2 * BLOCK, false);
  for (let block = 0; block < TOTAL / BLOCK; block++) {
    const order = block % 2 === 0 ? (['prepared', 'plain'] as const) : (['plain', 'prepared'] as const);
    for (const side of order) await sides[side].run(BLOCK, true);
  }
  console.log(`store: pglite; ${TOTAL} exchanges a side in process, alternating blocks of ${BLOCK}`);
  for (const [name, side] of Object.entries(sides)) {
    console.log(
      `${name.padEnd(9)} ${describeLatency(side.timings)} · ${side.statementsPerExchange().toFixed(2)} statements an exchange`,
    );
  }
  const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `prepared / plain: p50 ${(p50(sides.prepared.timings) / p50(sides.plain.timings)).toFixed(2)}x, mean ${(mean(sides.prepared.timings) / mean(sides.plain.timings)).toFixed(2)}x`,
  );
} finally {
  await sides.prepared.database.close();
  await sides.plain.database.close();
}
