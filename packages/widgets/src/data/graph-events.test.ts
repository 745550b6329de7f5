import { describe, expect, it } from 'vitest';
import { ev, smallGraph } from '../../test/fixtures.ts';
import { applyEventToGraph } from './graph-events.ts';

const relationshipChanged = (seq: number, from: string, to: string, extra: Record<string, unknown> = {}) =>
  ev(seq, 'relationship_changed', {
    from_id: from,
    to_id: to,
    strength: 0.7,
    trust: 0.8,
    interaction_count: 4,
    label: 'close_friend',
    strength_delta: 0.1,
    trust_delta: 0.3,
    interaction_id: 'i1',
    ...extra,
  });
const character = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  description: '',
  personality: {},
  mood: { pleasure: 0.5, arousal: 0.5, dominance: 0.5 },
  emotion: null,
  energy: 0.4,
  active: true,
  created_at: '2026-03-01T12:00:00.000Z',
  ...extra,
});

describe('applyEventToGraph', () => {
  it('sets the strength, trust, count and label of the edge a relationship_changed event names', () => {
    const next = applyEventToGraph(smallGraph(), relationshipChanged(2, 'a', 'b'));
    expect(next.edges.find((e) => e.source === 'a' && e.target === 'b')).toEqual({
      source: 'a',
      target: 'b',
      strength: 0.7,
      trust: 0.8,
      interactionCount: 4,
      label: 'close_friend',
    });
    expect(next.edges).toHaveLength(3);
    expect(next.edges.find((e) => e.source === 'b' && e.target === 'a')?.strength).toBe(0.6);
  });

  it('adds a new edge and counts the new tie in both ends’ degrees', () => {
    const next = applyEventToGraph(smallGraph(), relationshipChanged(2, 'b', 'c'));
    expect(next.edges).toHaveLength(4);
    expect(next.nodes.find((n) => n.id === 'b')?.degree).toBe(2);
    expect(next.nodes.find((n) => n.id === 'c')?.degree).toBe(2);
  });

  it('does not count a weak tie without interactions as a connection', () => {
    const next = applyEventToGraph(
      smallGraph(),
      relationshipChanged(2, 'b', 'c', { strength: 0.05, interaction_count: 0 }),
    );
    expect(next.edges).toHaveLength(4);
    expect(next.nodes.find((n) => n.id === 'b')?.degree).toBe(1);
  });

  it('ignores a relationship to a character the graph does not have', () => {
    const graph = smallGraph();
    expect(applyEventToGraph(graph, relationshipChanged(2, 'a', 'zz'))).toBe(graph);
  });

  it('adds a node for a created character, with a labelled mood and no ties', () => {
    const next = applyEventToGraph(smallGraph(), ev(2, 'character_created', { character: character('d', 'Dara') }));
    const dara = next.nodes.find((n) => n.id === 'd');
    expect(next.nodes).toHaveLength(4);
    expect(dara).toMatchObject({
      name: 'Dara',
      energy: 0.4,
      degree: 0,
      active: true,
      mood: { octant: 'exuberant', label: 'fully exuberant' },
    });
  });

  it('renames and deactivates an updated character without touching its ties', () => {
    const next = applyEventToGraph(
      smallGraph(),
      ev(2, 'character_updated', {
        character: character('a', 'Marah', { active: false }),
        changed: ['name', 'active'],
      }),
    );
    expect(next.nodes.find((n) => n.id === 'a')).toMatchObject({ name: 'Marah', active: false, degree: 1 });
    expect(next.nodes).toHaveLength(3);
  });

  it('removes a deleted character with every edge touching it, and recounts degrees', () => {
    const next = applyEventToGraph(smallGraph(), ev(2, 'character_deleted', { character_id: 'a', name: 'Mara' }));
    expect(next.nodes.map((n) => n.id)).toEqual(['b', 'c']);
    expect(next.edges).toEqual([]);
    expect(next.nodes.every((n) => n.degree === 0)).toBe(true);
  });

  it('moves a character’s mood, label and energy on a state change', () => {
    const next = applyEventToGraph(
      smallGraph(),
      ev(2, 'character_state_changed', {
        character_id: 'b',
        mood: { pleasure: -0.4, arousal: 0.3, dominance: -0.2 },
        label: 'moderately anxious',
        emotion: 'fear',
        energy: 0.2,
        cause: 'interaction',
        interaction_id: 'i1',
      }),
    );
    expect(next.nodes.find((n) => n.id === 'b')).toMatchObject({
      energy: 0.2,
      mood: { pleasure: -0.4, label: 'moderately anxious', octant: 'anxious' },
    });
  });

  it('returns the same graph for events that change nothing drawn', () => {
    const graph = smallGraph();
    expect(applyEventToGraph(graph, ev(2, 'scenario_turn', { scenario_id: 's1', turn: 1 }))).toBe(graph);
  });
});
