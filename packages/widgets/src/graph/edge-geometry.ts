/** A point in the graph's own coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** SVG path data for a pair's line, as two halves: the half at each end shows how that end sees the other. */
export interface PairGeometry {
  /** From a's rim to the middle. */
  fromA: string;
  /** From b's rim to the middle. */
  fromB: string;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The straight line between two circles' rims, split at the middle of the gap between them. */
export function pairGeometry(a: Point, b: Point, aRadius: number, bRadius: number): PairGeometry {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const start = { x: a.x + ux * aRadius, y: a.y + uy * aRadius };
  const end = { x: b.x - ux * bRadius, y: b.y - uy * bRadius };
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const seg = (p: Point, q: Point) => `M${round(p.x)},${round(p.y)}L${round(q.x)},${round(q.y)}`;
  return { fromA: seg(start, mid), fromB: seg(end, mid) };
}
