/** Vectors of memories: written without one, embedded later by the embedding queue (as passages are). */
import { sql } from 'drizzle-orm';
import type { SqlDb } from '../../db/database.ts';
import type { MemoryEmbedding, MemoryText } from '../app-store.ts';
import { rowsOf, vectorLiteral } from './passages.ts';

/** Memories waiting for a vector, oldest first (memories never change, so one read is enough). */
export async function memoriesToEmbed(db: SqlDb, limit: number): Promise<MemoryText[]> {
  const result = await db.execute(sql`
    select id, content from memories where embedding is null order by ord limit ${Math.max(0, Math.floor(limit))}`);
  return rowsOf<MemoryText>(result).map((r) => ({ id: r.id, content: r.content }));
}

/** Stores vectors of memories that still have none; returns how many were stored. */
export async function setMemoryEmbeddings(db: SqlDb, embeddings: readonly MemoryEmbedding[]): Promise<number> {
  if (embeddings.length === 0) return 0;
  const values = sql.join(
    embeddings.map((e) => sql`(${e.id}::text, ${vectorLiteral(e.embedding)}::vector)`),
    sql`, `,
  );
  const result = await db.execute(sql`
    update memories m set embedding = v.embedding
    from (values ${values}) as v(id, embedding)
    where m.id = v.id and m.embedding is null
    returning m.id`);
  return rowsOf(result).length;
}

/** A vector as pgvector prints it ("[0.1,0.2]"), back to numbers; null stays null. */
export function parseVector(text: string | null): number[] | null {
  if (text === null) return null;
  return text.slice(1, -1).split(',').map(Number);
}
