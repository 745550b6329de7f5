import { moodLabel, type Id, type MoodOctant, type RelationshipLabel } from '@ensemble/core';
import type { AppServices } from '../services.ts';
import { currentCharacters, currentRelationships, degrees } from './current-state.ts';

export interface GraphNode {
  id: Id;
  name: string;
  mood: { pleasure: number; arousal: number; dominance: number; label: string; octant: MoodOctant };
  energy: number;
  /** Distinct characters tied to this one (see graph/rules.ts isTie). */
  degree: number;
  active: boolean;
}

/** A directed edge: how `source` sees `target`. */
export interface GraphEdge {
  source: Id;
  target: Id;
  strength: number;
  trust: number;
  interactionCount: number;
  label: RelationshipLabel;
}

export interface EcosystemGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The relationship graph of an ecosystem as it stands now, ready for a force layout. */
export async function buildGraph(services: AppServices, ecosystemId: Id): Promise<EcosystemGraph> {
  const [characters, relationships] = await Promise.all([
    currentCharacters(services, ecosystemId),
    currentRelationships(services, ecosystemId),
  ]);
  const present = new Set(characters.map((c) => c.id));
  const live = relationships.filter((r) => present.has(r.fromId) && present.has(r.toId));
  const degree = degrees(live);
  return {
    nodes: characters.map((c) => {
      const label = moodLabel(c.mood);
      return {
        id: c.id,
        name: c.name,
        mood: { ...c.mood, label: label.text, octant: label.octant },
        energy: c.energy,
        degree: degree.get(c.id) ?? 0,
        active: c.active,
      };
    }),
    edges: live.map((r) => ({
      source: r.fromId,
      target: r.toId,
      strength: r.strength,
      trust: r.trust,
      interactionCount: r.interactionCount,
      label: r.label,
    })),
  };
}
