/** The end of an exchange in one statement: every row it changes and its events, with their seqs. */
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { EcosystemEvent, EventType, StoreChanges } from '@ensemble/core';
import type { SqlDb } from '../../db/database.ts';
import { interactions, memories } from '../../db/schema.ts';
import { StoreError } from '../app-store.ts';
import { memoryRow, upsertCharacters, upsertRelationships } from './characters.ts';
import { currentRequestId } from '../../telemetry/request-context.ts';
import { appendEvents, timestampMs } from './events.ts';

/**
 * Data-modifying CTEs, one per kind of row, then (when the events are of one ecosystem, as an
 * exchange's are) the `last_seq` bump and the events insert in the same statement: one round trip
 * instead of a dozen. The seqs are taken as appendEvents takes them (`UPDATE … RETURNING` locks the
 * ecosystem row until commit), so they stay gap-free. Call inside a transaction.
 */
export async function saveAll(db: SqlDb, changes: StoreChanges): Promise<EcosystemEvent[]> {
  const writes: SQL[] = [];
  if (changes.characters?.length) writes.push(upsertCharacters(db, changes.characters).getSQL());
  if (changes.relationships?.length) writes.push(upsertRelationships(db, changes.relationships).getSQL());
  if (changes.memories?.length) writes.push(db.insert(memories).values(changes.memories.map(memoryRow)).getSQL());
  if (changes.interactions?.length)
    writes.push(
      db
        .insert(interactions)
        .values(changes.interactions.map((i) => ({ ...i })))
        .getSQL(),
    );
  const ctes = writes.map((w, i) => sql`${sql.raw(`w${i}`)} as (${w})`);

  const drafts = changes.events ?? [];
  const ecosystemId = drafts[0]?.ecosystemId;
  if (ecosystemId === undefined || drafts.some((d) => d.ecosystemId !== ecosystemId)) {
    if (ctes.length > 0) await db.execute(sql`with ${sql.join(ctes, sql`, `)} select 1`);
    return appendEvents(db, drafts);
  }

  const n = drafts.length;
  const rows = drafts.map((d, k) => ({
    k: k + 1,
    id: randomUUID(),
    type: d.type,
    timestamp: d.timestamp,
    createdAt: timestampMs(d),
    data: JSON.stringify(d.data),
  }));
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.k}::int, ${r.id}::uuid, ${r.type}::text, ${r.timestamp}::text, ${r.createdAt}::bigint, ${r.data}::jsonb)`,
    ),
    sql`, `,
  );
  const result = await db.execute(sql`
    with ${sql.join(
      [
        ...ctes,
        sql`s as (update ecosystems set last_seq = last_seq + ${n} where id = ${ecosystemId} returning last_seq)`,
        sql`e as (insert into events (ecosystem_id, seq, id, type, timestamp, created_at, data, request_id)
            select ${ecosystemId}, s.last_seq - ${n} + v.k, v.id, v.type, v.ts, v.created, v.data, ${currentRequestId()}::text
            from s, (values ${values}) as v(k, id, type, ts, created, data))`,
      ],
      sql`, `,
    )}
    select s.last_seq::float8 as last_seq from s`);
  const lastSeq = (result as unknown as { rows: { last_seq: number | string }[] }).rows[0]?.last_seq;
  if (lastSeq === undefined) throw new StoreError('not_found', 'Ecosystem not found.');
  const first = Number(lastSeq) - n + 1;
  return rows.map((r, i) => ({
    id: r.id,
    ecosystemId,
    seq: first + i,
    type: drafts[i]!.type as EventType,
    timestamp: r.timestamp,
    data: JSON.parse(r.data) as Record<string, unknown>,
  }));
}
