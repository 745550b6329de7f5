import { isEventOfType, type CharacterCreatedData, type RelationshipChangedData } from '@ensemble/sdk';
import type { EcosystemEvent, EcosystemGraphView, GraphEdgeView, GraphNodeView } from '../model/views.ts';
import { moodView } from '../theme/mood-view.ts';

/** A character as events carry it. */
type CharacterSnapshot = CharacterCreatedData['character'];

/**
 * Below this |strength| a relationship that never saw an interaction is not a tie: new relationships may
 * start with a small compatibility-based strength that says nothing about contact (the API's
 * CONNECTION_MIN_STRENGTH, apps/api/src/observatory/current-state.ts).
 */
export const TIE_MIN_STRENGTH = 0.1;

/**
 * The graph after one event: relationship changes move or add edges, character events add, change or
 * remove nodes (and their edges), and degrees follow. Events that change nothing drawn return the same
 * graph object, so the drawing does not re-render for them.
 */
export function applyEventToGraph(graph: EcosystemGraphView, event: EcosystemEvent): EcosystemGraphView {
  if (isEventOfType(event, 'relationship_changed')) return withRelationship(graph, event.data);
  if (isEventOfType(event, 'character_state_changed')) {
    const { character_id: id, mood, label, energy } = event.data;
    return withNode(graph, id, (node) => ({ ...node, mood: moodView(mood, label), energy }));
  }
  if (isEventOfType(event, 'character_created') || isEventOfType(event, 'character_updated')) {
    return withCharacter(graph, event.data.character);
  }
  if (isEventOfType(event, 'character_deleted')) return withoutCharacter(graph, event.data.character_id);
  return graph;
}

/** Whether an edge counts as a tie for degrees (the API's isConnection). */
export function isTie(edge: Pick<GraphEdgeView, 'strength' | 'interactionCount'>): boolean {
  return edge.interactionCount > 0 || Math.abs(edge.strength) > TIE_MIN_STRENGTH;
}

function withRelationship(graph: EcosystemGraphView, d: RelationshipChangedData): EcosystemGraphView {
  const ids = new Set(graph.nodes.map((n) => n.id));
  // An edge to a character the graph does not have cannot be drawn (the force layout needs both ends).
  if (!ids.has(d.from_id) || !ids.has(d.to_id)) return graph;
  const changed: GraphEdgeView = {
    source: d.from_id,
    target: d.to_id,
    strength: d.strength,
    trust: d.trust,
    interactionCount: d.interaction_count,
    label: d.label,
  };
  const index = graph.edges.findIndex((e) => e.source === d.from_id && e.target === d.to_id);
  const edges = index === -1 ? [...graph.edges, changed] : graph.edges.map((e, i) => (i === index ? changed : e));
  return { nodes: withDegrees(graph.nodes, edges), edges };
}

function withNode(
  graph: EcosystemGraphView,
  id: string,
  change: (node: GraphNodeView) => GraphNodeView,
): EcosystemGraphView {
  if (!graph.nodes.some((n) => n.id === id)) return graph;
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === id ? change(n) : n)) };
}

/** Adds a created character, or updates the one the graph has (name, mood, energy, active). */
function withCharacter(graph: EcosystemGraphView, c: CharacterSnapshot): EcosystemGraphView {
  const fields = { name: c.name, mood: moodView(c.mood), energy: c.energy, active: c.active };
  if (graph.nodes.some((n) => n.id === c.id)) return withNode(graph, c.id, (node) => ({ ...node, ...fields }));
  return { ...graph, nodes: [...graph.nodes, { id: c.id, degree: 0, ...fields }] };
}

function withoutCharacter(graph: EcosystemGraphView, id: string): EcosystemGraphView {
  if (!graph.nodes.some((n) => n.id === id)) return graph;
  const edges = graph.edges.filter((e) => e.source !== id && e.target !== id);
  return {
    nodes: withDegrees(
      graph.nodes.filter((n) => n.id !== id),
      edges,
    ),
    edges,
  };
}

/** Nodes with their degree (distinct characters tied either way) recounted; unchanged nodes stay the same objects. */
function withDegrees(nodes: readonly GraphNodeView[], edges: readonly GraphEdgeView[]): GraphNodeView[] {
  const neighbours = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = neighbours.get(a) ?? new Set<string>();
    set.add(b);
    neighbours.set(a, set);
  };
  for (const e of edges) {
    if (!isTie(e)) continue;
    add(e.source, e.target);
    add(e.target, e.source);
  }
  return nodes.map((n) => {
    const degree = neighbours.get(n.id)?.size ?? 0;
    return degree === n.degree ? n : { ...n, degree };
  });
}
