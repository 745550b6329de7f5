import type { EcosystemGraphView, GraphEdgeView, GraphNodeView, MoodOctant } from '../src/model/views.ts';

/** A graph node with sensible defaults. */
export function node(id: string, name: string, extra: Partial<GraphNodeView> = {}): GraphNodeView {
  const octant: MoodOctant = extra.mood?.octant ?? 'relaxed';
  return {
    id,
    name,
    energy: 0.8,
    degree: 1,
    active: true,
    mood: { pleasure: 0.3, arousal: -0.1, dominance: 0.2, label: `slightly ${octant}`, octant },
    ...extra,
  };
}

/** A directed edge with sensible defaults. */
export function edge(source: string, target: string, extra: Partial<GraphEdgeView> = {}): GraphEdgeView {
  return { source, target, strength: 0.4, trust: 0.5, interactionCount: 3, label: 'friend', ...extra };
}

/** Mara, Theo and Ivo: Mara and Theo like each other both ways, Ivo dislikes Mara. */
export function smallGraph(): EcosystemGraphView {
  return {
    nodes: [
      node('a', 'Mara'),
      node('b', 'Theo'),
      node('c', 'Ivo', {
        mood: { pleasure: -0.5, arousal: 0.4, dominance: 0.3, label: 'moderately hostile', octant: 'hostile' },
      }),
    ],
    edges: [edge('a', 'b'), edge('b', 'a', { strength: 0.6 }), edge('c', 'a', { strength: -0.5, label: 'rival' })],
  };
}

import type { EcosystemEvent } from '../src/model/views.ts';

/** An event envelope at `seq`, `secondsAgo` before NOW. */
export const NOW = Date.parse('2026-03-01T12:00:00.000Z');
export function ev(
  seq: number,
  type: EcosystemEvent['type'],
  data: Record<string, unknown>,
  secondsAgo = 0,
): EcosystemEvent {
  return {
    id: `e${seq}`,
    ecosystemId: 'eco',
    seq,
    type,
    timestamp: new Date(NOW - secondsAgo * 1000).toISOString(),
    data,
  };
}

/** A greeting from `from` to `to` with a trust change. */
export function greeting(seq: number, from: string, to: string, trustDelta = 0.02, secondsAgo = 0): EcosystemEvent {
  return ev(
    seq,
    'character_interaction',
    {
      participants: [from, to],
      interaction_type: 'greeting',
      content: 'Hello there!',
      response: 'Hi!',
      relationship_change: {
        strength_delta: 0.01,
        trust_delta: trustDelta,
        new_strength: 0.3,
        new_trust: 0.5,
        label: 'friend',
        reverse: { strength_delta: 0.01, trust_delta: 0.01, new_strength: 0.3, new_trust: 0.5, label: 'friend' },
      },
      emotional_states: {},
      interaction_id: `i${seq}`,
      scenario_id: null,
    },
    secondsAgo,
  );
}
