/** Passages of documents: written with their document, searched by text and by vector, embedded later. */
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Id } from '@ensemble/core';
import type { SqlDb } from '../../db/database.ts';
import { documentPassages } from '../../db/schema.ts';
import { splitIntoPassages } from '../../knowledge/passages.ts';
import { toAnyWordTsQuery } from '../../knowledge/text-query.ts';
import type { PassageEmbedding, PassageHit, PassageKey, PassageStats, PassageText, PassageView } from '../app-store.ts';

/** Candidates the HNSW scan considers (pgvector's default is 40); more is slower but closer to exact. */
const HNSW_EF_SEARCH = 100;

/**
 * Makes the document's passages match its title and content. A passage whose text and title are
 * unchanged keeps its embedding; a changed or new one waits (embedding null) for the embedding queue.
 */
export async function syncPassages(
  db: SqlDb,
  doc: { id: Id; ecosystemId: Id; title: string; content: string },
): Promise<void> {
  const texts = splitIntoPassages(doc.content);
  const existing = await db
    .select({ ordinal: documentPassages.ordinal, title: documentPassages.title, text: documentPassages.text })
    .from(documentPassages)
    .where(eq(documentPassages.documentId, doc.id));
  const same = new Set(
    existing.filter((p) => p.title === doc.title && p.text === texts[p.ordinal]).map((p) => p.ordinal),
  );
  const changed = texts
    .map((text, ordinal) => ({ documentId: doc.id, ecosystemId: doc.ecosystemId, ordinal, title: doc.title, text }))
    .filter((p) => !same.has(p.ordinal));
  await db
    .delete(documentPassages)
    .where(and(eq(documentPassages.documentId, doc.id), gte(documentPassages.ordinal, texts.length)));
  if (changed.length === 0) return;
  await db
    .insert(documentPassages)
    .values(changed)
    .onConflictDoUpdate({
      target: [documentPassages.documentId, documentPassages.ordinal],
      set: { title: sql`excluded.title`, text: sql`excluded.text`, embedding: null },
    });
}

/** Passages matching any word of `query`, best ts_rank first (ties by document id and ordinal). */
export async function searchPassagesByText(
  db: SqlDb,
  ecosystemId: Id,
  query: string,
  limit: number,
  knower?: Id,
): Promise<PassageHit[]> {
  const tsq = toAnyWordTsQuery(query);
  if (tsq === null) return [];
  // Passages matching more of the query's terms first (its `coverage`, 0–1), then by ts_rank.
  const result = await db.execute(sql`
    with q as (select to_tsquery('english', ${tsq}) as query,
                      tsvector_to_array(to_tsvector('english', ${query})) as terms)
    select p.document_id, p.ordinal, ts_rank(p.tsv, q.query)::float8 as score,
      (select count(*) from unnest(q.terms) t where t = any(tsvector_to_array(p.tsv)))::float8
        / greatest(cardinality(q.terms), 1) as coverage
    from document_passages p, q
    where p.ecosystem_id = ${ecosystemId} and p.tsv @@ q.query ${knownBy(knower)}
    order by coverage desc, score desc, p.document_id, p.ordinal
    limit ${limit}`);
  return rowsOf<{ document_id: string; ordinal: number; score: number; coverage: number }>(result).map((r) => ({
    documentId: r.document_id,
    ordinal: Number(r.ordinal),
    score: Number(r.score),
    coverage: Number(r.coverage),
  }));
}

/**
 * An ecosystem with at most this many embedded passages is searched exactly (every vector compared,
 * the same results on every store); a larger one through the HNSW index (approximate: results may differ slightly
 * between stores and index builds).
 */
export const EXACT_VECTOR_SEARCH_MAX = 2_000;

