import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ScenarioDirector } from './ScenarioDirector.tsx';

const cast = [
  { id: 'a', name: 'Mara' },
  { id: 'b', name: 'Theo' },
  { id: 'c', name: 'Ivo', active: false },
];
const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Start scenario' }));
  });
};

describe('ScenarioDirector', () => {
  it('explains every missing field and sends nothing', async () => {
    const onSubmit = vi.fn();
    render(<ScenarioDirector characters={cast} onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText('Duration (minutes)'), { target: { value: '0' } });
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Give the scenario a title.')).toBeTruthy();
    expect(screen.getByText('Choose at least 2 characters.')).toBeTruthy();
    expect(screen.getByText('Enter a duration in minutes, more than 0.')).toBeTruthy();
    const title = screen.getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title);
    // Fixing a field clears its error at once; the others stay until fixed.
    fireEvent.change(title, { target: { value: 'Market day' } });
    expect(screen.queryByText('Give the scenario a title.')).toBeNull();
    expect(title.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('Choose at least 2 characters.')).toBeTruthy();
  });

  it('submits the trimmed draft with mood, objectives, participants and duration', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<ScenarioDirector characters={cast} onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: '  Market day ' } });
    fireEvent.change(screen.getByLabelText('Setting'), { target: { value: 'The square at dusk' } });
    fireEvent.change(screen.getByLabelText('Mood'), { target: { value: 'tense' } });
    fireEvent.change(screen.getByLabelText('Objective 1'), { target: { value: 'Find the key' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add objective' }));
    fireEvent.change(screen.getByLabelText('Objective 2'), { target: { value: 'Make up' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add objective' }));
    fireEvent.click(screen.getByLabelText('Mara'));
    fireEvent.click(screen.getByLabelText('Theo'));
    fireEvent.change(screen.getByLabelText('Duration (minutes)'), { target: { value: '45' } });
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({
      title: 'Market day',
      setting: 'The square at dusk',
      mood: 'tense',
      objectives: ['Find the key', 'Make up'],
      participantIds: ['a', 'b'],
      durationMinutes: 45,
    });
    // Started: the form is fresh, so a second click cannot start the same scene twice.
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Mara') as HTMLInputElement).checked).toBe(false);
  });

  it('does not let an inactive character be cast', () => {
    render(<ScenarioDirector characters={cast} onSubmit={vi.fn()} />);
    expect((screen.getByLabelText('Ivo (inactive)') as HTMLInputElement).disabled).toBe(true);
  });

  it('removes an objective and shows a rejected start as an error', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new Error('These characters live in different ecosystems.'));
    render(
      <ScenarioDirector
        characters={cast}
        onSubmit={onSubmit}
        defaultValues={{ title: 'T', objectives: ['one', 'two'], participantIds: ['a', 'b'] }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove objective 1' }));
    await submit();
    expect(onSubmit.mock.calls[0]![0].objectives).toEqual(['two']);
    expect(screen.getByRole('alert').textContent).toBe('These characters live in different ecosystems.');
  });
});
