import { RELATIONSHIP_LABELS } from '@ensemble/core/vocabulary';
import { LiveRelationshipTimeline, strengthColour, useLiveGraph } from '@ensemble/widgets';
import { useMemo, useRef, useState } from 'react';
import { useEcosystemLive } from '../live/EcosystemLive.tsx';
import {
  pairRowsOf,
  visiblePairs,
  type PairFilter,
  type PairRow,
  type PairSortKey,
  type SortDirection,
} from '../relationships/pair-rows.ts';
import { useClient } from '../session/SessionProvider.tsx';

type Edge = PairRow['aToB'];

const COLUMNS: ReadonlyArray<{ key: PairSortKey; label: string; first: SortDirection }> = [
  { key: 'names', label: 'Pair', first: 'ascending' },
  { key: 'strength', label: 'Strength (both ways)', first: 'descending' },
  { key: 'trust', label: 'Trust (both ways)', first: 'descending' },
  { key: 'interactions', label: 'Exchanges', first: 'descending' },
  { key: 'asymmetry', label: 'One-sidedness', first: 'descending' },
];

/**
 * Every pair of characters who have a view of each other, as a table to sort and filter: how each sees the
 * other (label, strength, trust) and how often they have talked. Choosing a pair charts it over time.
 */
export function RelationshipsPage() {
  const client = useClient();
  const live = useEcosystemLive();
  const graph = useLiveGraph(client, live.ecosystemId);
  const [filter, setFilter] = useState<PairFilter>({ text: '', label: 'any' });
  const [sort, setSort] = useState<{ key: PairSortKey; direction: SortDirection }>({
    key: 'strength',
    direction: 'descending',
  });
  const [open, setOpen] = useState<{ fromId: string; toId: string; key: string } | null>(null);
  const timeline = useRef<HTMLElement | null>(null);
  const rows = useMemo(() => (graph.value === null ? null : pairRowsOf(graph.value)), [graph.value]);
  const shown = rows === null ? [] : visiblePairs(rows, filter, sort);

  const sortBy = (key: PairSortKey, first: SortDirection) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: first },
    );
  const openPair = (row: PairRow) => {
    setOpen({ fromId: row.aId, toId: row.bId, key: row.key });
    requestAnimationFrame(() => timeline.current?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
  };

  return (
    <main className="page relationships-page" id="main" tabIndex={-1}>
      <div className="page-head">
        <h1>Relationships</h1>
        <p className="muted">
          Every pair who have formed a view of each other. Each side has its own view: strength runs from hostile (−1)
          to warm (+1), trust from none (0) to full (1). Choose a pair to see how it changed.
        </p>
      </div>
      {(graph.error ?? live.error) && (
        <p className="form-error" role="alert">
          {graph.error ?? live.error}
        </p>
      )}
      <section className="card" aria-labelledby="pairs-title">
        <div className="pairs-head">
          <h2 id="pairs-title" className="card-title">
            {rows === null ? 'Pairs' : `Pairs (${shown.length} of ${rows.length})`}
          </h2>
          <div className="pairs-filters">
            <label className="field field--inline">
              <span>Name</span>
              <input
                type="search"
                value={filter.text}
                placeholder="e.g. Mara"
                onChange={(e) => setFilter((f) => ({ ...f, text: e.target.value }))}
              />
            </label>
            <label className="field field--inline">
              <span>Label</span>
              <select
                value={filter.label}
                onChange={(e) => setFilter((f) => ({ ...f, label: e.target.value as PairFilter['label'] }))}
              >
                <option value="any">any</option>
                {RELATIONSHIP_LABELS.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        {rows === null ? (
          <p className="muted" role="status">
            Loading relationships…
          </p>
        ) : rows.length === 0 ? (
          <p className="empty">Nobody has met yet. Relationships form as characters talk.</p>
        ) : (
          <div className="pairs-scroll" role="region" aria-label="Pairs table" tabIndex={0}>
            <table className="pairs-table" data-testid="pairs-table">
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th
                      key={c.key}
                      scope="col"
                      aria-sort={sort.key === c.key ? sort.direction : undefined}
                      className={c.key === 'names' ? undefined : 'num'}
                    >
                      <button type="button" className="sort-button" onClick={() => sortBy(c.key, c.first)}>
                        {c.label}
                        <span aria-hidden="true" className="sort-mark">
                          {sort.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.key} data-pair={row.key} aria-current={open?.key === row.key ? 'true' : undefined}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button pair-open"
                        onClick={() => openPair(row)}
                        title={`Chart ${row.aName} and ${row.bName} over time`}
                      >
                        {row.aName} &amp; {row.bName}
                      </button>
                      <span className="pair-labels muted">
                        <Side from={row.aName} edge={row.aToB} />
                        <Side from={row.bName} edge={row.bToA} />
                      </span>
                    </th>
                    <td className="num">
                      <Both a={row.aToB?.strength} b={row.bToA?.strength} signed />
                    </td>
                    <td className="num">
                      <Both a={row.aToB?.trust} b={row.bToA?.trust} />
                    </td>
                    <td className="num">
                      {Math.max(row.aToB?.interactionCount ?? 0, row.bToA?.interactionCount ?? 0)}
                    </td>
                    <td className="num">
                      {Math.abs((row.aToB?.strength ?? 0) - (row.bToA?.strength ?? 0)).toFixed(2)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="pair-timeline-title" ref={timeline}>
        <h2 id="pair-timeline-title" className="card-title">
          Over time
        </h2>
        {open === null ? (
          <p className="timeline-empty">Choose a pair in the table to chart how their views changed.</p>
        ) : (
          <LiveRelationshipTimeline
            key={open.key}
            client={client}
            ecosystemId={live.ecosystemId}
            fromId={open.fromId}
            toId={open.toId}
          />
        )}
      </section>
    </main>
  );
}

/** "Mara: enemy" with a dot in the strength's colour, or "Mara: no view yet". */
function Side({ from, edge }: { from: string; edge: Edge }) {
  if (edge === null) return <span>{from}: no view yet</span>;
  return (
    <span>
      <span className="label-dot" style={{ background: strengthColour(edge.strength) }} aria-hidden="true" />
      {from}: {edge.label}
    </span>
  );
}

/** Both directions' values, "+0.40 / −0.10" (a dash where a side has no view). */
function Both({ a, b, signed = false }: { a: number | undefined; b: number | undefined; signed?: boolean }) {
  const show = (v: number | undefined) =>
    v === undefined ? '–' : signed ? `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}` : v.toFixed(2);
  return (
    <>
      {show(a)} / {show(b)}
    </>
  );
}