/** Embedded passages nearest to `vector` by cosine distance, nearest first (score = cosine similarity). */
export async function searchPassagesByVector(
  db: SqlDb,
  ecosystemId: Id,
  vector: readonly number[],
  limit: number,
  knower?: Id,
  exactMax = EXACT_VECTOR_SEARCH_MAX,
): Promise<PassageHit[]> {
  const literal = vectorLiteral(vector);
  const counted = await db.execute(sql`
    select count(*)::int as n from document_passages where ecosystem_id = ${ecosystemId} and embedding is not null`);
  const embedded = Number(rowsOf<{ n: number }>(counted)[0]?.n ?? 0);
  if (embedded === 0) return [];
  const toHits = (result: unknown) =>
    rowsOf<{ document_id: string; ordinal: number; distance: number }>(result).map((r) => ({
      documentId: r.document_id,
      ordinal: Number(r.ordinal),
      score: 1 - Number(r.distance),
    }));
  if (embedded <= exactMax) {
    // Ties broken by key: the same order on every store (the index cannot serve this ORDER BY).
    return toHits(
      await db.execute(sql`
        select document_id, ordinal, (embedding <=> ${literal}::vector)::float8 as distance
        from document_passages p
        where ecosystem_id = ${ecosystemId} and embedding is not null ${knownBy(knower)}
        order by distance, document_id, ordinal
        limit ${limit}`),
    );
  }
  // Through the HNSW index, with pgvector's iterative scan so the ecosystem filter still yields `limit` rows.
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local hnsw.ef_search = ${Math.max(HNSW_EF_SEARCH, limit)}`));
    await tx.execute(sql.raw(`set local hnsw.iterative_scan = strict_order`));
    return toHits(
      await tx.execute(sql`
        select document_id, ordinal, (embedding <=> ${literal}::vector)::float8 as distance
        from document_passages p
        where ecosystem_id = ${ecosystemId} and embedding is not null ${knownBy(knower)}
        order by embedding <=> ${literal}::vector
        limit ${limit}`),
    );
  });
}

/** The passages named, with a snippet around the words of `query` (marked `<mark>…</mark>`). */
export async function getPassageViews(db: SqlDb, keys: readonly PassageKey[], query: string): Promise<PassageView[]> {
  if (keys.length === 0) return [];
  const tsq = toAnyWordTsQuery(query) ?? '';
  const wanted = sql.join(
    keys.map((k) => sql`(${k.documentId}::text, ${k.ordinal}::int)`),
    sql`, `,
  );
  const result = await db.execute(sql`
    select p.document_id, p.ordinal, p.title, p.text,
      ts_headline('english', p.text, to_tsquery('english', ${tsq}),
        'MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=" … ", StartSel=<mark>, StopSel=</mark>') as snippet
    from document_passages p
    where (p.document_id, p.ordinal) in (${wanted})`);
  return rowsOf<{ document_id: string; ordinal: number; title: string; text: string; snippet: string }>(result).map(
    (r) => ({
      documentId: r.document_id,
      ordinal: Number(r.ordinal),
      title: r.title,
      text: r.text,
      snippet: r.snippet,
    }),
  );
}

/** Passages waiting for a vector, oldest documents' first passages first. */
export async function passagesToEmbed(db: SqlDb, limit: number): Promise<PassageText[]> {
  const rows = await db
    .select({
      documentId: documentPassages.documentId,
      ordinal: documentPassages.ordinal,
      title: documentPassages.title,
      text: documentPassages.text,
    })
    .from(documentPassages)
    .where(sql`${documentPassages.embedding} is null`)
    .orderBy(asc(documentPassages.documentId), asc(documentPassages.ordinal))
    .limit(limit);
  return rows;
}

/**
 * Stores vectors; a passage changed since it was read (other title or text) is left waiting for its
 * new vector. Returns how many were stored.
 */
export async function setPassageEmbeddings(db: SqlDb, embeddings: readonly PassageEmbedding[]): Promise<number> {
  if (embeddings.length === 0) return 0;
  const values = sql.join(
    embeddings.map(
      (e) =>
        sql`(${e.documentId}::text, ${e.ordinal}::int, ${e.title}::text, ${e.text}::text, ${vectorLiteral(e.embedding)}::vector)`,
    ),
    sql`, `,
  );
  const result = await db.execute(sql`
    update document_passages p set embedding = v.embedding
    from (values ${values}) as v(document_id, ordinal, title, text, embedding)
    where p.document_id = v.document_id and p.ordinal = v.ordinal and p.title = v.title and p.text = v.text
    returning p.ordinal`);
  return rowsOf(result).length;
}

export async function passageStats(db: SqlDb, ecosystemId: Id): Promise<PassageStats> {
  const result = await db.execute(sql`
    select count(*)::int as passages, count(embedding)::int as embedded
    from document_passages where ecosystem_id = ${ecosystemId}`);
  const row = rowsOf<{ passages: number; embedded: number }>(result)[0];
  return { passages: Number(row?.passages ?? 0), embedded: Number(row?.embedded ?? 0) };
}

/** With a character: only passages of documents known to every character or to that one (`p` is the passage). */
function knownBy(knower: Id | undefined) {
  return knower === undefined
    ? sql``
    : sql`and exists (select 1 from documents d where d.id = p.document_id
        and (d.known_to is null or ${knower}::text = any(d.known_to)))`;
}

export function vectorLiteral(vector: readonly number[]): string {
  return `[${vector.map((x) => (Number.isFinite(x) ? x : 0)).join(',')}]`;
}

export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
