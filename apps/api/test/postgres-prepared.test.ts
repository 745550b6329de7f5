/**
 * Named prepared statements on PostgreSQL (src/adapters/postgres/named-statements.ts): repeated statements
 * are prepared once per connection and answer exactly as unnamed ones, errors and rolled-back transactions
 * leave them usable, and the number of names is bounded. Needs DATABASE_URL (skipped without it).
 */
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createScratchDatabase, openPostgresDatabase, SqlStore } from '../testing/index.ts';
import { servicesOver } from '../testing/in-process.ts';
import { namingClient, StatementNames } from '../src/adapters/postgres/named-statements.ts';
import type { Database } from '../src/db/database.ts';
import { appRouter } from '../src/router.ts';
import { createCallerFactory } from '../src/trpc.ts';
import { PRICKLY, WARM } from './fixtures.ts';

const createCaller = createCallerFactory(appRouter);

const url = process.env.DATABASE_URL;
if (!url) console.info('DATABASE_URL not set: PostgreSQL prepared-statement tests skipped');

describe('StatementNames', () => {
  it('names a text from its second use on, the same name every time', () => {
    const names = new StatementNames(4);
    expect(names.nameFor('select 1')).toBeUndefined();
    const name = names.nameFor('select 1');
    expect(name).toMatch(/^ensemble_\d+$/);
    expect(names.nameFor('select 1')).toBe(name);
    expect(names.nameFor('select 2')).toBeUndefined();
    expect(names.nameFor('select 2')).not.toBe(name);
  });

  it('never names more than its limit; texts beyond it run unnamed', () => {
    const names = new StatementNames(3);
    for (let round = 0; round < 3; round++) for (let i = 0; i < 10; i++) names.nameFor(`select ${i}`);
    expect(names.size).toBe(3);
    expect(names.nameFor('select 9')).toBeUndefined();
    expect(names.nameFor('select 0')).toBe('ensemble_1');
  });

  it('forgets texts seen once when too many come by, so one-offs cannot crowd the repeated ones out', () => {
    const names = new StatementNames(2, 4);
    names.nameFor('hot');
    for (let i = 0; i < 5; i++) names.nameFor(`once ${i}`);
    expect(names.nameFor('hot')).toBeUndefined(); // its first use was forgotten with the one-offs
    expect(names.nameFor('hot')).toBe('ensemble_1');
    expect(names.size).toBe(1);
  });
});

