import type { Force } from 'd3';
import type { LayoutNode } from './layout-nodes.ts';

/** Height of a label line under a node, px (12px text plus its halo). */
export const LABEL_HEIGHT = 16;
/** Gap kept between two characters' boxes, px. */
const BOX_GAP = 6;
/** Above this many nodes the pairwise check is skipped; the circular collide force still applies. */
export const BOX_COLLIDE_MAX_NODES = 300;

/** The box a node takes: its circle and the label under it. */
export function boxOf(n: LayoutNode): { left: number; right: number; top: number; bottom: number } {
  const half = Math.max(n.radius, n.labelHalf);
  return { left: n.x - half, right: n.x + half, top: n.y - n.radius, bottom: n.y + n.radius + LABEL_HEIGHT + 4 };
}

/**
 * Keeps characters' boxes (circle + name) from overlapping, so names stay readable in a crowded graph:
 * overlapping pairs are pushed apart along the axis where they overlap least. A circle-only collide
 * force lets wide labels run into each other; this one knows labels are wide and short.
 */
export function boxCollide(strength = 0.5): Force<LayoutNode, undefined> {
  let nodes: LayoutNode[] = [];
  // Like d3's forceCollide, independent of alpha: overlaps are resolved even as the layout cools.
  const force = () => {
    if (nodes.length > BOX_COLLIDE_MAX_NODES) return;
    const push = strength;
    for (let i = 0; i < nodes.length; i += 1) {
      const a = nodes[i]!;
      const boxA = boxOf(a);
      for (let j = i + 1; j < nodes.length; j += 1) {
        const b = nodes[j]!;
        const boxB = boxOf(b);
        const overlapX = Math.min(boxA.right, boxB.right) - Math.max(boxA.left, boxB.left) + BOX_GAP;
        const overlapY = Math.min(boxA.bottom, boxB.bottom) - Math.max(boxA.top, boxB.top) + BOX_GAP;
        if (overlapX <= 0 || overlapY <= 0) continue;
        if (overlapX < overlapY) {
          const shift = (overlapX / 2) * push * (a.x < b.x || (a.x === b.x && i < j) ? -1 : 1);
          a.x += shift;
          b.x -= shift;
        } else {
          const shift = (overlapY / 2) * push * (a.y < b.y || (a.y === b.y && i < j) ? -1 : 1);
          a.y += shift;
          b.y -= shift;
        }
      }
    }
  };
  force.initialize = (next: LayoutNode[]) => {
    nodes = next;
  };
  return force;
}
