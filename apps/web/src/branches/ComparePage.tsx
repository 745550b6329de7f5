import { moodLabel } from '@ensemble/core';
import type { EcosystemHandle } from '@ensemble/sdk';
import { useEffect, useState } from 'react';
import { hrefOf } from '../routes.ts';
import { errorText } from '../session/error-text.ts';
import { useClient, useSession } from '../session/SessionProvider.tsx';
import './branches.css';

type Comparison = Awaited<ReturnType<EcosystemHandle['compare']>>;

const fixed = (n: number) => n.toFixed(2);

/**
 * Two branches side by side (history.compare): relationships and moods, the largest differences first.
 * `ecosystemId` is A (usually the parent), `otherId` is B (the branch).
 */
export function ComparePage({ ecosystemId, otherId }: { ecosystemId: string; otherId: string }) {
  const client = useClient();
  const { reportError } = useSession();
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [names, setNames] = useState<{ a: string; b: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    Promise.all([
      client.ecosystem(ecosystemId).compare(otherId),
      client.ecosystems.get(ecosystemId),
      client.ecosystems.get(otherId),
    ]).then(
      ([compared, a, b]) => {
        if (!active) return;
        setComparison(compared);
        setNames({ a: a.name, b: b.name });
      },
      (caught: unknown) => {
        if (!active) return;
        reportError(caught);
        setError(errorText(caught));
      },
    );
    return () => {
      active = false;
    };
  }, [client, reportError, ecosystemId, otherId]);

  return (
    <main className="page" id="main" tabIndex={-1}>
      <div className="page-head">
        <h1>Compare branches</h1>
        {names && comparison && (
          <p className="muted">
            A: <a href={hrefOf({ page: 'observatory', ecosystemId })}>{names.a}</a> at seq {comparison.a.seq} · B:{' '}
            <a href={hrefOf({ page: 'observatory', ecosystemId: otherId })}>{names.b}</a> at seq {comparison.b.seq}.
            Largest differences first.
          </p>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!comparison && !error && (
        <p className="muted" role="status">
          Comparing…
        </p>
      )}
      {comparison && (
        <>
          <section className="card" aria-labelledby="compare-relationships">
            <h2 className="card-title" id="compare-relationships">
              Relationships
            </h2>
            <table className="compare-table" aria-label="Relationships compared">
              <thead>
                <tr>
                  <th scope="col">Who → whom</th>
                  <th scope="col">A: strength / trust</th>
                  <th scope="col">B: strength / trust</th>
                  <th scope="col">Difference</th>
                </tr>
              </thead>
              <tbody>
                {comparison.relationships.map((r) => (
                  <tr key={`${r.from}\u0000${r.to}`}>
                    <th scope="row">
                      {r.from} → {r.to}
                    </th>
                    <td>{r.a ? `${fixed(r.a.strength)} / ${fixed(r.a.trust)} (${r.a.label})` : '—'}</td>
                    <td>{r.b ? `${fixed(r.b.strength)} / ${fixed(r.b.trust)} (${r.b.label})` : '—'}</td>
                    <td data-testid="relationship-difference">{fixed(r.difference)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {comparison.relationships.length === 0 && <p className="empty">No relationships on either side yet.</p>}
          </section>
          <section className="card" aria-labelledby="compare-moods">
            <h2 className="card-title" id="compare-moods">
              Moods
            </h2>
            <table className="compare-table" aria-label="Moods compared">
              <thead>
                <tr>
                  <th scope="col">Character</th>
                  <th scope="col">A</th>
                  <th scope="col">B</th>
                  <th scope="col">Difference</th>
                </tr>
              </thead>
              <tbody>
                {comparison.characters.map((c) => (
                  <tr key={c.name}>
                    <th scope="row">{c.name}</th>
                    <td>{c.a ? `${moodLabel(c.a.mood).text}, energy ${fixed(c.a.energy)}` : '—'}</td>
                    <td>{c.b ? `${moodLabel(c.b.mood).text}, energy ${fixed(c.b.energy)}` : '—'}</td>
                    <td data-testid="mood-difference">{fixed(c.difference)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </main>
  );
}
