import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RelationshipTimeline } from './RelationshipTimeline.tsx';

const T0 = Date.parse('2026-03-01T12:00:00.000Z');
const points = [
  { at: T0, strength: -0.2, trust: 0.3 },
  { at: T0 + 60_000, strength: 0.1, trust: 0.4 },
  { at: T0 + 120_000, strength: 0.6, trust: 0.7 },
];
const coords = (d: string) =>
  d
    .split(/[ML]/)
    .filter(Boolean)
    .map((p) => p.split(',').map(Number) as [number, number]);

describe('RelationshipTimeline', () => {
  it('draws strength and trust as two lines with a point per change', () => {
    const { container } = render(<RelationshipTimeline points={points} fromName="Mara" toName="Theo" />);
    const strength = coords(container.querySelector('.ens-line--strength')?.getAttribute('d') ?? '');
    const trust = coords(container.querySelector('.ens-line--trust')?.getAttribute('d') ?? '');
    expect(strength).toHaveLength(3);
    expect(trust).toHaveLength(3);
    // Rising values are drawn higher up (smaller y); the first strength is below the zero line, trust above it.
    expect(strength[2]![1]).toBeLessThan(strength[0]![1]);
    expect(trust[0]![1]).toBeLessThan(strength[0]![1]);
    expect(strength.map(([x]) => x)).toEqual(trust.map(([x]) => x));
  });

  it('labels the time axis with distinct times, as fine as the span needs', () => {
    const labels = (pts: typeof points) =>
      [
        ...render(<RelationshipTimeline points={pts} fromName="Mara" toName="Theo" />).container.querySelectorAll(
          '.ens-axis-label',
        ),
      ].map((t) => t.textContent);
    const minutes = labels(points);
    expect(minutes.length).toBeGreaterThan(1);
    expect(new Set(minutes).size).toBe(minutes.length);
    expect(minutes[0]).toMatch(/^\d\d:\d\d:\d\d$/);
    const days = labels([points[0]!, { ...points[2]!, at: T0 + 3 * 86_400_000 }]);
    expect(new Set(days).size).toBe(days.length);
    expect(days[0]).toMatch(/^[A-Z][a-z]{2} \d\d$/);
  });

  it('sorts points by time before drawing', () => {
    const { container } = render(<RelationshipTimeline points={[...points].reverse()} fromName="Mara" toName="Theo" />);
    const xs = coords(container.querySelector('.ens-line--strength')?.getAttribute('d') ?? '').map(([x]) => x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('says so when the pair has no history yet', () => {
    render(<RelationshipTimeline points={[]} fromName="Mara" toName="Ivo" />);
    expect(screen.getByText('No changes yet between Mara and Ivo.')).toBeTruthy();
  });

  it('lets the reader choose the pair, never offering a character as its own target', () => {
    const onPairChange = vi.fn();
    const characters = [
      { id: 'a', name: 'Mara' },
      { id: 'b', name: 'Theo' },
      { id: 'c', name: 'Ivo' },
    ];
    render(
      <RelationshipTimeline
        points={points}
        fromName="Mara"
        toName="Theo"
        characters={characters}
        fromId="a"
        toId="b"
        onPairChange={onPairChange}
      />,
    );
    const to = screen.getByLabelText('To') as HTMLSelectElement;
    expect([...to.options].map((o) => o.value)).toEqual(['', 'b', 'c']);
    fireEvent.change(to, { target: { value: 'c' } });
    expect(onPairChange).toHaveBeenLastCalledWith('a', 'c');
  });
});
