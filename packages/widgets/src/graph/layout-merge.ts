import type { EcosystemGraphView } from '../model/views.ts';
import type { Point } from './edge-geometry.ts';
import type { LayoutLink, LayoutNode } from './force-layout.ts';
import { seedPositions } from './layout-seed.ts';
import { labelHalfWidth, nodeLabel, nodeRadius, type NodeSizeBy } from './node-size.ts';

/** What changed in the graph's structure, which decides how much the layout is reheated. */
export type LayoutChange = 'first' | 'nodes' | 'links' | 'none';

/** The layout's nodes and links after a data update. */
export interface MergedLayout {
  nodes: LayoutNode[];
  links: LayoutLink[];
  byId: Map<string, LayoutNode>;
  change: LayoutChange;
}

/** Identity of a directed edge. */
export function edgeKey(source: string, target: string): string {
  return `${source}→${target}`;
}

/**
 * Carries the previous layout's node objects (with their positions and velocities) into the new data:
 * existing characters stay where they are, newcomers are seeded near their neighbours, departed ones
 * are dropped. Edges to unknown characters are ignored.
 */
export function mergeLayout(
  previous: MergedLayout | null,
  graph: EcosystemGraphView,
  sizeBy: NodeSizeBy,
  centre: Point,
): MergedLayout {
  const ids = graph.nodes.map((n) => n.id);
  const present = new Set(ids);
  const edges = graph.edges.filter((e) => present.has(e.source) && present.has(e.target) && e.source !== e.target);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const known = new Map<string, Point>();
  for (const [id, n] of previous?.byId ?? []) if (present.has(id)) known.set(id, { x: n.x, y: n.y });
  const seeded = seedPositions(ids, (id) => neighbours.get(id) ?? [], known, centre);
  const maxDegree = Math.max(0, ...graph.nodes.map((n) => n.degree));

  const byId = new Map<string, LayoutNode>();
  const nodes = graph.nodes.map((view) => {
    const kept = previous?.byId.get(view.id);
    const start = seeded.get(view.id) ?? centre;
    const node: LayoutNode = kept ?? { id: view.id, x: start.x, y: start.y, radius: 0, labelHalf: 0 };
    node.radius = nodeRadius(view, sizeBy, maxDegree);
    node.labelHalf = labelHalfWidth(nodeLabel(view.name));
    byId.set(view.id, node);
    return node;
  });
  const links = edges.map(
    (e): LayoutLink => ({
      key: edgeKey(e.source, e.target),
      source: byId.get(e.source) as LayoutNode,
      target: byId.get(e.target) as LayoutNode,
      strength: e.strength,
    }),
  );
  return { nodes, links, byId, change: changeBetween(previous, nodes, links) };
}

function changeBetween(previous: MergedLayout | null, nodes: LayoutNode[], links: LayoutLink[]): LayoutChange {
  if (previous === null || previous.nodes.length === 0) return nodes.length === 0 ? 'none' : 'first';
  const sameNodes = nodes.length === previous.nodes.length && nodes.every((n) => previous.byId.has(n.id));
  if (!sameNodes) return 'nodes';
  const before = new Set(previous.links.map((l) => l.key));
  const sameLinks = links.length === before.size && links.every((l) => before.has(l.key));
  return sameLinks ? 'none' : 'links';
}
