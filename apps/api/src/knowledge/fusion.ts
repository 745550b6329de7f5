/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each list votes 1 / (k + rank) for the
 * items it holds; the fused order is by the sum of the votes. Scores of different kinds (ts_rank,
 * cosine distance) never need to be made comparable, only their orders.
 */

/** The usual constant: damps the weight of the very first ranks so one list cannot dominate. */
export const RRF_K = 60;

export interface Fused<T> {
  item: T;
  score: number;
  /** 1-based rank of the item in each input list, null where the list does not hold it. */
  ranks: (number | null)[];
}

/**
 * Fuses ranked lists (best first) of items identified by `key`; ties keep the first list's order.
 * `weight` scales an item's vote in a list (1 by default): weighted RRF.
 */
export function reciprocalRankFusion<T>(
  lists: readonly (readonly T[])[],
  key: (item: T) => string,
  k = RRF_K,
  weight: (item: T, list: number) => number = () => 1,
): Fused<T>[] {
  const byKey = new Map<string, Fused<T> & { first: number }>();
  let seen = 0;
  lists.forEach((list, listIndex) => {
    list.forEach((item, index) => {
      const id = key(item);
      let entry = byKey.get(id);
      if (!entry) {
        entry = { item, score: 0, ranks: lists.map(() => null), first: seen++ };
        byKey.set(id, entry);
      }
      if (entry.ranks[listIndex] !== null) return; // a list names an item once
      entry.ranks[listIndex] = index + 1;
      entry.score += weight(item, listIndex) / (k + index + 1);
    });
  });
  return [...byKey.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map(({ item, score, ranks }) => ({ item, score, ranks }));
}
