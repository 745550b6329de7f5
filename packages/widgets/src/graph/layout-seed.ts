import type { Point } from './edge-geometry.ts';

/** How far from its neighbours' centre a newcomer is placed, px. */
export const NEWCOMER_OFFSET = 36;
/** Spacing of the first layout's sunflower spiral, px. */
const SPIRAL_STEP = 28;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A stable angle in [0, 2π) from an id, so placements repeat from run to run (no Math.random). */
export function angleOf(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return ((hash >>> 0) / 2 ** 32) * 2 * Math.PI;
}

/**
 * Starting positions for nodes that have none. Known nodes keep theirs, so live updates do not make
 * the picture jump; a newcomer starts beside the centre of its already-placed neighbours; on the very
 * first layout (nothing known) nodes start on a sunflower spiral around the centre, which spreads them
 * evenly and lets the forces settle fast.
 */
export function seedPositions(
  ids: readonly string[],
  neighboursOf: (id: string) => readonly string[],
  known: ReadonlyMap<string, Point>,
  centre: Point,
): Map<string, Point> {
  const placed = new Map(known);
  const firstLayout = ids.every((id) => !known.has(id));
  ids.forEach((id, index) => {
    if (placed.has(id)) return;
    if (firstLayout) {
      const r = SPIRAL_STEP * Math.sqrt(index + 0.5);
      placed.set(id, {
        x: centre.x + r * Math.cos(index * GOLDEN_ANGLE),
        y: centre.y + r * Math.sin(index * GOLDEN_ANGLE),
      });
      return;
    }
    const anchors = neighboursOf(id)
      .map((n) => placed.get(n))
      .filter((p): p is Point => p !== undefined);
    const base = anchors.length > 0 ? { x: mean(anchors.map((p) => p.x)), y: mean(anchors.map((p) => p.y)) } : centre;
    const angle = angleOf(id);
    const offset = anchors.length > 0 ? NEWCOMER_OFFSET : NEWCOMER_OFFSET * 3;
    placed.set(id, { x: base.x + offset * Math.cos(angle), y: base.y + offset * Math.sin(angle) });
  });
  return new Map(ids.map((id) => [id, placed.get(id) ?? centre]));
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
