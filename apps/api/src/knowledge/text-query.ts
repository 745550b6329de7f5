/**
 * A search box's words as a PostgreSQL text query: each word is a term (stemmed and stop-word filtered by
 * the 'english' configuration), any of them may match (`|`), and ts_rank prefers passages matching more
 * and rarer ones. Only letters and digits pass, so no input can form tsquery syntax.
 */

/** Words beyond this many are ignored (a pasted paragraph still searches). */
export const MAX_QUERY_TERMS = 32;

/** The `to_tsquery('english', …)` text for `query`, or null when it holds no word. */
export function toAnyWordTsQuery(query: string): string | null {
  const words = [...new Set((query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_QUERY_TERMS * 2))];
  const terms = words.slice(0, MAX_QUERY_TERMS);
  return terms.length > 0 ? terms.join(' | ') : null;
}
