import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';

/** A character in the running layout; the object is kept across data updates so it keeps its place. */
export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  x: number;
  y: number;
  radius: number;
  labelHalf: number;
}

/** A directed relationship in the layout. */
export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  key: string;
  source: LayoutNode;
  target: LayoutNode;
  strength: number;
}
