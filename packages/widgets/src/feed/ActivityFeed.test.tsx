import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ev, greeting, NOW } from '../../test/fixtures.ts';
import { ActivityFeed } from './ActivityFeed.tsx';

const names = { a: 'Mara', b: 'Theo', c: 'Ivo' };
const items = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('ens-feed-item'));

describe('ActivityFeed', () => {
  it('writes events as sentences, newest first, with relative times', () => {
    const events = [greeting(1, 'a', 'b', 0.02, 300), greeting(2, 'b', 'c', -0.05, 5)];
    render(<ActivityFeed events={events} names={names} now={NOW} />);
    const [first, second] = items();
    expect(first!.textContent).toContain('Theo greeted Ivo; trust −0.05');
    expect(first!.textContent).toContain('just now');
    expect(second!.textContent).toContain('Mara greeted Theo; trust +0.02');
    expect(second!.textContent).toContain('5 minutes ago');
  });

  it('shows at most maxItems, keeping the newest', () => {
    const events = Array.from({ length: 80 }, (_, i) => greeting(i + 1, 'a', 'b'));
    const { rerender } = render(<ActivityFeed events={events} names={names} now={NOW} />);
    expect(items()).toHaveLength(50);
    expect(items()[0]!.getAttribute('data-seq')).toBe('80');
    rerender(<ActivityFeed events={events} names={names} now={NOW} maxItems={5} />);
    expect(items().map((li) => li.getAttribute('data-seq'))).toEqual(['80', '79', '78', '77', '76']);
  });

  it('shows an event delivered twice only once', () => {
    render(<ActivityFeed events={[greeting(7, 'a', 'b'), greeting(7, 'a', 'b')]} names={names} now={NOW} />);
    expect(items()).toHaveLength(1);
  });

  it('filters by type and by character', () => {
    const events = [
      greeting(1, 'a', 'b'),
      ev(2, 'relationship_changed', { from_id: 'b', to_id: 'c', label: 'rival' }),
      ev(3, 'character_state_changed', { character_id: 'c', label: 'fully hostile', emotion: 'anger' }),
    ];
    render(<ActivityFeed events={events} names={names} now={NOW} />);
    // The greeting and what it moved (committed together) are one entry, led by the greeting.
    expect(items()).toHaveLength(1);
    expect(items()[0]!.getAttribute('data-events')).toBe('3');
    expect(items()[0]!.querySelector('.ens-feed-sentence')?.textContent).toBe('Mara greeted Theo; trust +0.02');
    expect(items()[0]!.querySelector('.ens-feed-causes')?.textContent).toContain('Theo now sees Ivo as a rival');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'relationships' } });
    expect(items()).toHaveLength(1);
    expect(items()[0]!.textContent).toContain('Theo now sees Ivo as a rival');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Character'), { target: { value: 'a' } });
    expect(items()).toHaveLength(1);
    expect(items()[0]!.textContent).toContain('Mara greeted Theo');
    fireEvent.change(screen.getByLabelText('Character'), { target: { value: 'c' } });
    expect(items().map((li) => li.getAttribute('data-seq'))).toEqual(['3']);
    expect(items()[0]!.getAttribute('data-events')).toBe('2');
  });

  it('offers every named character in the character filter, alphabetically', () => {
    render(<ActivityFeed events={[]} names={names} now={NOW} />);
    const options = within(screen.getByLabelText('Character'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Everyone', 'Ivo', 'Mara', 'Theo']);
    expect(screen.getByText(/No activity yet/)).toBeTruthy();
  });

  it('leaves played turns out of "all" but keeps them under Scenarios', () => {
    const events = [
      greeting(1, 'a', 'b'),
      ev(2, 'scenario_turn', { turn: 1, speaker_id: 'a', target_id: 'b', skipped: null }),
    ];
    render(<ActivityFeed events={events} names={names} now={NOW} />);
    expect(items()).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'scenarios' } });
    expect(items()[0]!.textContent).toContain('Turn 1: Mara spoke to Theo');
  });
});

describe('ActivityFeed quiet turns and times', () => {
  it('collapses quiet turns in a row into one plain line, and reads real relative times', () => {
    const skip = (seq: number, secondsAgo: number) =>
      ev(seq, 'scenario_turn', { turn: seq, speaker_id: null, target_id: null, skipped: 'everyone_tired' }, secondsAgo);
    const events = [
      greeting(1, 'a', 'b', 0.02, 300),
      skip(2, 40),
      skip(3, 30),
      skip(4, 20),
      greeting(5, 'b', 'a', 0.02, 5),
    ];
    render(<ActivityFeed events={events} names={names} now={NOW} />);
    const entries = screen.getAllByRole('listitem').filter((li) => li.classList.contains('ens-feed-item'));
    expect(entries.map((li) => li.querySelector('.ens-feed-sentence')?.textContent)).toEqual([
      'Theo greeted Mara; trust +0.02',
      '3 quiet turns: everyone was too tired to talk',
      'Mara greeted Theo; trust +0.02',
    ]);
    expect(entries.map((li) => li.querySelector('time')?.textContent)).toEqual([
      'just now',
      '20 seconds ago',
      '5 minutes ago',
    ]);
  });
});
