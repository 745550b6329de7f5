/**
 * Choosing a relationship to chart by clicking characters in the graph: the first click picks who is
 * looking, the second whom they look at; a click after that starts a new pair.
 */
export interface PairSelection {
  fromId: string | null;
  toId: string | null;
}

export const NO_PAIR: PairSelection = { fromId: null, toId: null };

/** The selection after a click on a character (or on empty space, `null`). */
export function nextPair(current: PairSelection, clickedId: string | null): PairSelection {
  if (clickedId === null) return current.toId === null ? NO_PAIR : current;
  if (current.fromId === null || current.toId !== null) return { fromId: clickedId, toId: null };
  if (clickedId === current.fromId) return NO_PAIR;
  return { fromId: current.fromId, toId: clickedId };
}

/** The same pair seen from the other side. */
export function reversePair(pair: PairSelection): PairSelection {
  return pair.fromId !== null && pair.toId !== null ? { fromId: pair.toId, toId: pair.fromId } : pair;
}
