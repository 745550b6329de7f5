import { describe, expect, it } from 'vitest';
import type { EcosystemGraphView, GraphEdgeView } from '@ensemble/widgets';
import { pairRowsOf, visiblePairs } from './pair-rows.ts';

const node = (id: string, name: string) => ({
  id,
  name,
  mood: { pleasure: 0, arousal: 0, dominance: 0, label: 'slightly relaxed', octant: 'relaxed' as const },
  energy: 1,
  degree: 1,
  active: true,
});
const edge = (source: string, target: string, strength: number, trust: number, label: GraphEdgeView['label']) => ({
  source,
  target,
  strength,
  trust,
  interactionCount: 1,
  label,
});

const graph: EcosystemGraphView = {
  nodes: [node('m', 'Mara'), node('b', 'Bram'), node('c', 'Cole')],
  edges: [
    edge('m', 'b', -0.6, 0.1, 'enemy'),
    edge('b', 'm', 0.2, 0.5, 'acquaintance'),
    edge('c', 'm', 0.7, 0.8, 'close friend'),
  ],
};

describe('the relationships table', () => {
  it('puts both directions of a pair in one row, names in alphabetical order', () => {
    const rows = pairRowsOf(graph);
    expect(rows).toHaveLength(2);
    const bm = rows.find((r) => r.key === 'b|m');
    expect(bm).toMatchObject({ aName: 'Bram', bName: 'Mara' });
    expect(bm?.aToB?.label).toBe('acquaintance');
    expect(bm?.bToA?.label).toBe('enemy');
    const cm = rows.find((r) => r.key === 'c|m');
    expect(cm?.aToB?.strength).toBe(0.7);
    expect(cm?.bToA).toBeNull();
  });

  it('sorts by mean strength either way and filters by name and by a label either side holds', () => {
    const rows = pairRowsOf(graph);
    const weakest = visiblePairs(rows, { text: '', label: 'any' }, { key: 'strength', direction: 'ascending' });
    expect(weakest.map((r) => r.key)).toEqual(['b|m', 'c|m']);
    const strongest = visiblePairs(rows, { text: '', label: 'any' }, { key: 'strength', direction: 'descending' });
    expect(strongest.map((r) => r.key)).toEqual(['c|m', 'b|m']);
    expect(visiblePairs(rows, { text: 'col', label: 'any' }, { key: 'names', direction: 'ascending' })).toHaveLength(1);
    expect(
      visiblePairs(rows, { text: '', label: 'enemy' }, { key: 'names', direction: 'ascending' }).map((r) => r.key),
    ).toEqual(['b|m']);
  });
});
