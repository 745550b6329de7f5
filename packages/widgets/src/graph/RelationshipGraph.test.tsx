import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { edge, node, smallGraph } from '../../test/fixtures.ts';
import { RelationshipGraph } from './RelationshipGraph.tsx';

function positionOf(container: HTMLElement, id: string): { x: number; y: number } {
  const transform = container.querySelector(`[data-node-id="${id}"]`)?.getAttribute('transform') ?? '';
  const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(transform);
  if (!match) throw new Error(`no position for ${id}: "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

describe('RelationshipGraph', () => {
  it('draws one node per character and one line with an arrowhead per directed relationship', () => {
    const { container } = render(<RelationshipGraph graph={smallGraph()} ticks={50} />);
    expect(container.querySelectorAll('g.ens-node')).toHaveLength(3);
    expect(container.querySelectorAll('path.ens-edge-line')).toHaveLength(3);
    expect(container.querySelectorAll('path.ens-edge-arrow')).toHaveLength(3);
  });

  it('curves the two directions of a mutual pair and keeps a one-way edge straight', () => {
    const { container } = render(<RelationshipGraph graph={smallGraph()} ticks={50} />);
    const d = (key: string) =>
      container.querySelector(`[data-edge-key="${key}"] .ens-edge-line`)?.getAttribute('d') ?? '';
    expect(d('a→b')).toContain('Q');
    expect(d('b→a')).toContain('Q');
    expect(d('c→a')).not.toContain('Q');
  });

  it('colours a hostile edge red-ish and a warm edge green-ish, wider with more trust', () => {
    const graph = {
      nodes: [node('a', 'Mara'), node('b', 'Theo')],
      edges: [edge('a', 'b', { strength: -1, trust: 0 }), edge('b', 'a', { strength: 1, trust: 1 })],
    };
    const { container } = render(<RelationshipGraph graph={graph} ticks={10} />);
    const line = (key: string) => container.querySelector(`[data-edge-key="${key}"] .ens-edge-line`) as SVGPathElement;
    expect(line('a→b').getAttribute('stroke')).toBe('rgb(214, 69, 69)');
    expect(line('b→a').getAttribute('stroke')).toBe('rgb(47, 158, 91)');
    expect(Number(line('b→a').getAttribute('stroke-width'))).toBeGreaterThan(
      Number(line('a→b').getAttribute('stroke-width')),
    );
  });

  it('spreads the characters out instead of leaving them stacked', () => {
    const { container } = render(<RelationshipGraph graph={smallGraph()} ticks={120} />);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => positionOf(container, id));
    const gap = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
    expect(gap(a!, b!)).toBeGreaterThan(30);
    expect(gap(a!, c!)).toBeGreaterThan(30);
  });

  it('keeps every position when only relationship values change', () => {
    const graph = smallGraph();
    const { container, rerender } = render(<RelationshipGraph graph={graph} ticks={80} />);
    const before = ['a', 'b', 'c'].map((id) => positionOf(container, id));
    const updated = { ...graph, edges: graph.edges.map((e) => ({ ...e, strength: -0.2, trust: 0.9 })) };
    rerender(<RelationshipGraph graph={updated} ticks={80} />);
    expect(['a', 'b', 'c'].map((id) => positionOf(container, id))).toEqual(before);
  });

  it('places a newcomer near its neighbour and barely moves the others', () => {
    const graph = smallGraph();
    const { container, rerender } = render(<RelationshipGraph graph={graph} ticks={150} />);
    const before = positionOf(container, 'b');
    const grown = { nodes: [...graph.nodes, node('d', 'Newcomer')], edges: [...graph.edges, edge('d', 'b')] };
    rerender(<RelationshipGraph graph={grown} ticks={30} />);
    const after = positionOf(container, 'b');
    const d = positionOf(container, 'd');
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(25);
    expect(Math.hypot(d.x - after.x, d.y - after.y)).toBeLessThan(150);
  });

  it('selects a node on click and on Enter, with selected styling, and clears on the background', () => {
    const onSelect = vi.fn();
    const { container } = render(<RelationshipGraph graph={smallGraph()} ticks={20} onSelect={onSelect} />);
    const theo = screen.getByRole('button', { name: /^Theo:/ });
    fireEvent.click(theo);
    expect(onSelect).toHaveBeenLastCalledWith('b');
    expect(theo.getAttribute('class')).toContain('ens-node--selected');
    expect(theo.getAttribute('aria-pressed')).toBe('true');
    const ivo = screen.getByRole('button', { name: /^Ivo:/ });
    expect(ivo.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(ivo, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('c');
    fireEvent.click(container.querySelector('.ens-graph-background') as Element);
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(container.querySelector('.ens-node--selected')).toBeNull();
  });

  it('fills nodes by mood octant, or by community when asked', () => {
    const { container, rerender } = render(<RelationshipGraph graph={smallGraph()} ticks={5} />);
    const fill = (id: string) =>
      container.querySelector(`[data-node-id="${id}"] .ens-node-circle`)?.getAttribute('fill');
    expect(fill('a')).not.toBe(fill('c'));
    rerender(
      <RelationshipGraph graph={smallGraph()} ticks={5} colourBy="community" communities={{ a: 0, b: 0, c: 0 }} />,
    );
    expect(fill('a')).toBe(fill('c'));
  });

  it('shortens a very long name on the canvas but keeps it whole in the accessible name', () => {
    const long = 'Bartholomew Fitzwilliam-Ashcombe the Younger';
    render(<RelationshipGraph graph={{ nodes: [node('x', long)], edges: [] }} ticks={5} />);
    const el = screen.getByRole('button', { name: new RegExp(`^${long}:`) });
    const label = el.querySelector('.ens-node-label')?.textContent ?? '';
    expect(label.length).toBeLessThanOrEqual(18);
    expect(label.endsWith('…')).toBe(true);
  });

  it('frames the first layout so every character is inside the canvas', () => {
    const many = { nodes: Array.from({ length: 36 }, (_, i) => node(`n${i}`, `Character number ${i}`)), edges: [] };
    const { container } = render(<RelationshipGraph graph={many} width={400} height={300} ticks={150} />);
    const layer = container.querySelector('.ens-nodes')?.parentElement?.getAttribute('transform') ?? '';
    const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(layer);
    expect(m).not.toBeNull();
    const [tx, ty, k] = [Number(m![1]), Number(m![2]), Number(m![3])];
    for (let i = 0; i < 36; i += 1) {
      const p = positionOf(container, `n${i}`);
      const [x, y] = [tx + k * p.x, ty + k * p.y];
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(400);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(300);
    }
  });
});
