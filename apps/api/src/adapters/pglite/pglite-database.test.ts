/**
 * PGlite's statement count (Database.statementsRun): what lets a dry run's read be reused by the transaction
 * after it must count every statement that could change a read, and may leave out only BEGIN.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteDatabase, statementsIn, type PgliteDatabase } from './pglite-database.ts';

/** One protocol message: its type, then its length (itself included) and body. */
function message(type: string, body: string): Buffer {
  const payload = Buffer.from(body, 'latin1');
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(payload.length + 4, 1);
  return Buffer.concat([head, payload]);
}

describe('statementsIn', () => {
  it('counts each message that may run something, and not those that only prepare or end one, nor BEGIN', () => {
    expect(statementsIn(message('Q', 'BEGIN\0'))).toBe(0);
    expect(statementsIn(message('Q', 'COMMIT\0'))).toBe(1);
    expect(statementsIn(message('Q', 'BEGIN; DELETE FROM characters\0'))).toBe(1);
    expect(statementsIn(message('Q', 'begin\0'))).toBe(1);
    // An extended-protocol statement: only its Execute counts.
    const extended = [
      message('P', '\0select 1\0\0\0'),
      message('D', 'S\0'),
      message('B', '\0\0\0\0\0\0\0\0'),
      message('D', 'P\0'),
    ];
    for (const m of extended) expect(statementsIn(m)).toBe(0);
    expect(statementsIn(message('E', '\0\0\0\0\0'))).toBe(1);
    expect(statementsIn(message('S', ''))).toBe(0);
    expect(statementsIn(Buffer.concat([...extended, message('E', '\0\0\0\0\0'), message('S', '')]))).toBe(1);
    // A function call, a startup packet and bytes not understood may run anything.
    expect(statementsIn(message('F', '\0\0\0\0'))).toBe(1);
    expect(statementsIn(Buffer.from([0, 0, 0, 8, 0, 3, 0, 0]))).toBe(1);
    expect(statementsIn(Buffer.from([0x45, 0, 0]))).toBe(1);
    expect(statementsIn(Buffer.from([0x53, 0, 0, 0, 99]))).toBe(1);
  });
});

describe('statementsRun on PGlite', () => {
  let database: PgliteDatabase;
  beforeAll(async () => {
    database = await openPgliteDatabase();
    await database.client.exec('create table t (n int)');
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('adds one per statement, reads and writes alike, and nothing for opening a transaction', async () => {
    const count = database.statementsRun!;
    let before = count();
    await database.client.query('select 1');
    expect(count() - before).toBe(1);
    before = count();
    await database.client.query('insert into t values ($1)', [1]);
    expect(count() - before).toBe(1);
    before = count();
    await database.client.transaction(async (tx) => {
      expect(count() - before).toBe(0);
      await tx.query('update t set n = 2');
      expect(count() - before).toBe(1);
    });
    // The COMMIT counts too.
    expect(count() - before).toBe(2);
    before = count();
    await database.client.exec('delete from t');
    expect(count()).toBeGreaterThan(before);
  });
});
