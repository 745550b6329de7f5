/** The per-ecosystem event log: gap-free seqs and the reads built on it. */
import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gt, gte, lt, sql } from 'drizzle-orm';
import type { EcosystemEvent, EventDraft, EventType, Id } from '@ensemble/core';
import type { SqlDb } from '../../db/database.ts';
import { ecosystems, events } from '../../db/schema.ts';
import { StoreError, type RelationshipPoint } from '../app-store.ts';
import { currentRequestId } from '../../telemetry/request-context.ts';
import { toEvent } from '../rows.ts';

const MINUTE_MS = 60_000;

/** ms since the epoch of an ISO-8601 draft timestamp. */
export function timestampMs(draft: EventDraft): number {
  const ms = Date.parse(draft.timestamp);
  if (Number.isNaN(ms)) throw new TypeError(`Event timestamp is not ISO-8601: ${draft.timestamp}`);
  return ms;
}

/**
 * Appends drafts with the next seqs of their ecosystems; call inside a transaction.
 * `UPDATE … RETURNING last_seq` takes the seqs with the ecosystem row locked until commit, so
 * concurrent writers to one ecosystem queue up and seqs have no gaps (a rollback returns them too).
 * Ecosystems are locked in id order so two multi-ecosystem appends cannot deadlock each other.
 */
export async function appendEvents(db: SqlDb, drafts: readonly EventDraft[]): Promise<EcosystemEvent[]> {
  if (drafts.length === 0) return [];
  const perEcosystem = new Map<Id, number>();
  for (const d of drafts) perEcosystem.set(d.ecosystemId, (perEcosystem.get(d.ecosystemId) ?? 0) + 1);
  const nextSeq = new Map<Id, number>();
  for (const ecosystemId of [...perEcosystem.keys()].sort()) {
    const n = perEcosystem.get(ecosystemId)!;
    const [row] = await db
      .update(ecosystems)
      .set({ lastSeq: sql`${ecosystems.lastSeq} + ${n}` })
      .where(eq(ecosystems.id, ecosystemId))
      .returning({ lastSeq: ecosystems.lastSeq });
    if (!row) throw new StoreError('not_found', 'Ecosystem not found.');
    nextSeq.set(ecosystemId, row.lastSeq - n + 1);
  }
  const values = drafts.map((d) => {
    const seq = nextSeq.get(d.ecosystemId)!;
    nextSeq.set(d.ecosystemId, seq + 1);
    return {
      ecosystemId: d.ecosystemId,
      seq,
      id: randomUUID(),
      type: d.type,
      timestamp: d.timestamp,
      createdAt: timestampMs(d),
      data: d.data,
      requestId: currentRequestId(),
    };
  });
  await db.insert(events).values(values);
  // As stored, without reading the rows back: jsonb keeps what JSON can say, so the data goes through JSON.
  return values.map((v) => toEvent({ ...v, data: JSON.parse(JSON.stringify(v.data)) as typeof v.data }));
}

/** Events of an ecosystem with seq > afterSeq, ascending; with `type`, only events of that type (a character's drift, say). */
export async function listEvents(
  db: SqlDb,
  ecosystemId: Id,
  afterSeq: number,
  limit: number,
  type?: EventType,
): Promise<EcosystemEvent[]> {
  const rows = await db
    .select()
    .from(events)
    .where(
      and(
        eq(events.ecosystemId, ecosystemId),
        type === undefined ? undefined : eq(events.type, type),
        gt(events.seq, afterSeq),
      ),
    )
    .orderBy(asc(events.seq))
    .limit(limit);
  return rows.map(toEvent);
}

/** Same expression as the events_scenario_idx index, so the planner can use it. */
const scenarioIdOf = sql`(${events.data}->>'scenario_id')`;

/** Events whose data.scenario_id is the scenario, seq ascending. */
export async function listScenarioEvents(
  db: SqlDb,
  scenarioId: Id,
  afterSeq: number,
  limit: number,
): Promise<EcosystemEvent[]> {
  const rows = await db
    .select()
    .from(events)
    .where(and(sql`${scenarioIdOf} = ${scenarioId}`, gt(events.seq, afterSeq)))
    .orderBy(asc(events.seq))
    .limit(limit);
  return rows.map(toEvent);
}

/** The latest `limit` from→to changes (relationship_changed events), returned oldest first. */
export async function relationshipHistory(
  db: SqlDb,
  fromId: Id,
  toId: Id,
  limit: number,
): Promise<RelationshipPoint[]> {
  const rows = await db
    .select({ createdAt: events.createdAt, data: events.data })
    .from(events)
    .where(
      and(
        eq(events.type, 'relationship_changed'),
        sql`(${events.data}->>'from_id') = ${fromId}`,
        sql`(${events.data}->>'to_id') = ${toId}`,
      ),
    )
    .orderBy(desc(events.seq))
    .limit(limit);
  return rows.reverse().map(({ createdAt, data }) => ({
    at: createdAt,
    strength: Number(data.strength),
    trust: Number(data.trust),
    interactionId: typeof data.interaction_id === 'string' ? data.interaction_id : null,
  }));
}

/** Events per minute in [fromMs, toMs), zeros included, oldest first; a trailing partial minute counts. */
export async function eventCountsByMinute(db: SqlDb, ecosystemId: Id, fromMs: number, toMs: number): Promise<number[]> {
  if (!(toMs > fromMs)) return [];
  const minutes = Math.ceil((toMs - fromMs) / MINUTE_MS);
  const bucket = sql<number>`((${events.createdAt} - ${fromMs}::bigint) / ${MINUTE_MS})`.mapWith(Number);
  const rows = await db
    .select({ bucket, n: count() })
    .from(events)
    .where(and(eq(events.ecosystemId, ecosystemId), gte(events.createdAt, fromMs), lt(events.createdAt, toMs)))
    // Grouping by position: a repeated expression would carry new parameters and not match the select.
    .groupBy(sql`1`);
  const counts = new Array<number>(minutes).fill(0);
  for (const r of rows) counts[r.bucket] = r.n;
  return counts;
}
