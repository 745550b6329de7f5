import { TRAIT_WORDS } from '../characters/traits.ts';
import { describeDrift, TRAITS, type TraitPoint } from './trait-drift.ts';

/** Each sparkline spans at least this much of the 0–1 scale, so a tiny wobble does not look like a swing. */
const MIN_SPAN = 0.04;
const WIDTH = 120;
const HEIGHT = 24;

/**
 * Traits over time: one small line per Big Five trait through the character's drift, each scaled to its
 * own range (drift moves traits by hundredths), with the value now and the change since the first point.
 */
export function TraitDriftChart({ points }: { points: readonly TraitPoint[] }) {
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return null;
  const span = { from: first.at, to: Math.max(last.at, first.at + 1) };
  return (
    <figure className="trait-drift" data-testid="trait-drift">
      <ul className="trait-drift-rows" aria-label={`Traits over time: ${describeDrift(points)}`}>
        {TRAITS.map((trait) => {
          const values = points.map((p) => p.traits[trait]);
          const low = Math.min(...values);
          const high = Math.max(...values);
          const mid = (low + high) / 2;
          const half = Math.max(MIN_SPAN, high - low) / 2;
          const x = (at: number) => (points.length === 1 ? WIDTH : ((at - span.from) / (span.to - span.from)) * WIDTH);
          const y = (v: number) => HEIGHT - 2 - ((v - (mid - half)) / (2 * half)) * (HEIGHT - 4);
          const path = points.map(
            (p, i) => `${i === 0 ? 'M' : 'L'}${x(p.at).toFixed(1)},${y(p.traits[trait]).toFixed(1)}`,
          );
          const change = last.traits[trait] - first.traits[trait];
          return (
            <li key={trait} className="trait-drift-row">
              <span className="trait-drift-name">{TRAIT_WORDS[trait].name}</span>
              <svg
                className="trait-drift-line"
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                <path d={path.join(' ')} data-trait={trait} />
              </svg>
              <span className="trait-drift-value">
                {last.traits[trait].toFixed(2)}
                {Math.abs(change) >= 0.005 && (
                  <span className={`trait-drift-change trait-drift-change--${change > 0 ? 'up' : 'down'}`}>
                    {change > 0 ? ' +' : ' −'}
                    {Math.abs(change).toFixed(2)}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <figcaption className="muted">
        {points.length < 2
          ? 'No drift yet: traits move slowly with sustained experience.'
          : `${points.length - 1} change${points.length === 2 ? '' : 's'} since ${new Date(first.at).toLocaleString()}.`}
      </figcaption>
    </figure>
  );
}
