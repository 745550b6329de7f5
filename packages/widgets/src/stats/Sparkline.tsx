import { extent, line, scaleLinear } from 'd3';

export interface SparklineProps {
  /** Values oldest first. */
  values: readonly number[];
  width?: number;
  height?: number;
  /** Accessible description, e.g. "Events per minute over the last 15 minutes". */
  label: string;
}

/** Inner margin so the end dot and the stroke are not clipped, px. */
const PAD = 3;

/** A tiny trend line (d3 line over a linear scale) with a dot on the latest value. */
export function Sparkline({ values, width = 160, height = 40, label }: SparklineProps) {
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range([PAD, width - PAD]);
  const [, max = 0] = extent(values);
  const y = scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([height - PAD, PAD]);
  const path =
    line<number>()
      .x((_, i) => x(i))
      .y((v) => y(v))(values as number[]) ?? '';
  const last = values.at(-1);
  const summary = values.length === 0 ? 'no data' : `latest ${last}, peak ${max}`;
  return (
    <svg
      className="ens-sparkline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={`${label}: ${summary}`}
    >
      <line className="ens-sparkline-base" x1={PAD} x2={width - PAD} y1={height - PAD} y2={height - PAD} />
      {values.length > 0 && <path className="ens-sparkline-line" d={path} fill="none" />}
      {last !== undefined && <circle className="ens-sparkline-dot" cx={x(values.length - 1)} cy={y(last)} r={2.5} />}
    </svg>
  );
}
