import { describe, expect, it } from 'vitest';
import { edge, node, smallGraph } from '../../test/fixtures.ts';
import { mergeLayout } from './layout-merge.ts';

const centre = { x: 400, y: 260 };

describe('mergeLayout', () => {
  it('reuses the node objects of characters that stay, keeping their position and velocity', () => {
    const first = mergeLayout(null, smallGraph(), 'energy', centre);
    const a = first.byId.get('a')!;
    a.x = 123;
    a.y = 45;
    a.vx = 2;
    const next = mergeLayout(first, smallGraph(), 'energy', centre);
    expect(next.byId.get('a')).toBe(a);
    expect(next.byId.get('a')).toMatchObject({ x: 123, y: 45, vx: 2 });
  });

  it('names the change: first layout, nodes, links, or none', () => {
    const g = smallGraph();
    const first = mergeLayout(null, g, 'energy', centre);
    expect(first.change).toBe('first');
    expect(
      mergeLayout(first, { ...g, edges: g.edges.map((e) => ({ ...e, trust: 0.1 })) }, 'energy', centre).change,
    ).toBe('none');
    expect(mergeLayout(first, { ...g, edges: g.edges.slice(1) }, 'energy', centre).change).toBe('links');
    expect(mergeLayout(first, { ...g, nodes: [...g.nodes, node('d', 'Dara')] }, 'energy', centre).change).toBe('nodes');
  });

  it('drops edges to characters that are not in the graph', () => {
    const g = smallGraph();
    const merged = mergeLayout(null, { ...g, edges: [...g.edges, edge('a', 'ghost')] }, 'energy', centre);
    expect(merged.links.map((l) => l.key)).not.toContain('a→ghost');
    expect(merged.links).toHaveLength(3);
  });

  it('sizes nodes by energy or by degree', () => {
    const g = {
      nodes: [node('a', 'A', { energy: 0.1, degree: 5 }), node('b', 'B', { energy: 0.9, degree: 1 })],
      edges: [],
    };
    const byEnergy = mergeLayout(null, g, 'energy', centre);
    expect(byEnergy.byId.get('b')!.radius).toBeGreaterThan(byEnergy.byId.get('a')!.radius);
    const byDegree = mergeLayout(null, g, 'degree', centre);
    expect(byDegree.byId.get('a')!.radius).toBeGreaterThan(byDegree.byId.get('b')!.radius);
  });
});
