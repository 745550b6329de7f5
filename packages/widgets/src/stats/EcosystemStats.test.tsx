import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DashboardView } from '../model/views.ts';
import { EcosystemStats } from './EcosystemStats.tsx';

const dashboard = (): DashboardView => ({
  stats: { characters: 12, activeCharacters: 10, relationships: 31, activeConversations: 2 },
  eventsPerMinute: { series: [0, 4, 9, 3, 7], current: 7 },
  moodDistribution: {
    exuberant: 4,
    relaxed: 6,
    docile: 0,
    dependent: 0,
    anxious: 1,
    hostile: 1,
    disdainful: 0,
    bored: 0,
  },
});

const valueOf = (container: HTMLElement, name: string) =>
  container.querySelector(`[data-stat="${name}"] .ens-stat-value`)?.textContent;

describe('EcosystemStats', () => {
  it('shows the headline numbers under their names', () => {
    const { container } = render(<EcosystemStats dashboard={dashboard()} />);
    expect(valueOf(container, 'Characters')).toBe('12');
    expect(valueOf(container, 'Relationships')).toBe('31');
    expect(valueOf(container, 'Active conversations')).toBe('2');
    expect(valueOf(container, 'Events per minute')).toBe('7');
    expect(screen.getByText('10 active')).toBeTruthy();
  });

  it('draws one sparkline point per minute, the highest minute at the top', () => {
    const { container } = render(<EcosystemStats dashboard={dashboard()} />);
    const d = container.querySelector('.ens-sparkline-line')?.getAttribute('d') ?? '';
    const points = d
      .split(/[ML]/)
      .filter(Boolean)
      .map((p) => p.split(',').map(Number) as [number, number]);
    expect(points).toHaveLength(5);
    const ys = points.map(([, y]) => y);
    expect(Math.min(...ys)).toBe(ys[2]); // 9 events: the peak, drawn highest (smallest y)
    expect(Math.max(...ys)).toBe(ys[0]); // 0 events: on the baseline
    expect(points.map(([x]) => x)).toEqual([...points.map(([x]) => x)].sort((a, b) => a - b));
  });

  it('draws a bar per mood octant, sized relative to the most common mood', () => {
    const { container } = render(<EcosystemStats dashboard={dashboard()} />);
    const bars = container.querySelectorAll('.ens-mood-bar');
    expect(bars).toHaveLength(8);
    const width = (octant: string) =>
      (container.querySelector(`[data-octant="${octant}"] .ens-mood-bar-fill`) as HTMLElement).style.width;
    expect(width('relaxed')).toBe('100%');
    expect(width('exuberant')).toBe(`${(4 / 6) * 100}%`);
    expect(width('docile')).toBe('0%');
  });
});
