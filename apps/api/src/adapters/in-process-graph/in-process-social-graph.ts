import type {
  GraphCharacter,
  GraphNeighbour,
  Id,
  NeighbourFilter,
  Relationship,
  RelationshipLabel,
  SocialGraph,
} from '@ensemble/core';
import { DirectedGraph } from 'graphology';
import {
  compareByDegree,
  compareIds,
  compareNeighbours,
  FRIEND_MIN_STRENGTH,
  isPathStrength,
  isTie,
  storedNumber,
} from '../../graph/rules.ts';
import { lexicographicShortestPath } from './path-search.ts';

type NodeAttributes = Omit<GraphCharacter, 'id'>;

interface EdgeAttributes {
  strength: number;
  trust: number;
  interactionCount: number;
  label: RelationshipLabel;
  lastInteractionAt: number | null;
}

/**
 * The social graph in this process's memory, over graphology: the default when NEO4J_URL is unset.
 * Each API node then keeps its own copy, fed by the event stream and rebuilt from the store at start.
 */
export class InProcessSocialGraph implements SocialGraph {
  private readonly graph = new DirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  /** Character ids per ecosystem, so per-ecosystem queries don't scan every node. */
  private readonly byEcosystem = new Map<Id, Set<Id>>();

  async upsertCharacter(node: GraphCharacter): Promise<void> {
    const previous = this.graph.hasNode(node.id) ? this.graph.getNodeAttributes(node.id).ecosystemId : null;
    if (previous !== null && previous !== node.ecosystemId) this.byEcosystem.get(previous)?.delete(node.id);
    this.graph.mergeNode(node.id, { ecosystemId: node.ecosystemId, name: node.name, active: node.active });
    this.membersOf(node.ecosystemId).add(node.id);
  }

  async removeCharacter(id: Id): Promise<void> {
    if (!this.graph.hasNode(id)) return;
    this.byEcosystem.get(this.graph.getNodeAttributes(id).ecosystemId)?.delete(id);
    this.graph.dropNode(id);
  }

  async upsertRelationship(r: Relationship): Promise<void> {
    if (r.fromId === r.toId) return;
    this.ensurePlaceholder(r.fromId, r.ecosystemId);
    this.ensurePlaceholder(r.toId, r.ecosystemId);
    const attributes: EdgeAttributes = {
      strength: storedNumber(r.strength),
      trust: storedNumber(r.trust),
      interactionCount: r.interactionCount,
      label: r.label,
      lastInteractionAt: r.lastInteractionAt,
    };
    if (this.graph.hasEdge(r.fromId, r.toId)) this.graph.replaceEdgeAttributes(r.fromId, r.toId, attributes);
    else this.graph.addEdge(r.fromId, r.toId, attributes);
  }

  async neighbours(characterId: Id, filter: NeighbourFilter = {}): Promise<GraphNeighbour[]> {
    if (!this.graph.hasNode(characterId)) return [];
    const direction = filter.direction ?? 'both';
    const found: GraphNeighbour[] = [];
    const consider = (other: Id, edge: EdgeAttributes, dir: 'out' | 'in') => {
      if (!matchesFilter(edge, filter)) return;
      found.push({
        id: other,
        name: this.graph.getNodeAttributes(other).name,
        direction: dir,
        strength: edge.strength,
        trust: edge.trust,
        interactionCount: edge.interactionCount,
        label: edge.label,
      });
    };
    if (direction !== 'in') {
      this.graph.forEachOutEdge(characterId, (_e, attrs, _source, target) => consider(target, attrs, 'out'));
    }
    if (direction !== 'out') {
      this.graph.forEachInEdge(characterId, (_e, attrs, source) => consider(source, attrs, 'in'));
    }
    found.sort(compareNeighbours);
    return filter.limit === undefined ? found : found.slice(0, Math.max(0, Math.floor(filter.limit)));
  }

  async shortestPath(fromId: Id, toId: Id, options: { minStrength?: number } = {}): Promise<Id[] | null> {
    if (!this.graph.hasNode(fromId) || !this.graph.hasNode(toId)) return null;
    return lexicographicShortestPath(fromId, toId, (id) => this.walkableNeighbours(id, options.minStrength));
  }

  async mutualFriends(aId: Id, bId: Id, options: { minStrength?: number } = {}): Promise<Id[]> {
    const min = options.minStrength ?? FRIEND_MIN_STRENGTH;
    const ofB = new Set(this.friendsOf(bId, min));
    return this.friendsOf(aId, min)
      .filter((id) => ofB.has(id) && id !== aId && id !== bId)
      .sort(compareIds);
  }

  async mostConnected(ecosystemId: Id, limit: number): Promise<{ id: Id; degree: number }[]> {
    const ranked = [...(this.byEcosystem.get(ecosystemId) ?? [])].map((id) => ({ id, degree: this.degreeOf(id) }));
    return ranked.sort(compareByDegree).slice(0, Math.max(0, Math.floor(limit)));
  }

  async clearEcosystem(ecosystemId: Id): Promise<void> {
    for (const id of this.byEcosystem.get(ecosystemId) ?? []) this.graph.dropNode(id);
    this.byEcosystem.delete(ecosystemId);
  }

  async close(): Promise<void> {
    this.graph.clear();
    this.byEcosystem.clear();
  }

  private membersOf(ecosystemId: Id): Set<Id> {
    let members = this.byEcosystem.get(ecosystemId);
    if (members === undefined) {
      members = new Set();
      this.byEcosystem.set(ecosystemId, members);
    }
    return members;
  }

  private ensurePlaceholder(id: Id, ecosystemId: Id): void {
    if (this.graph.hasNode(id)) return;
    this.graph.addNode(id, { ecosystemId, name: '', active: true });
    this.membersOf(ecosystemId).add(id);
  }

  /** Characters one hop away over a relationship, in either direction, strong enough to walk. */
  private walkableNeighbours(id: Id, minStrength: number | undefined): Id[] {
    const next = new Set<Id>();
    this.graph.forEachOutEdge(id, (_e, attrs, _s, target) => {
      if (isPathStrength(attrs.strength, minStrength)) next.add(target);
    });
    this.graph.forEachInEdge(id, (_e, attrs, source) => {
      if (isPathStrength(attrs.strength, minStrength)) next.add(source);
    });
    return [...next];
  }

  private friendsOf(id: Id, minStrength: number): Id[] {
    if (!this.graph.hasNode(id)) return [];
    const friends: Id[] = [];
    this.graph.forEachOutEdge(id, (_e, attrs, _s, other) => {
      if (attrs.strength < minStrength || !this.graph.hasEdge(other, id)) return;
      if (this.graph.getEdgeAttribute(other, id, 'strength') >= minStrength) friends.push(other);
    });
    return friends;
  }

  private degreeOf(id: Id): number {
    const linked = new Set<Id>();
    this.graph.forEachOutEdge(id, (_e, attrs, _s, target) => {
      if (isTie(attrs)) linked.add(target);
    });
    this.graph.forEachInEdge(id, (_e, attrs, source) => {
      if (isTie(attrs)) linked.add(source);
    });
    return linked.size;
  }
}

function matchesFilter(edge: EdgeAttributes, filter: NeighbourFilter): boolean {
  if (filter.minStrength !== undefined && edge.strength < filter.minStrength) return false;
  if (filter.maxStrength !== undefined && edge.strength > filter.maxStrength) return false;
  if (filter.minTrust !== undefined && edge.trust < filter.minTrust) return false;
  if (filter.labels !== undefined && !filter.labels.includes(edge.label)) return false;
  return true;
}
