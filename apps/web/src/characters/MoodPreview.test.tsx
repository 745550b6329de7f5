import { baselineMood, moodLabel } from '@ensemble/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CharacterForm, type CharacterDraft } from './CharacterForm.tsx';

const label = () => screen.getByTestId('mood-preview-label').textContent ?? '';
const slider = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

describe('personality sliders and the resting-mood preview', () => {
  it('updates the preview to the mood the engine computes for the slider values', () => {
    render(<CharacterForm editing={null} onSave={vi.fn(async () => {})} />);
    // A warm, outgoing, steady personality: the engine's baseline is pleasant and dominant.
    fireEvent.change(slider('Extraversion'), { target: { value: '95' } });
    fireEvent.change(slider('Agreeableness'), { target: { value: '90' } });
    fireEvent.change(slider('Neuroticism'), { target: { value: '5' } });
    const warm = moodLabel(
      baselineMood({
        openness: 0.5,
        conscientiousness: 0.5,
        extraversion: 0.95,
        agreeableness: 0.9,
        neuroticism: 0.05,
      }),
    );
    expect(label().toLowerCase()).toContain(warm.text);

    // Now cold and anxious: the label follows.
    fireEvent.change(slider('Extraversion'), { target: { value: '10' } });
    fireEvent.change(slider('Agreeableness'), { target: { value: '5' } });
    fireEvent.change(slider('Neuroticism'), { target: { value: '95' } });
    const cold = moodLabel(
      baselineMood({
        openness: 0.5,
        conscientiousness: 0.5,
        extraversion: 0.1,
        agreeableness: 0.05,
        neuroticism: 0.95,
      }),
    );
    expect(cold.octant).not.toBe(warm.octant);
    expect(label().toLowerCase()).toContain(cold.text);
  });

  it('shows each PAD axis of the baseline as a signed value', () => {
    render(<CharacterForm editing={null} onSave={vi.fn(async () => {})} />);
    fireEvent.change(slider('Agreeableness'), { target: { value: '100' } });
    const mood = baselineMood({
      openness: 0.5,
      conscientiousness: 0.5,
      extraversion: 0.5,
      agreeableness: 1,
      neuroticism: 0.5,
    });
    const meter = screen.getByRole('meter', { name: 'Pleasure' });
    expect(meter.getAttribute('aria-valuenow')).toBe(String(Number(mood.pleasure.toFixed(2))));
    expect(screen.getByRole('meter', { name: 'Dominance' }).getAttribute('aria-valuetext')).toMatch(/^−/);
  });

  it('saves the personality the sliders show, and refuses a nameless character', async () => {
    const onSave = vi.fn(async (_draft: CharacterDraft) => {});
    render(<CharacterForm editing={null} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create character' }));
    expect(screen.getByText('Give the character a name.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '  Ines ' } });
    fireEvent.change(slider('Openness'), { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create character' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      name: 'Ines',
      personality: { openness: 0.8, extraversion: 0.5 },
    });
  });
});
