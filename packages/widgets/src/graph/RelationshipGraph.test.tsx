import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
  it('draws one node per character and one line per pair, each half showing one direction', () => {
    const { container } = render(<RelationshipGraph graph={smallGraph()} ticks={50} />);
    expect(container.querySelectorAll('g.ens-node')).toHaveLength(3);
    // Mara↔Theo (both ways) and Ivo→Mara (one way): two lines, not three arrows.
    expect(container.querySelectorAll('g.ens-edge')).toHaveLength(2);
    const title = container.querySelector('[data-edge-key="a→b"] title')?.textContent ?? '';
    expect(title).toContain('Mara → Theo: friend (strength +0.40');
    expect(title).toContain('Theo → Mara: friend (strength +0.60');
    const oneWay = container.querySelector('[data-edge-key="a→c"]');
    expect(oneWay?.querySelector('title')?.textContent).toContain('Ivo → Mara: rival (strength −0.50');
    expect(oneWay?.querySelector('.ens-edge-a')?.getAttribute('class')).toContain('ens-edge-line--none');
  });

  it('counts relationships as pairs, the way the stats card does', () => {
    const { container } = render(<RelationshipGraph graph={smallGraph()} ticks={5} />);
    expect(container.querySelector('.ens-graph-summary')?.textContent).toBe('3 characters, 2 relationships');
    expect(container.querySelector('figure')?.getAttribute('data-relationships')).toBe('2');
  });

  it('reads both directions of a pair when its line is hovered', () => {
    const { container } = render(<RelationshipGraph graph={smallGraph()} ticks={5} />);
    fireEvent.mouseEnter(container.querySelector('[data-edge-key="a→b"]') as Element);
    const detail = container.querySelector('.ens-graph-detail')?.textContent ?? '';
    expect(detail).toContain('Mara → Theo');
    expect(detail).toContain('Theo → Mara');
  });

  it('colours hostile red and warm blue on a diverging scale, thicker with stronger feeling, fainter with less trust', () => {
    const graph = {
      nodes: [node('a', 'Mara'), node('b', 'Theo')],
      edges: [edge('a', 'b', { strength: -1, trust: 0 }), edge('b', 'a', { strength: 1, trust: 1 })],
    };
    const { container } = render(<RelationshipGraph graph={graph} ticks={10} />);
    const half = (cls: string) => container.querySelector(`[data-edge-key="a→b"] .${cls}`) as SVGPathElement;
    expect(half('ens-edge-a').getAttribute('stroke')).toBe('rgb(209, 54, 47)');
    expect(half('ens-edge-b').getAttribute('stroke')).toBe('rgb(31, 111, 209)');
    expect(Number(half('ens-edge-a').getAttribute('stroke-opacity'))).toBeLessThan(
      Number(half('ens-edge-b').getAttribute('stroke-opacity')),
    );
    const weakGraph = { ...graph, edges: [edge('a', 'b', { strength: 0.3 }), edge('b', 'a', { strength: 0.9 })] };
    const { container: other } = render(<RelationshipGraph graph={weakGraph} ticks={10} />);
    const width = (cls: string) => Number(other.querySelector(`.${cls}`)?.getAttribute('stroke-width'));
    expect(width('ens-edge-b')).toBeGreaterThan(width('ens-edge-a'));
    expect(container.querySelector('.ens-legend')?.textContent).toContain('hostile');
    expect(container.querySelector('.ens-legend')?.textContent).toContain('warm');
  });

  it('in a crowded graph, hides weak ties until the reader asks for them', () => {
    const graph = {
      nodes: [node('a', 'Mara'), node('b', 'Theo'), node('c', 'Ivo')],
      edges: [
        edge('a', 'b', { strength: 0.6 }),
        edge('b', 'c', { strength: 0.1, interactionCount: 1 }),
        edge('a', 'c', { strength: 0.5 }),
        edge('c', 'a', { strength: 0.5 }),
      ],
    };
    const sparse = render(<RelationshipGraph graph={{ ...graph, edges: graph.edges.slice(0, 2) }} ticks={5} />);
    // Two ties among three characters is no crowd: everything is drawn.
    expect(sparse.container.querySelectorAll('g.ens-edge')).toHaveLength(2);
    sparse.unmount();
    // Five characters, every pair tied (10 > 1.5 per character): a crowd. Two of the ties are weak.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const crowd = {
      nodes: ids.map((id) => node(id, `Person ${id}`)),
      edges: ids.flatMap((x, i) =>
        ids.slice(i + 1).map((y) => edge(x, y, { strength: (x === 'a' && y !== 'b') || x === 'd' ? 0.1 : 0.5 })),
      ),
    };
    crowd.edges = crowd.edges.map((e) => (e.source === 'a' && e.target === 'c' ? { ...e, strength: 0.5 } : e));
    crowd.edges = crowd.edges.map((e) => (e.source === 'a' && e.target === 'e' ? { ...e, strength: 0.5 } : e));
    const { container } = render(<RelationshipGraph graph={crowd} ticks={5} />);
    expect(container.querySelectorAll('g.ens-edge')).toHaveLength(8);
    expect(container.querySelector('.ens-graph-summary')?.textContent).toBe(
      '5 characters, 10 relationships (2 weak not drawn)',
    );
    const toggle = screen.getByRole('button', { name: 'Weak ties (2)' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(container.querySelectorAll('g.ens-edge')).toHaveLength(10);
    expect(container.querySelector('[data-edge-key="a→d"]')?.getAttribute('class')).toContain('ens-edge--weak');
  });

  it('keeps the weak-tie default it started with when a live tie makes the graph crowded', () => {
    // Five characters, seven ties (7 ≤ 1.5 × 5), two of them weak: no crowd, every line drawn.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const nodes = ids.map((id) => node(id, `Person ${id}`));
    const pairs = ids.flatMap((x, i) => ids.slice(i + 1).map((y) => [x, y] as const));
    const ties = (n: number) =>
      pairs
        .slice(0, n)
        .map(([x, y], i) => edge(x, y, i < 2 ? { strength: 0.1, interactionCount: 1 } : { strength: 0.5 }));
    const { container, rerender } = render(<RelationshipGraph graph={{ nodes, edges: ties(7) }} ticks={5} />);
    expect(container.querySelectorAll('g.ens-edge')).toHaveLength(7);
    // An eighth tie arrives live (8 > 7.5): crowded now, yet the weak lines the reader was looking at stay.
    rerender(<RelationshipGraph graph={{ nodes, edges: ties(8) }} ticks={5} />);
    expect(container.querySelectorAll('g.ens-edge')).toHaveLength(8);
    expect(container.querySelector('[data-edge-key="a→b"]')?.getAttribute('class')).toContain('ens-edge--weak');
    expect(screen.getByRole('button', { name: 'Weak ties (2)' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('pulses a line whose feelings changed, and makes the speaker glow', () => {
    vi.useFakeTimers();
    try {
      const graph = smallGraph();
      const { container, rerender } = render(<RelationshipGraph graph={graph} ticks={5} />);
      expect(container.querySelector('.ens-edge--pulse')).toBeNull();
      const changed = {
        ...graph,
        edges: graph.edges.map((e) => (e.source === 'b' ? { ...e, strength: 0.7, interactionCount: 4 } : e)),
      };
      rerender(<RelationshipGraph graph={changed} ticks={5} speakerId="b" />);
      const pulsing = [...container.querySelectorAll('.ens-edge--pulse')].map((e) => e.getAttribute('data-edge-key'));
      expect(pulsing).toEqual(['a→b']);
      expect(container.querySelector('[data-edge-key="a→b"] .ens-edge-halo')).not.toBeNull();
      expect(container.querySelector('[data-node-id="b"]')?.getAttribute('class')).toContain('ens-node--speaking');
      act(() => {
        vi.advanceTimersByTime(2000);
      });
      expect(container.querySelector('.ens-edge--pulse')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a line pulsing while it keeps changing, and ends pulses that end close together in one redraw', () => {
    vi.useFakeTimers();
    try {
      const graph = smallGraph();
      const { container, rerender } = render(<RelationshipGraph graph={graph} ticks={5} />);
      const pulsing = () =>
        [...container.querySelectorAll('.ens-edge--pulse')].map((e) => e.getAttribute('data-edge-key')).sort();
      const withStrength = (g: typeof graph, source: string, strength: number) => ({
        ...g,
        edges: g.edges.map((e) => (e.source === source ? { ...e, strength } : e)),
      });
      let current = withStrength(graph, 'a', 0.1);
      rerender(<RelationshipGraph graph={current} ticks={5} />);
      expect(pulsing()).toEqual(['a→b']);
      act(() => void vi.advanceTimersByTime(1000));
      current = withStrength(current, 'c', 0.2);
      rerender(<RelationshipGraph graph={current} ticks={5} />);
      act(() => void vi.advanceTimersByTime(200));
      current = withStrength(current, 'a', 0.3);
      rerender(<RelationshipGraph graph={current} ticks={5} />);
      // t = 1.9 s: the first pulse of a→b is over, but a→b changed again at 1.2 s.
      act(() => void vi.advanceTimersByTime(700));
      expect(pulsing()).toEqual(['a→b', 'a→c']);
      // a→c's pulse ends at 2.6 s and a→b's at 2.8 s: both are cleared together, 2.9 s.
      act(() => void vi.advanceTimersByTime(998));
      expect(pulsing()).toEqual(['a→b', 'a→c']);
      act(() => void vi.advanceTimersByTime(2));
      expect(pulsing()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
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
    const updated = { ...graph, edges: graph.edges.map((e) => ({ ...e, strength: -0.5, trust: 0.9 })) };
    rerender(<RelationshipGraph graph={updated} ticks={80} />);
    expect(['a', 'b', 'c'].map((id) => positionOf(container, id))).toEqual(before);
  });

  it('keeps every position when a live change hides a tie that became weak', () => {
    // Five characters, every pair tied: a crowd, where weak ties are hidden.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const crowd = {
      nodes: ids.map((id) => node(id, `Person ${id}`)),
      edges: ids.flatMap((x, i) => ids.slice(i + 1).map((y) => edge(x, y, { strength: 0.5 }))),
    };
    const { container, rerender } = render(<RelationshipGraph graph={crowd} ticks={80} />);
    const before = ids.map((id) => positionOf(container, id));
    expect(container.querySelector('[data-edge-key="a→b"]')).not.toBeNull();
    const faded = {
      ...crowd,
      edges: crowd.edges.map((e) => (e.source === 'a' && e.target === 'b' ? { ...e, strength: 0.05 } : e)),
    };
    rerender(<RelationshipGraph graph={faded} ticks={80} />);
    expect(container.querySelector('[data-edge-key="a→b"]')).toBeNull();
    expect(ids.map((id) => positionOf(container, id))).toEqual(before);
  });

  it('moves a line and its hover area with its characters when the layout runs', () => {
    const graph = smallGraph();
    const { container, rerender } = render(<RelationshipGraph graph={graph} ticks={150} />);
    const path = (cls: string) => container.querySelector(`[data-edge-key="a→b"] .${cls}`)?.getAttribute('d') ?? '';
    const drawnFirst = path('ens-edge-a');
    const grown = { nodes: [...graph.nodes, node('d', 'Newcomer')], edges: [...graph.edges, edge('d', 'b')] };
    rerender(<RelationshipGraph graph={grown} ticks={30} />);
    expect(path('ens-edge-a')).not.toBe(drawnFirst);
    expect(path('ens-edge-hit')).toBe(`${path('ens-edge-a')}${path('ens-edge-b')}`);
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

  it('in a large graph, settles a newcomer in the background and draws the new layout once', async () => {
    // 25 characters, every pair tied: 300 lines, a graph too large to animate.
    const ids = Array.from({ length: 25 }, (_, i) => `n${i}`);
    const large = {
      nodes: ids.map((id) => node(id, id)),
      edges: ids.flatMap((x, i) => ids.slice(i + 1).map((y) => edge(x, y, { strength: 0.5 }))),
    };
    const { container, rerender } = render(<RelationshipGraph graph={large} />);
    expect(container.querySelector('figure')?.getAttribute('class')).toContain('ens-graph--still');
    const before = ids.map((id) => positionOf(container, id));
    const moves: number[] = [];
    const observer = new MutationObserver((records) => moves.push(records.length));
    observer.observe(container.querySelector('[data-node-id="n1"]') as Element, { attributeFilter: ['transform'] });
    const grown = { nodes: [...large.nodes, node('z', 'Newcomer')], edges: [...large.edges, edge('z', 'n0')] };
    rerender(<RelationshipGraph graph={grown} />);
    // Nothing moves at once: the layout runs a few ticks a frame without drawing, then draws once.
    expect(ids.map((id) => positionOf(container, id))).toEqual(before);
    await waitFor(() => expect(ids.map((id) => positionOf(container, id))).not.toEqual(before), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    observer.disconnect();
    expect(moves).toEqual([1]);
    const path = (cls: string) => container.querySelector(`[data-edge-key="n0→z"] .${cls}`)?.getAttribute('d') ?? '';
    expect(path('ens-edge-hit')).toBe(`${path('ens-edge-a')}${path('ens-edge-b')}`);
  }, 20_000); // 300 lines in jsdom: seconds on a loaded machine

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
    expect(screen.getByText('Community 1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Colour by community' }));
    expect(fill('a')).not.toBe(fill('c'));
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
