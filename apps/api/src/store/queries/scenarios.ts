/** Scenarios with their ordered participants. */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Id, Scenario, ScenarioStatus } from '@ensemble/core';
import type { SqlDb } from '../../db/database.ts';
import { scenarioParticipants, scenarios } from '../../db/schema.ts';
import { toScenario } from '../rows.ts';

type ScenarioRow = typeof scenarios.$inferSelect;

/** Attaches participants (in their saved order) to scenario rows. */
async function withParticipants(db: SqlDb, rows: ScenarioRow[]): Promise<Scenario[]> {
  if (rows.length === 0) return [];
  const participants = await db
    .select()
    .from(scenarioParticipants)
    .where(
      inArray(
        scenarioParticipants.scenarioId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(scenarioParticipants.scenarioId), asc(scenarioParticipants.position));
  const byScenario = new Map<Id, Id[]>();
  for (const p of participants) {
    const list = byScenario.get(p.scenarioId) ?? [];
    list.push(p.characterId);
    byScenario.set(p.scenarioId, list);
  }
  return rows.map((r) => toScenario(r, byScenario.get(r.id) ?? []));
}

export async function getScenario(db: SqlDb, id: Id): Promise<Scenario | null> {
  const rows = await db.select().from(scenarios).where(eq(scenarios.id, id)).limit(1);
  const [scenario] = await withParticipants(db, rows);
  return scenario ?? null;
}

/** Newest first. */
export async function listScenarios(db: SqlDb, ecosystemId: Id): Promise<Scenario[]> {
  const rows = await db
    .select()
    .from(scenarios)
    .where(eq(scenarios.ecosystemId, ecosystemId))
    .orderBy(desc(scenarios.startedAt), desc(scenarios.id));
  return withParticipants(db, rows);
}

/** Oldest first, across every ecosystem. */
export async function listScenariosByStatus(db: SqlDb, status: ScenarioStatus): Promise<Scenario[]> {
  const rows = await db
    .select()
    .from(scenarios)
    .where(eq(scenarios.status, status))
    .orderBy(asc(scenarios.startedAt), asc(scenarios.id));
  return withParticipants(db, rows);
}

/**
 * Inserts or replaces the scenario; call inside a transaction. The lease of a running scenario is left
 * alone; one that stops running (paused, ended) gives its lease up, so whichever node resumes it can take
 * it at once. Participants are rewritten only when they changed (a scenario is saved on every turn).
 */
export async function saveScenario(db: SqlDb, scenario: Scenario): Promise<void> {
  const { id: _id, participantIds, ...fields } = scenario;
  const lease = scenario.status === 'running' ? {} : { leaseOwner: null, leaseExpiresAt: null };
  await db
    .insert(scenarios)
    .values({ ...fields, id: scenario.id })
    .onConflictDoUpdate({ target: scenarios.id, set: { ...fields, ...lease } });
  const stored = await db
    .select({ characterId: scenarioParticipants.characterId })
    .from(scenarioParticipants)
    .where(eq(scenarioParticipants.scenarioId, scenario.id))
    .orderBy(asc(scenarioParticipants.position));
  const unchanged =
    stored.length === participantIds.length && stored.every((p, i) => p.characterId === participantIds[i]);
  if (unchanged) return;
  await db.delete(scenarioParticipants).where(eq(scenarioParticipants.scenarioId, scenario.id));
  if (participantIds.length > 0) {
    await db
      .insert(scenarioParticipants)
      .values(participantIds.map((characterId, position) => ({ scenarioId: scenario.id, position, characterId })));
  }
}
