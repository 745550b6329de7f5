import type { GraphEdgeView, GraphNodeView } from '../model/views.ts';
import { pairGeometry } from './edge-geometry.ts';
import type { LayoutLink } from './force-layout.ts';
import type { MergedLayout } from './layout-merge.ts';
import type { PairView } from './pairs.ts';
import type { Bounds } from './use-zoom.ts';

/* Small pure helpers of RelationshipGraph: geometry, text for assistive tech, framing. */

/** The two halves of a pair's line (the link's source is the pair's `a`). */
export function geometryOf(link: LayoutLink) {
  return pairGeometry(link.source, link.target, link.source.radius, link.target.radius);
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

/** Sets an attribute only when its value differs: an unchanged SVG attribute costs no style recalculation. */
function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Moves the drawn nodes and lines to the layout's positions, straight in the DOM (a layout tick renders
 * nothing in React). Runs for every line on every tick, so it finds a line's paths by class without
 * selector queries, and leaves alone what did not move.
 */
export function paintLayout(
  layout: MergedLayout,
  nodeEls: ReadonlyMap<string, SVGGElement>,
  edgeEls: ReadonlyMap<string, SVGGElement>,
): void {
  for (const node of layout.nodes) {
    const el = nodeEls.get(node.id);
    if (el !== undefined) setIfChanged(el, 'transform', translate(node));
  }
  for (const link of layout.links) {
    const el = edgeEls.get(link.key);
    if (el === undefined) continue;
    const g = geometryOf(link);
    for (const path of el.children) {
      const part = path.classList;
      if (part.contains('ens-edge-a')) setIfChanged(path, 'd', g.fromA);
      else if (part.contains('ens-edge-b')) setIfChanged(path, 'd', g.fromB);
      else if (part.contains('ens-edge-hit') || part.contains('ens-edge-halo'))
        setIfChanged(path, 'd', g.fromA + g.fromB);
    }
  }
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

export function neighboursOf(id: string | null | undefined, pairs: readonly PairView[]): Set<string> {
  const found = new Set<string>();
  if (id == null) return found;
  for (const p of pairs) {
    if (p.a === id) found.add(p.b);
    if (p.b === id) found.add(p.a);
  }
  return found;
}

export function nodeDescription(node: GraphNodeView): string {
  const state = node.active ? '' : ', inactive';
  return `${node.name}: ${node.mood.label}, energy ${Math.round(node.energy * 100)}%, ${node.degree} ties${state}`;
}

const signed = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`;

/** One direction in words: "Mara → Theo: friend (strength +0.62, trust 0.40)". */
export function directionText(edge: GraphEdgeView, views: ReadonlyMap<string, GraphNodeView>): string {
  const from = views.get(edge.source)?.name ?? edge.source;
  const to = views.get(edge.target)?.name ?? edge.target;
  return `${from} → ${to}: ${edge.label} (strength ${signed(edge.strength)}, trust ${edge.trust.toFixed(2)})`;
}

/** Both directions of a pair, one per line (the edge's tooltip and the detail line). */
export function pairTitle(pair: PairView, views: ReadonlyMap<string, GraphNodeView>): string[] {
  const name = (id: string) => views.get(id)?.name ?? id;
  return [
    pair.ab ? directionText(pair.ab, views) : `${name(pair.a)} → ${name(pair.b)}: no feeling yet`,
    pair.ba ? directionText(pair.ba, views) : `${name(pair.b)} → ${name(pair.a)}: no feeling yet`,
  ];
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
