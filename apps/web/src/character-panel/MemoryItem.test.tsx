import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryItem } from './MemoryItem.tsx';

const memory = {
  id: 'm1',
  characterId: 'c1',
  aboutId: 'c2',
  content: 'Bram snapped at me on the quay.',
  valence: -0.4,
  importance: 0.62,
  createdAt: 0,
};

describe('a memory in the character panel', () => {
  it('shows a reflection badge when the memory is a reflection', () => {
    render(
      <ul>
        <MemoryItem memory={{ ...memory, kind: 'reflection' }} />
      </ul>,
    );
    expect(screen.getByText('reflection').className).toContain('tag--reflection');
    expect(screen.getByRole('listitem').textContent).toContain('importance 0.62 · unpleasant');
  });

  it('shows no badge when the API gives no kind', () => {
    render(
      <ul>
        <MemoryItem memory={memory} />
      </ul>,
    );
    expect(screen.getByRole('listitem').querySelector('.tag')).toBeNull();
  });
});
