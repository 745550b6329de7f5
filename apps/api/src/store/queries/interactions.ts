/** The interaction log. */
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Id, InteractionRecord } from '@ensemble/core';
import type { SqlDb } from '../../db/database.ts';
import { interactions } from '../../db/schema.ts';
import type { InteractionQuery } from '../app-store.ts';
import { toInteraction } from '../rows.ts';

export async function saveInteraction(db: SqlDb, record: InteractionRecord): Promise<void> {
  await db.insert(interactions).values({ ...record });
}

/** Newest first, optionally before a time and narrowed to a character (either side) or a scenario. */
export async function listInteractions(
  db: SqlDb,
  ecosystemId: Id,
  query: InteractionQuery,
): Promise<InteractionRecord[]> {
  const conditions: SQL[] = [eq(interactions.ecosystemId, ecosystemId)];
  if (query.before != null) conditions.push(lt(interactions.createdAt, query.before));
  if (query.scenarioId != null) conditions.push(eq(interactions.scenarioId, query.scenarioId));
  if (query.characterId != null) {
    conditions.push(or(eq(interactions.initiatorId, query.characterId), eq(interactions.targetId, query.characterId))!);
  }
  const rows = await db
    .select()
    .from(interactions)
    .where(and(...conditions))
    .orderBy(desc(interactions.createdAt), desc(interactions.id))
    .limit(query.limit);
  return rows.map(toInteraction);
}
