/** A point in the graph's own coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** How far a curved edge bows out, as a fraction of its length: enough to split A→B from B→A. */
export const CURVE_BEND = 0.16;
/** Gap between an arrow's tip and the target circle, px. */
const TIP_GAP = 2;

/** SVG path data for an edge's line and its arrowhead. */
export interface EdgeGeometry {
  line: string;
  arrow: string;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The line from `source`'s rim to `target`'s rim and a filled arrowhead at the target. Curved edges
 * bow to the right of their direction, so the two directions of a pair separate on their own.
 */
export function edgeGeometry(
  source: Point,
  target: Point,
  sourceRadius: number,
  targetRadius: number,
  curved: boolean,
  width: number,
): EdgeGeometry {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const bend = curved ? CURVE_BEND * length : 0;
  const control = {
    x: (source.x + target.x) / 2 - (dy / length) * bend,
    y: (source.y + target.y) / 2 + (dx / length) * bend,
  };
  const out = unit(source, control);
  const inward = unit(control, target);
  const start = { x: source.x + out.x * sourceRadius, y: source.y + out.y * sourceRadius };
  const tip = { x: target.x - inward.x * (targetRadius + TIP_GAP), y: target.y - inward.y * (targetRadius + TIP_GAP) };
  const arrowLength = 7 + width * 1.2;
  const base = { x: tip.x - inward.x * arrowLength, y: tip.y - inward.y * arrowLength };
  const half = arrowLength * 0.5;
  const left = { x: base.x - inward.y * half, y: base.y + inward.x * half };
  const right = { x: base.x + inward.y * half, y: base.y - inward.x * half };
  // The line stops inside the arrowhead so a wide stroke does not poke past the tip.
  const end = { x: tip.x - inward.x * arrowLength * 0.7, y: tip.y - inward.y * arrowLength * 0.7 };
  const line = curved
    ? `M${round(start.x)},${round(start.y)}Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`
    : `M${round(start.x)},${round(start.y)}L${round(end.x)},${round(end.y)}`;
  const arrow = `M${round(tip.x)},${round(tip.y)}L${round(left.x)},${round(left.y)}L${round(right.x)},${round(right.y)}Z`;
  return { line, arrow };
}

function unit(from: Point, to: Point): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: dx / length, y: dy / length };
}
