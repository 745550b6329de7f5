import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChatLineView, ParticipantView, ScenarioView } from '../model/views.ts';
import { MultiCharacterChat } from './MultiCharacterChat.tsx';

const scenario = (status: ScenarioView['status'] = 'running'): ScenarioView => ({
  id: 's1',
  title: 'Market day',
  setting: 'The square',
  mood: 'festive',
  status,
  turn: 3,
  participantIds: ['a', 'b'],
});
const participants: ParticipantView[] = [
  { id: 'a', name: 'Mara', energy: 0.9, mood: { pleasure: 0.4, arousal: 0.3, dominance: 0.1 } },
  { id: 'b', name: 'Theo', energy: 0.5, mood: { pleasure: 0.1, arousal: -0.2, dominance: 0.1 } },
];
const line = (seq: number, extra: Partial<ChatLineView> = {}): ChatLineView => ({
  seq,
  timestamp: '2026-03-01T12:00:00.000Z',
  turn: 1,
  kind: 'opening',
  speakerId: 'a',
  speakerName: 'Mara',
  addresseeId: 'b',
  addresseeName: 'Theo',
  interactionType: 'greeting',
  text: `Line ${seq}`,
  ...extra,
});

describe('MultiCharacterChat', () => {
  it('shows each line with speaker, addressee, emotion badge and relationship chips', () => {
    const lines = [
      line(1, {
        emotion: 'joy',
        relationshipChanges: [
          {
            fromId: 'a',
            toId: 'b',
            fromName: 'Mara',
            toName: 'Theo',
            strengthDelta: 0.05,
            trustDelta: -0.02,
            label: 'friend',
          },
        ],
      }),
    ];
    render(<MultiCharacterChat scenario={scenario()} lines={lines} participants={participants} />);
    const message = screen.getByText('Line 1').closest('li')!;
    expect(message.textContent).toContain('Mara');
    expect(message.textContent).toContain('to Theo');
    expect(message.querySelector('.ens-badge')?.textContent).toBe('joy');
    expect(message.querySelector('.ens-chip')?.textContent).toBe('Mara → Theo: liking +0.05, trust −0.02');
  });

  it('shows the message box only in participant mode', () => {
    render(<MultiCharacterChat scenario={scenario()} lines={[]} participants={participants} onIntervene={vi.fn()} />);
    expect(screen.queryByRole('form', { name: 'Speak into the scene' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Participate' }));
    expect(screen.getByRole('form', { name: 'Speak into the scene' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Participate' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Observe' }));
    expect(screen.queryByRole('form', { name: 'Speak into the scene' })).toBeNull();
  });

  it('sends a message to everyone, then a direct message to the chosen character', async () => {
    const onIntervene = vi.fn().mockResolvedValue(undefined);
    render(
      <MultiCharacterChat
        scenario={scenario()}
        lines={[]}
        participants={participants}
        onIntervene={onIntervene}
        defaultMode="participant"
        userName="Ana"
      />,
    );
    const box = screen.getByLabelText('Message');
    fireEvent.change(box, { target: { value: '  Hello all  ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    });
    expect(onIntervene).toHaveBeenLastCalledWith({ message: 'Hello all', targetCharacterId: null, userName: 'Ana' });
    expect((box as HTMLTextAreaElement).value).toBe('');

    fireEvent.change(screen.getByLabelText('To'), { target: { value: 'b' } });
    fireEvent.change(box, { target: { value: 'Theo, a word?' } });
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter' });
    });
    expect(onIntervene).toHaveBeenLastCalledWith({ message: 'Theo, a word?', targetCharacterId: 'b', userName: 'Ana' });
  });

  it('keeps Send off while the message is empty, and says why on Enter', async () => {
    const onIntervene = vi.fn();
    render(
      <MultiCharacterChat
        scenario={scenario()}
        lines={[]}
        participants={participants}
        onIntervene={onIntervene}
        defaultMode="participant"
      />,
    );
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
    await act(async () => {
      fireEvent.keyDown(screen.getByLabelText('Message'), { key: 'Enter' });
    });
    expect(onIntervene).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Write a message first.');
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'x'.repeat(1900) } });
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', false);
    expect(screen.getByText('1900 / 2000 characters')).toBeTruthy();
  });

  it('offers pause while running, resume while paused, and no controls once ended', async () => {
    const onPause = vi.fn();
    const onResume = vi.fn();
    const onEnd = vi.fn();
    const handlers = { onPause, onResume, onEnd };
    const { rerender } = render(
      <MultiCharacterChat scenario={scenario('running')} lines={[]} participants={participants} {...handlers} />,
    );
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    });
    expect(onPause).toHaveBeenCalledTimes(1);
    rerender(<MultiCharacterChat scenario={scenario('paused')} lines={[]} participants={participants} {...handlers} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    });
    expect(onResume).toHaveBeenCalledTimes(1);
    // Ending asks first; keeping it going asks nothing more.
    fireEvent.click(screen.getByRole('button', { name: 'End' }));
    expect(onEnd).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it going' }));
    fireEvent.click(screen.getByRole('button', { name: 'End' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Yes, end it' }));
    });
    expect(onEnd).toHaveBeenCalledTimes(1);
    rerender(<MultiCharacterChat scenario={scenario('ended')} lines={[]} participants={participants} {...handlers} />);
    expect(screen.queryByRole('group', { name: 'Scenario controls' })).toBeNull();
    expect(screen.getByText('Ended')).toBeTruthy();
  });

  it('shows a failed control request as an error', async () => {
    const onPause = vi.fn().mockRejectedValue(new Error('No such scenario.'));
    render(<MultiCharacterChat scenario={scenario()} lines={[]} participants={participants} onPause={onPause} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    });
    expect(screen.getByRole('alert').textContent).toBe('No such scenario.');
  });

  it('scrolls new lines into view while the reader is at the bottom', () => {
    const { rerender } = render(
      <MultiCharacterChat scenario={scenario()} lines={[line(1)]} participants={participants} />,
    );
    const list = screen.getByRole('list', { name: 'Transcript' });
    Object.defineProperty(list, 'scrollHeight', { configurable: true, value: 900 });
    rerender(<MultiCharacterChat scenario={scenario()} lines={[line(1), line(2)]} participants={participants} />);
    expect(list.scrollTop).toBe(900);
  });

  it('keeps the reader’s place when scrolled up and counts the new lines on a button that returns to the bottom', () => {
    const { rerender } = render(
      <MultiCharacterChat scenario={scenario()} lines={[line(1), line(2)]} participants={participants} />,
    );
    const list = screen.getByRole('list', { name: 'Transcript' });
    Object.defineProperty(list, 'scrollHeight', { configurable: true, value: 900 });
    Object.defineProperty(list, 'clientHeight', { configurable: true, value: 300 });
    list.scrollTop = 100;
    fireEvent.scroll(list);
    rerender(
      <MultiCharacterChat
        scenario={scenario()}
        lines={[1, 2, 3, 4, 5].map((n) => line(n))}
        participants={participants}
      />,
    );
    expect(list.scrollTop).toBe(100);
    const more = screen.getByRole('button', { name: /3 new lines/ });
    fireEvent.click(more);
    expect(list.scrollTop).toBe(900);
    expect(screen.queryByRole('button', { name: /new line/ })).toBeNull();
  });

  it('shows the visitor’s own message at once, until the transcript has it', async () => {
    let finish: () => void = () => undefined;
    const onIntervene = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { rerender } = render(
      <MultiCharacterChat
        scenario={scenario()}
        lines={[line(1)]}
        participants={participants}
        defaultMode="participant"
        onIntervene={onIntervene}
        userName="Ana"
      />,
    );
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Hello, square!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const pending = await screen.findByText('Hello, square!', { selector: '.ens-message-text' });
    expect(pending.closest('li')?.className).toContain('ens-message--pending');
    await act(async () => {
      finish();
      await Promise.resolve();
    });
    const said = line(2, {
      kind: 'user',
      speakerId: null,
      speakerName: 'Ana',
      addresseeId: null,
      text: 'Hello, square!',
    });
    rerender(
      <MultiCharacterChat
        scenario={scenario()}
        lines={[line(1), said]}
        participants={participants}
        defaultMode="participant"
        onIntervene={onIntervene}
        userName="Ana"
      />,
    );
    expect(screen.getAllByText('Hello, square!', { selector: '.ens-message-text' })).toHaveLength(1);
    expect(document.querySelector('.ens-message--pending')).toBeNull();
  });

  it('on a new scenario, says when the first line is due instead of looking stuck', () => {
    const fresh = { ...scenario(), turn: 0, speed: 6, startedAt: Date.now() };
    render(<MultiCharacterChat scenario={fresh} lines={[]} participants={participants} />);
    expect(screen.getByTestId('chat-waiting').textContent).toMatch(/first line in about (9|10) s/);
  });

  it('shows a line a language model is still writing', () => {
    render(
      <MultiCharacterChat
        scenario={scenario()}
        lines={[line(1)]}
        participants={participants}
        typing={[{ lineId: 'l1', speakerName: 'Theo', text: 'Well, I was thinking' }]}
      />,
    );
    const typing = screen.getByText('Well, I was thinking').closest('li');
    expect(typing?.className).toContain('ens-message--typing');
    expect(typing?.textContent).toContain('Theo');
  });
});
