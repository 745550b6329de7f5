/** Character cards kept for export, and replay checkpoints. */
import { and, desc, eq, lte, max } from 'drizzle-orm';
import type { Id } from '@ensemble/core';
import type { SqlDb } from '../../db/database.ts';
import { characterCards, events, stateSnapshots } from '../../db/schema.ts';
import type { CharacterCardRecord, StateSnapshotRecord } from '../app-store.ts';

export async function saveCharacterCard(db: SqlDb, record: CharacterCardRecord): Promise<void> {
  await db
    .insert(characterCards)
    .values({ ...record })
    .onConflictDoUpdate({
      target: characterCards.characterId,
      set: { card: record.card, image: record.image, createdAt: record.createdAt },
    });
}

export async function getCharacterCard(db: SqlDb, characterId: Id): Promise<CharacterCardRecord | null> {
  const rows = await db.select().from(characterCards).where(eq(characterCards.characterId, characterId)).limit(1);
  const r = rows[0];
  return r
    ? { characterId: r.characterId, ecosystemId: r.ecosystemId, card: r.card, image: r.image, createdAt: r.createdAt }
    : null;
}

export async function saveStateSnapshot(db: SqlDb, record: StateSnapshotRecord): Promise<void> {
  await db
    .insert(stateSnapshots)
    .values({ ...record })
    .onConflictDoUpdate({
      target: [stateSnapshots.ecosystemId, stateSnapshots.seq],
      set: { state: record.state, createdAt: record.createdAt },
    });
}

export async function latestStateSnapshot(
  db: SqlDb,
  ecosystemId: Id,
  atOrBeforeSeq: number,
): Promise<StateSnapshotRecord | null> {
  const rows = await db
    .select()
    .from(stateSnapshots)
    .where(and(eq(stateSnapshots.ecosystemId, ecosystemId), lte(stateSnapshots.seq, atOrBeforeSeq)))
    .orderBy(desc(stateSnapshots.seq))
    .limit(1);
  const r = rows[0];
  return r ? { ecosystemId: r.ecosystemId, seq: r.seq, state: r.state, createdAt: r.createdAt } : null;
}

export async function seqAtTime(db: SqlDb, ecosystemId: Id, atMs: number): Promise<number> {
  const rows = await db
    .select({ seq: max(events.seq) })
    .from(events)
    .where(and(eq(events.ecosystemId, ecosystemId), lte(events.createdAt, atMs)));
  return Number(rows[0]?.seq ?? 0);
}
