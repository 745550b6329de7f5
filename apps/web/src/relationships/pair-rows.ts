import type { RelationshipLabel } from '@ensemble/sdk';
import type { EcosystemGraphView, GraphEdgeView } from '@ensemble/widgets';

/** Two characters and how each sees the other (null where one has formed no view yet). */
export interface PairRow {
  /** "idA|idB" with the ids in sorted order. */
  key: string;
  aId: string;
  bId: string;
  aName: string;
  bName: string;
  aToB: GraphEdgeView | null;
  bToA: GraphEdgeView | null;
}

export type PairSortKey = 'names' | 'strength' | 'trust' | 'interactions' | 'asymmetry';
export type SortDirection = 'ascending' | 'descending';

export interface PairFilter {
  /** Part of either name, any case. */
  text: string;
  /** A label either side holds, or 'any'. */
  label: RelationshipLabel | 'any';
}

/** One row per pair of characters with a relationship in either direction, names in alphabetical order. */
export function pairRowsOf(graph: EcosystemGraphView): PairRow[] {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const rows = new Map<string, PairRow>();
  for (const edge of graph.edges) {
    const sourceName = names.get(edge.source);
    const targetName = names.get(edge.target);
    if (sourceName === undefined || targetName === undefined) continue;
    const sourceFirst = sourceName.localeCompare(targetName) <= 0;
    const [aId, bId] = sourceFirst ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = `${aId}|${bId}`;
    const row = rows.get(key) ?? {
      key,
      aId,
      bId,
      aName: names.get(aId) ?? '',
      bName: names.get(bId) ?? '',
      aToB: null,
      bToA: null,
    };
    if (edge.source === aId) row.aToB = edge;
    else row.bToA = edge;
    rows.set(key, row);
  }
  return [...rows.values()];
}

const mean = (a: number | undefined, b: number | undefined) => {
  const values = [a, b].filter((v): v is number => v !== undefined);
  return values.length === 0 ? 0 : values.reduce((x, y) => x + y, 0) / values.length;
};

/** The number a column sorts by (names sort as text). */
export function sortValue(row: PairRow, key: Exclude<PairSortKey, 'names'>): number {
  switch (key) {
    case 'strength':
      return mean(row.aToB?.strength, row.bToA?.strength);
    case 'trust':
      return mean(row.aToB?.trust, row.bToA?.trust);
    case 'interactions':
      return Math.max(row.aToB?.interactionCount ?? 0, row.bToA?.interactionCount ?? 0);
    case 'asymmetry':
      return Math.abs((row.aToB?.strength ?? 0) - (row.bToA?.strength ?? 0));
  }
}

/** The rows that pass the filter, sorted; ties keep alphabetical order. */
export function visiblePairs(
  rows: readonly PairRow[],
  filter: PairFilter,
  sort: { key: PairSortKey; direction: SortDirection },
): PairRow[] {
  const text = filter.text.trim().toLowerCase();
  const kept = rows.filter(
    (r) =>
      (text === '' || r.aName.toLowerCase().includes(text) || r.bName.toLowerCase().includes(text)) &&
      (filter.label === 'any' || r.aToB?.label === filter.label || r.bToA?.label === filter.label),
  );
  const byNames = (x: PairRow, y: PairRow) => x.aName.localeCompare(y.aName) || x.bName.localeCompare(y.bName);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const key = sort.key;
  return kept.sort((x, y) =>
    key === 'names' ? sign * byNames(x, y) : sign * (sortValue(x, key) - sortValue(y, key)) || byNames(x, y),
  );
}
