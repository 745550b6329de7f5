/** Named advisory locks: mutual exclusion across API nodes for work that has no row of its own to lock. */
import { sql } from 'drizzle-orm';
import type { SqlDb } from '../../db/database.ts';

/**
 * Tries to take the transaction-scoped advisory lock named `key` (hashed to 64 bits); true when taken,
 * false at once when another transaction holds it. Released when the surrounding transaction ends.
 */
export async function tryAdvisoryLock(db: SqlDb, key: string): Promise<boolean> {
  const result = await db.execute(sql`select pg_try_advisory_xact_lock(hashtextextended(${key}, 0)) as taken`);
  const row = (result as unknown as { rows: Array<{ taken: boolean }> }).rows[0];
  return row?.taken === true;
}
