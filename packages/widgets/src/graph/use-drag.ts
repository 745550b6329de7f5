import { drag, select, type Simulation } from 'd3';
import { useEffect, type RefObject } from 'react';
import type { LayoutLink, LayoutNode } from './force-layout.ts';

/** How hot the layout runs while a node is dragged, so neighbours follow it. */
const DRAG_ALPHA_TARGET = 0.25;

/**
 * Lets the user drag nodes: the dragged node is pinned under the pointer while the layout runs, and
 * released where dropped. Re-bound whenever the set of nodes changes.
 */
export function useDrag(
  layer: RefObject<SVGGElement | null>,
  simulation: RefObject<Simulation<LayoutNode, LayoutLink> | null>,
  byId: ReadonlyMap<string, LayoutNode>,
): void {
  useEffect(() => {
    const layerEl = layer.current;
    if (layerEl === null) return undefined;
    const behaviour = drag<SVGGElement, LayoutNode>()
      .on('start', (event: { active: number; subject: LayoutNode }) => {
        if (!event.active) simulation.current?.alphaTarget(DRAG_ALPHA_TARGET).restart();
        event.subject.fx = event.subject.x;
        event.subject.fy = event.subject.y;
      })
      .on('drag', (event: { x: number; y: number; subject: LayoutNode }) => {
        event.subject.fx = event.x;
        event.subject.fy = event.y;
      })
      .on('end', (event: { active: number; subject: LayoutNode }) => {
        if (!event.active) simulation.current?.alphaTarget(0);
        event.subject.fx = null;
        event.subject.fy = null;
      });
    const nodes = select(layerEl).selectAll<SVGGElement, LayoutNode>('g.ens-node');
    nodes.each(function bind() {
      const node = byId.get(this.getAttribute('data-node-id') ?? '');
      if (node) select<SVGGElement, LayoutNode>(this).datum(node);
    });
    nodes.call(behaviour);
    return () => {
      nodes.on('.drag', null);
    };
  }, [layer, simulation, byId]);
}
