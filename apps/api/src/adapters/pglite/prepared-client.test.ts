import { PGlite, types } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { preparedClient, type PreparedClient } from './prepared-client.ts';

/** Names of the statements Postgres holds prepared now. */
async function preparedNames(pglite: PGlite): Promise<string[]> {
  const result = await pglite.query<{ name: string }>('select name from pg_prepared_statements order by name');
  return result.rows.map((r) => r.name);
}

describe('preparedClient (PGlite statements as named prepared statements)', () => {
  let pglite: PGlite;
  let prepared: PreparedClient;

  beforeAll(async () => {
    pglite = await PGlite.create();
  });

  // One database for the file (starting PGlite takes seconds); each test gets a fresh table and client.
  beforeEach(async () => {
    await pglite.exec(`
      deallocate all;
      drop table if exists t;
      create table t (id int primary key, name text not null, data jsonb, score float8, big bigint, ok boolean,
                      at timestamptz default '2026-01-02T03:04:05Z');
      insert into t (id, name, data, score, big, ok) values
        (1, 'Mara', '{"mood": {"pleasure": 0.5}}', 0.25, 9007199254740993, true),
        (2, 'Theo', null, -1.5, 3, false);`);
    prepared = preparedClient(pglite, 3);
  });

  afterAll(async () => {
    await pglite.close();
  });

  it('answers exactly as PGlite’s own query does, whatever the types, row mode and parsers', async () => {
    const text = 'select * from t where id = any($1::int[]) or name = $2 order by id';
    const asks: Array<[unknown[], Parameters<PGlite['query']>[2]]> = [
      [[[1, 2], 'nobody'], undefined],
      [[[2], 'Mara'], { rowMode: 'array' }],
      [[[], null], undefined],
      [[[1], 'x'], { rowMode: 'object', parsers: { [types.TIMESTAMPTZ]: (value: string) => `raw:${value}` } }],
    ];
    for (const [params, options] of asks) {
      const expected = await pglite.query(text, params, options);
      const actual = await prepared.client.query(text, params, options);
      expect(actual.rows).toEqual(expected.rows);
      expect(actual.fields).toEqual(expected.fields);
    }
    // Parameters are serialised for the types Postgres reports: an object for jsonb, a boolean, a bigint.
    const insert = 'insert into t (id, name, data, ok, big) values ($1, $2, $3, $4, $5) returning data, ok, big';
    const values = ['Ivo', { likes: ['boats'] }, true, 12n];
    const expected = await pglite.query(insert, [3, ...values]);
    const actual = await prepared.client.query(insert, [4, ...values]);
    expect(actual.rows).toEqual(expected.rows);
    expect(actual.rows[0]).toMatchObject({ data: { likes: ['boats'] }, ok: true });
    expect(actual.affectedRows).toBe(1);
  });

  it('prepares a statement once and reuses it; beyond its capacity it closes the least recently used', async () => {
    for (let i = 0; i < 5; i++) await prepared.client.query('select name from t where id = $1', [1]);
    expect(prepared.prepared).toBe(1);
    expect(await preparedNames(pglite)).toHaveLength(1);
    for (const id of [1, 2, 3]) await prepared.client.query(`select ${id} as n, name from t where id = $1`, [id]);
    // Four texts, capacity three: the oldest is closed with the next statement prepared, which evicts
    // the next oldest in turn; Postgres then holds the three kept and that one, until the next batch.
    expect(prepared.prepared).toBe(3);
    const before = await preparedNames(pglite);
    expect(before).toHaveLength(4);
    await prepared.client.query('select 4 as n');
    const after = await preparedNames(pglite);
    expect(after).toHaveLength(4);
    expect(after).not.toContain(before[0]);
    expect(prepared.prepared).toBe(3);
    // The evicted text still works: it is prepared again.
    expect((await prepared.client.query<{ name: string }>('select name from t where id = $1', [2])).rows).toEqual([
      { name: 'Theo' },
    ]);
  });

  it('reports database errors with their code, leaves nothing half-written, and keeps working after them', async () => {
    await expect(
      prepared.client.transaction(async (tx) => {
        await tx.query('insert into t (id, name) values ($1, $2)', [10, 'Wen']);
        await tx.query('insert into t (id, name) values ($1, $2)', [1, 'duplicate']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect((await pglite.query('select id from t where id = 10')).rows).toEqual([]);
    const before = prepared.prepared;
    await expect(prepared.client.query('selec nonsense')).rejects.toMatchObject({ code: '42601' });
    expect(prepared.prepared).toBe(before);
    await expect(prepared.client.query('select name from t where id = $1', ['not a number'])).rejects.toMatchObject({
      code: '22P02',
    });
    const result = await prepared.client.transaction(async (tx) => {
      await tx.query('insert into t (id, name) values ($1, $2)', [11, 'Ada']);
      return tx.query<{ count: number }>('select count(*)::int as count from t');
    });
    expect(result.rows).toEqual([{ count: 3 }]);
    expect(await preparedNames(pglite)).toHaveLength(prepared.prepared);
  });

  it('keeps statements and transactions apart when they are sent at once', async () => {
    const work = Array.from({ length: 40 }, (_, i) =>
      i % 4 === 0
        ? prepared.client.transaction(async (tx) => {
            await tx.query('insert into t (id, name) values ($1, $2)', [100 + i, `n${i}`]);
            const seen = await tx.query<{ name: string }>('select name from t where id = $1', [100 + i]);
            return seen.rows[0]!.name;
          })
        : prepared.client.query<{ name: string }>('select name from t where id = $1', [1]).then((r) => r.rows[0]!.name),
    );
    const names = await Promise.all(work);
    expect(names).toEqual(Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? `n${i}` : 'Mara')));
  });

  it('forgets its statements after a schema change, so a changed table is read as it is now', async () => {
    await prepared.client.query('select * from t where id = $1', [1]);
    await pglite.exec('alter table t add column nickname text');
    // A statement prepared before the change can no longer return its old columns.
    await expect(prepared.client.query('select * from t where id = $1', [1])).rejects.toThrow(/result type/);
    await prepared.forget();
    expect(await preparedNames(pglite)).toEqual([]);
    const row = (await prepared.client.query<Record<string, unknown>>('select * from t where id = $1', [1])).rows[0]!;
    expect(row).toHaveProperty('nickname', null);
  });
});
