/**
 * What named prepared statements save: the same exchanges, in process (engine + SQL store, no HTTP), on two
 * databases opened alike, one with the store's statements prepared and one without, alternated in blocks so
 * both see the same machine. On PGlite (apps/api/src/adapters/pglite/prepared-client.ts: prepared against
 * PGlite's plain `query`, two databases; also statements per exchange, equal on both) or, with DATABASE_URL,
 * on PostgreSQL (apps/api/src/adapters/postgres/named-statements.ts: two pools over one scratch database,
 * one naming repeated statements, one not).
 *
 *   npx tsx bench/prepared-statements.ts      # BENCH_TOTAL (2000) exchanges per side
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/prepared-statements.ts
 */
import { processInteraction, type EngineStore } from '@ensemble/core';
import { createScratchDatabase, openPgliteDatabase, openPostgresDatabase, SqlStore } from '@ensemble/api/testing';
import { restedDeps, seedStoreCast } from './store-cast.ts';
import { describeLatency } from './stats.ts';

const TOTAL = Number(process.env.BENCH_TOTAL ?? 2000);
const BLOCK = 50;
const CHARACTERS = 200;

const baseUrl = process.env.DATABASE_URL;
const scratch = baseUrl ? await createScratchDatabase(baseUrl) : null;

async function openSide(preparedStatements: boolean) {
  const database = scratch
    ? await openPostgresDatabase({ url: scratch.url, preparedStatements })
    : await openPgliteDatabase({ preparedStatements });
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
    statementsPerExchange: () => (database.statementsRun ? (statements / timings.length).toFixed(2) : 'n/a'),
    async run(n: number, record: boolean) {
      for (let k = 0; k < n; k++) {
        const [initiatorId, targetId] = pairs[next++]!;
        rest();
        const before = database.statementsRun?.() ?? 0;
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
          statements += (database.statementsRun?.() ?? 0) - before;
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
  console.log(
    `store: ${scratch ? 'postgres' : 'pglite'}; ${TOTAL} exchanges a side in process, alternating blocks of ${BLOCK}`,
  );
  for (const [name, side] of Object.entries(sides)) {
    console.log(
      `${name.padEnd(9)} ${describeLatency(side.timings)} · ${side.statementsPerExchange()} statements an exchange`,
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
  await scratch?.drop();
}
