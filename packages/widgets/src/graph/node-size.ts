import type { GraphNodeView } from '../model/views.ts';

/** What a node's radius shows. */
export type NodeSizeBy = 'energy' | 'degree';

/** Radius range of a node, px: small enough for 30+ characters on a laptop screen, big enough to click. */
export const NODE_RADIUS = { min: 9, max: 20 } as const;

/** Generous width of one label character at the graph's 12px semibold font (no text measuring in layout). */
const LABEL_CHAR_WIDTH = 7.4;
/** Longer names are shortened on the canvas (the full name is in the tooltip and the accessible name). */
export const LABEL_MAX_CHARS = 18;

/** A node's radius by energy ([0,1]) or by degree relative to the best-connected character. */
export function nodeRadius(node: GraphNodeView, sizeBy: NodeSizeBy, maxDegree: number): number {
  const share =
    sizeBy === 'energy'
      ? Math.max(0, Math.min(1, node.energy))
      : maxDegree > 0
        ? Math.sqrt(node.degree / maxDegree)
        : 0;
  return NODE_RADIUS.min + (NODE_RADIUS.max - NODE_RADIUS.min) * share;
}

/** The label drawn under a node: the name, cut to LABEL_MAX_CHARS with an ellipsis. */
export function nodeLabel(name: string): string {
  return name.length > LABEL_MAX_CHARS ? `${name.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…` : name;
}

/** Half the drawn label's width, px, for the collision force. */
export function labelHalfWidth(label: string): number {
  return (label.length * LABEL_CHAR_WIDTH) / 2;
}
