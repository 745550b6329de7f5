/**
 * Scenario leases (DESIGN.md §6): the one API node allowed to play a running scenario's turns holds a
 * row lease on it, renewed while it plays. Expiry is judged by the database's clock, not the nodes',
 * so nodes with skewed clocks still agree on when a lease has lapsed.
 */
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Id } from '@ensemble/core';
import type { SqlDb } from '../../db/database.ts';
import { scenarios } from '../../db/schema.ts';
import type { ScenarioLock } from '../app-store.ts';

/** Now, in ms since the epoch, by the database's clock (clock_timestamp: real time, even inside a transaction). */
const dbNowMs = sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint`;

function expiresIn(ttlMs: number) {
  return sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint + ${Math.max(1, Math.round(ttlMs))}`;
}

const lapsed = or(
  isNull(scenarios.leaseOwner),
  isNull(scenarios.leaseExpiresAt),
  lt(scenarios.leaseExpiresAt, dbNowMs),
);

/**
 * Takes or renews the lease of a running scenario for `owner`: succeeds when `owner` holds it already or
 * it is free or lapsed. Inside a transaction the row stays locked until commit.
 */
export async function acquireScenarioLease(db: SqlDb, scenarioId: Id, owner: string, ttlMs: number): Promise<boolean> {
  const rows = await db
    .update(scenarios)
    .set({ leaseOwner: owner, leaseExpiresAt: expiresIn(ttlMs) })
    .where(
      and(eq(scenarios.id, scenarioId), eq(scenarios.status, 'running'), or(eq(scenarios.leaseOwner, owner), lapsed)),
    )
    .returning({ id: scenarios.id });
  return rows.length === 1;
}

/** Extends the leases `owner` still holds on running scenarios among `scenarioIds`; returns those ids. */
export async function renewScenarioLeases(
  db: SqlDb,
  scenarioIds: readonly Id[],
  owner: string,
  ttlMs: number,
): Promise<Id[]> {
  if (scenarioIds.length === 0) return [];
  const rows = await db
    .update(scenarios)
    .set({ leaseExpiresAt: expiresIn(ttlMs) })
    .where(
      and(inArray(scenarios.id, [...scenarioIds]), eq(scenarios.leaseOwner, owner), eq(scenarios.status, 'running')),
    )
    .returning({ id: scenarios.id });
  return rows.map((r) => r.id);
}

/** Gives the lease up if `owner` holds it, so another node may take the scenario at once. */
export async function releaseScenarioLease(db: SqlDb, scenarioId: Id, owner: string): Promise<void> {
  await db
    .update(scenarios)
    .set({ leaseOwner: null, leaseExpiresAt: null })
    .where(and(eq(scenarios.id, scenarioId), eq(scenarios.leaseOwner, owner)));
}

/** Running scenarios nobody holds a live lease on, oldest first. */
export async function listClaimableScenarios(db: SqlDb, limit: number): Promise<Id[]> {
  const rows = await db
    .select({ id: scenarios.id })
    .from(scenarios)
    .where(and(eq(scenarios.status, 'running'), lapsed))
    .orderBy(asc(scenarios.startedAt), asc(scenarios.id))
    .limit(Math.max(1, Math.floor(limit)));
  return rows.map((r) => r.id);
}

/**
 * Locks the scenario's row until the surrounding transaction ends (SELECT … FOR UPDATE), so read-modify-write
 * changes to it from several nodes queue up instead of overwriting each other. Null when there is no such row.
 */
export async function lockScenario(db: SqlDb, scenarioId: Id): Promise<ScenarioLock | null> {
  const [row] = await db
    .select({
      id: scenarios.id,
      status: scenarios.status,
      turn: scenarios.turn,
      leaseOwner: scenarios.leaseOwner,
      leaseExpiresAt: scenarios.leaseExpiresAt,
    })
    .from(scenarios)
    .where(eq(scenarios.id, scenarioId))
    .for('update');
  if (!row) return null;
  return {
    scenarioId: row.id,
    status: row.status as ScenarioLock['status'],
    turn: row.turn,
    leaseOwner: row.leaseOwner,
    leaseExpiresAt: row.leaseExpiresAt,
  };
}
