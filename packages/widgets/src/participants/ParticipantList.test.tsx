import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParticipantList } from './ParticipantList.tsx';

const people = [
  {
    id: 'a',
    name: 'Mara',
    energy: 0.8,
    mood: { pleasure: 0.5, arousal: 0.4, dominance: 0.2 },
    emotion: 'joy' as const,
  },
  {
    id: 'b',
    name: 'Theo',
    energy: 0.15,
    mood: { pleasure: -0.4, arousal: 0.5, dominance: -0.3 },
    emotion: 'fear' as const,
  },
];

describe('ParticipantList', () => {
  it('draws each energy bar as wide as the energy, with the value for assistive tech', () => {
    render(<ParticipantList participants={people} />);
    const mara = screen.getByRole('meter', { name: "Mara's energy" });
    const theo = screen.getByRole('meter', { name: "Theo's energy" });
    expect((mara.firstElementChild as HTMLElement).style.width).toBe('80%');
    expect((theo.firstElementChild as HTMLElement).style.width).toBe('15%');
    expect(mara.getAttribute('aria-valuenow')).toBe('80');
    expect(theo.firstElementChild?.className).toContain('ens-energy-fill--low');
  });

  it('shows the emotion badge and the mood octant of each participant', () => {
    render(<ParticipantList participants={people} />);
    expect(screen.getByText('joy').className).toContain('ens-badge--positive');
    expect(screen.getByText('fear').className).toContain('ens-badge--negative');
    expect(screen.getByText('Exuberant')).toBeTruthy();
    expect(screen.getByText('Anxious')).toBeTruthy();
  });

  it('leaves the bars and badges out when asked to', () => {
    render(<ParticipantList participants={people} showEnergy={false} showEmotions={false} />);
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.queryByText('joy')).toBeNull();
  });
});
