import { schemeTableau10 } from 'd3';
import type { GraphNodeView } from '../model/views.ts';
import { OCTANT_COLOURS } from '../theme/mood.ts';

/** What a node's fill colour shows. */
export type NodeColourBy = 'mood' | 'community';

/** Fill for a node: its mood octant's colour, or its community's when communities are given. */
export function nodeFill(
  node: GraphNodeView,
  colourBy: NodeColourBy,
  communities: Readonly<Record<string, number>> | null | undefined,
): string {
  const community = communities?.[node.id];
  if (colourBy === 'community' && community !== undefined) {
    return schemeTableau10[community % schemeTableau10.length] ?? OCTANT_COLOURS[node.mood.octant];
  }
  return OCTANT_COLOURS[node.mood.octant] ?? OCTANT_COLOURS.relaxed;
}
