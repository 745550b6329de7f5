import { line, scaleLinear, scaleTime, timeFormat } from 'd3';
import { useId } from 'react';
import type { RelationshipPointView } from '../model/views.ts';

/** A character the pair pickers offer. */
export interface PairOption {
  id: string;
  name: string;
}

export interface RelationshipTimelineProps {
  /** How `from` saw `to` after each change, oldest first. */
  points: readonly RelationshipPointView[];
  fromName: string;
  toName: string;
  /** When given, two pickers let the reader choose the pair. */
  characters?: readonly PairOption[];
  fromId?: string | null;
  toId?: string | null;
  onPairChange?: (fromId: string | null, toId: string | null) => void;
  width?: number;
  height?: number;
}

const MARGIN = { top: 12, right: 16, bottom: 26, left: 36 };
const Y_TICKS = [-1, -0.5, 0, 0.5, 1];
/** Axis times, as fine as the span needs: seconds within minutes, the clock within a day, the date across days. */
const seconds = timeFormat('%H:%M:%S');
const clock = timeFormat('%H:%M');
const day = timeFormat('%b %d');
export function axisTimeFormat(spanMs: number): (t: Date) => string {
  if (spanMs > 86_400_000) return day;
  return spanMs > 30 * 60_000 ? clock : seconds;
}

/** Strength ([−1,1]) and trust ([0,1]) of one direction of a relationship over time, as two lines. */
export function RelationshipTimeline(props: RelationshipTimelineProps) {
  const { points, fromName, toName, width = 560, height = 220 } = props;
  const heading = useId();
  const sorted = [...points].sort((a, b) => a.at - b.at);
  const first = sorted[0]?.at ?? 0;
  const last = sorted.at(-1)?.at ?? 1;
  const x = scaleTime()
    .domain([new Date(first), new Date(last === first ? first + 60_000 : last)])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([-1, 1])
    .range([height - MARGIN.bottom, MARGIN.top]);
  const path = (value: (p: RelationshipPointView) => number) =>
    line<RelationshipPointView>()
      .x((p) => x(new Date(p.at)))
      .y((p) => y(value(p)))(sorted) ?? '';
  const latest = sorted.at(-1);
  const tickLabel = axisTimeFormat(x.domain()[1]!.getTime() - x.domain()[0]!.getTime());

  return (
    <section className="ens-widget ens-timeline" aria-labelledby={heading}>
      <header className="ens-widget-header">
        <h2 className="ens-widget-title" id={heading}>
          {fromName} → {toName}
        </h2>
        {props.characters && <PairPickers {...props} characters={props.characters} />}
      </header>
      {sorted.length === 0 ? (
        <p className="ens-empty">
          No changes yet between {fromName} and {toName}.
        </p>
      ) : (
        <>
          <svg
            className="ens-timeline-chart"
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={`${fromName}'s view of ${toName} over ${sorted.length} changes; now strength ${latest?.strength.toFixed(2)}, trust ${latest?.trust.toFixed(2)}`}
          >
            {Y_TICKS.map((t) => (
              <g key={t} className={`ens-axis-tick${t === 0 ? ' ens-axis-tick--zero' : ''}`}>
                <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(t)} y2={y(t)} />
                <text x={MARGIN.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
                  {t}
                </text>
              </g>
            ))}
            {x.ticks(4).map((t) => (
              <text key={t.getTime()} className="ens-axis-label" x={x(t)} y={height - 6} textAnchor="middle">
                {tickLabel(t)}
              </text>
            ))}
            <path className="ens-line ens-line--strength" d={path((p) => p.strength)} fill="none" />
            <path className="ens-line ens-line--trust" d={path((p) => p.trust)} fill="none" />
            {latest && (
              <>
                <circle
                  className="ens-line-dot ens-line-dot--strength"
                  cx={x(new Date(latest.at))}
                  cy={y(latest.strength)}
                  r={3.5}
                />
                <circle
                  className="ens-line-dot ens-line-dot--trust"
                  cx={x(new Date(latest.at))}
                  cy={y(latest.trust)}
                  r={3.5}
                />
              </>
            )}
          </svg>
          <ul className="ens-timeline-legend">
            <li>
              <span className="ens-key ens-key--strength" aria-hidden="true" />
              Liking (strength, −1 to 1)
            </li>
            <li>
              <span className="ens-key ens-key--trust" aria-hidden="true" />
              Trust (0 to 1)
            </li>
          </ul>
        </>
      )}
    </section>
  );
}

function PairPickers(props: RelationshipTimelineProps & { characters: readonly PairOption[] }) {
  const ids = { from: useId(), to: useId() };
  const change = (fromId: string | null, toId: string | null) => props.onPairChange?.(fromId, toId);
  return (
    <div className="ens-pair-pickers">
      <label className="ens-field ens-field--inline" htmlFor={ids.from}>
        <span>From</span>
        <select
          id={ids.from}
          className="ens-select"
          value={props.fromId ?? ''}
          onChange={(e) => change(e.target.value || null, props.toId ?? null)}
        >
          <option value="">Choose…</option>
          {props.characters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="ens-field ens-field--inline" htmlFor={ids.to}>
        <span>To</span>
        <select
          id={ids.to}
          className="ens-select"
          value={props.toId ?? ''}
          onChange={(e) => change(props.fromId ?? null, e.target.value || null)}
        >
          <option value="">Choose…</option>
          {props.characters
            .filter((c) => c.id !== props.fromId)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
      </label>
    </div>
  );
}