describe.skipIf(!url)('named prepared statements on PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let named: Database;
  let unnamed: Database;

  /** The statements the session holding `client` has prepared (its own, per connection). */
  async function preparedOn(client: pg.PoolClient) {
    const result = await client.query<{ name: string; statement: string; generic_plans: string }>(
      'select name, statement, generic_plans from pg_prepared_statements order by name',
    );
    return result.rows;
  }

  /** Every connection of `database`'s pool, held at once, with what each has prepared. */
  async function everyConnection(database: Database, size: number) {
    const pool = (database.db as unknown as { $client: pg.Pool }).$client;
    const clients = await Promise.all(Array.from({ length: size }, () => pool.connect()));
    try {
      return await Promise.all(clients.map(preparedOn));
    } finally {
      for (const client of clients) client.release();
    }
  }

  beforeAll(async () => {
    scratch = await createScratchDatabase(url!);
    named = await openPostgresDatabase({ url: scratch.url, maxConnections: 2 });
    await named.migrate();
    unnamed = await openPostgresDatabase({ url: scratch.url, maxConnections: 2, preparedStatements: false });
  }, 60_000);

  afterAll(async () => {
    await named?.close();
    await unnamed?.close();
    await scratch?.drop();
  });

  it('prepares the exchange’s statements on the connections that run them, and answers as unnamed ones do', async () => {
    let ecosystemId = '';
    let [a, b] = ['', ''];
    const store = SqlStore.over(named);
    const plain = SqlStore.over(unnamed);
    const node = await servicesOver(named, store);
    try {
      const user = { id: randomUUID(), email: `${randomUUID()}@example.com`, displayName: 'Director' };
      await store.createUser({ ...user, passwordHash: 'x', createdAt: Date.now() });
      const as = createCaller({ services: node.services, user, authFailure: null });
      const eco = await as.ecosystems.create({ name: 'Harbour' });
      const ids = [];
      for (const personality of [WARM, PRICKLY, WARM, PRICKLY]) {
        ids.push((await as.characters.create({ ecosystemId: eco.id, name: `C${ids.length}`, personality })).id);
      }
      // Six pairs, none twice (a pair that has just spoken cools down).
      const pairs = [
        [0, 1],
        [2, 3],
        [0, 2],
        [1, 3],
        [0, 3],
        [1, 2],
      ] as const;
      for (const [i, [x, y]] of pairs.entries()) {
        const result = await as.interactions.create({
          initiatorId: ids[x]!,
          targetId: ids[y]!,
          type: 'chat',
          content: `Round ${i}: did you see the boats?`,
        });
        expect(result).toMatchObject({ success: true });
      }
      ecosystemId = eco.id;
      [a, b] = [ids[0]!, ids[1]!];
    } finally {
      await node.close();
    }
    const statements = (await everyConnection(named, 2)).flat();
    // The exchange's statements are among the prepared ones: the characters' lock and the read after it.
    const texts = statements.map((s) => s.statement);
    expect(texts.some((t) => /from "characters"/.test(t) && /for no key update/.test(t))).toBe(true);
    expect(texts.some((t) => /with c as/.test(t) && /relationships/.test(t))).toBe(true);
    expect(statements.every((s) => s.name.startsWith('ensemble_'))).toBe(true);
    // What the named store wrote reads back the same through both stores (every column type on the path).
    expect(await store.getCharacter(a)).toEqual(await plain.getCharacter(a));
    expect(await store.getRelationship(a, b)).toEqual(await plain.getRelationship(a, b));
    const events = await store.listEvents(ecosystemId, 0, 100);
    expect(events.length).toBeGreaterThanOrEqual(6);
    expect(events).toEqual(await plain.listEvents(ecosystemId, 0, 100));
  });

  it('keeps a statement usable after it failed and after the transaction that prepared it rolled back', async () => {
    const db = named.db as NodePgDatabase;
    await db.execute(sql`create table if not exists prepared_probe (id int primary key, label text not null)`);
    const insert = (id: number, label: string) =>
      db.execute(sql`insert into prepared_probe (id, label) values (${id}, ${label})`);
    // Prepared (second use) inside a transaction that is then rolled back.
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into prepared_probe (id, label) values (${1}, ${'one'})`);
        await tx.execute(sql`insert into prepared_probe (id, label) values (${2}, ${'two'})`);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await insert(1, 'one');
    await insert(2, 'two');
    // A unique violation on the prepared statement, then the same statement works.
    await expect(insert(1, 'again')).rejects.toMatchObject({ cause: { code: '23505' } });
    await insert(3, 'three');
    const rows = await db.execute<{ id: number; label: string }>(sql`select id, label from prepared_probe order by id`);
    expect(rows.rows).toEqual([
      { id: 1, label: 'one' },
      { id: 2, label: 'two' },
      { id: 3, label: 'three' },
    ]);
  });

  it('holds at most the limit of statements on a connection, however many texts run', async () => {
    const pool = new pg.Pool({ connectionString: scratch.url, max: 1, Client: namingClient(new StatementNames(3)) });
    try {
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 8; i++) {
          const result = await pool.query({ text: `select $1::int + ${i} as n`, values: [round] });
          expect(result.rows).toEqual([{ n: round + i }]);
        }
      }
      const client = await pool.connect();
      try {
        const prepared = await preparedOn(client);
        expect(prepared.map((s) => s.name)).toEqual(['ensemble_1', 'ensemble_2', 'ensemble_3']);
        expect(prepared.map((s) => s.statement)).toEqual([0, 1, 2].map((i) => `select $1::int + ${i} as n`));
      } finally {
        client.release();
      }
    } finally {
      await pool.end();
    }
  });

  it('runs a statement given its own name, a plain string and a parameterless text unchanged', async () => {
    const pool = new pg.Pool({ connectionString: scratch.url, max: 1, Client: namingClient(new StatementNames(8)) });
    try {
      for (let i = 0; i < 2; i++) {
        expect((await pool.query({ name: 'mine', text: 'select 41 + $1::int as n', values: [1] })).rows).toEqual([
          { n: 42 },
        ]);
        expect((await pool.query('select $1::text as s', ['x'])).rows).toEqual([{ s: 'x' }]);
        expect((await pool.query({ text: 'select now() is not null as ok' })).rows).toEqual([{ ok: true }]);
      }
      const client = await pool.connect();
      try {
        const prepared = await preparedOn(client);
        expect(prepared.map((s) => s.name).sort()).toEqual(['ensemble_1', 'mine']);
        expect(prepared.find((s) => s.name === 'ensemble_1')?.statement).toBe('select now() is not null as ok');
      } finally {
        client.release();
      }
    } finally {
      await pool.end();
    }
  });
});
