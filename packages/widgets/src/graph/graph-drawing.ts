import type { GraphEdgeView, GraphNodeView } from '../model/views.ts';
import { trustWidth } from '../theme/relationship.ts';
import { edgeGeometry } from './edge-geometry.ts';
import type { LayoutLink } from './force-layout.ts';
import { edgeKey, type MergedLayout } from './layout-merge.ts';
import type { Bounds } from './use-zoom.ts';

/* Small pure helpers of RelationshipGraph: geometry, text for assistive tech, framing. */

/** Line and arrowhead of an edge; curved when the reverse direction exists too. */
export function geometryOf(link: LayoutLink, view: GraphEdgeView, keys: ReadonlySet<string>) {
  const curved = keys.has(edgeKey(view.target, view.source));
  return edgeGeometry(link.source, link.target, link.source.radius, link.target.radius, curved, trustWidth(view.trust));
}

/** What the layout covers, circles and labels included, for framing it. */
export function boundsOf(layout: MergedLayout): Bounds {
  if (layout.nodes.length === 0) return { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  const LABEL_BELOW = 20;
  return {
    minX: Math.min(...layout.nodes.map((n) => n.x - Math.max(n.radius, n.labelHalf))),
    maxX: Math.max(...layout.nodes.map((n) => n.x + Math.max(n.radius, n.labelHalf))),
    minY: Math.min(...layout.nodes.map((n) => n.y - n.radius)),
    maxY: Math.max(...layout.nodes.map((n) => n.y + n.radius + LABEL_BELOW)),
  };
}

/** A ref callback keeping `elements` in step with what React mounted. */
export function register(elements: Map<string, SVGGElement>, key: string) {
  return (el: SVGGElement | null) => {
    if (el === null) elements.delete(key);
    else elements.set(key, el);
  };
}

export function translate(p: { x: number; y: number }): string {
  return `translate(${Math.round(p.x * 10) / 10},${Math.round(p.y * 10) / 10})`;
}

export function neighboursOf(id: string | null | undefined, edges: readonly GraphEdgeView[]): Set<string> {
  const found = new Set<string>();
  if (id == null) return found;
  for (const e of edges) {
    if (e.source === id) found.add(e.target);
    if (e.target === id) found.add(e.source);
  }
  return found;
}

export function nodeDescription(node: GraphNodeView): string {
  const state = node.active ? '' : ', inactive';
  return `${node.name}: ${node.mood.label}, energy ${Math.round(node.energy * 100)}%, ${node.degree} ties${state}`;
}

export function edgeTitle(edge: GraphEdgeView, views: ReadonlyMap<string, GraphNodeView>): string {
  const from = views.get(edge.source)?.name ?? edge.source;
  const to = views.get(edge.target)?.name ?? edge.target;
  return `${from} → ${to}: ${edge.label}, strength ${edge.strength.toFixed(2)}, trust ${edge.trust.toFixed(2)}`;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
