import { describe, expect, it } from 'vitest';
import { ev, greeting } from '../../test/fixtures.ts';
import type { ChatLineView } from '../model/views.ts';
import { chatLinesOf, mergeChatLines, withTurn } from './chat-lines.ts';

const names = { a: 'Mara', b: 'Theo' };
const transcriptLine = (
  seq: number,
  kind: ChatLineView['kind'],
  speakerId: string | null,
  text: string,
): ChatLineView => ({
  seq,
  timestamp: '2026-03-01T12:00:00.000Z',
  turn: 1,
  kind,
  speakerId,
  speakerName: speakerId === 'b' ? 'Theo' : 'Mara',
  addresseeId: null,
  addresseeName: null,
  interactionType: 'greeting',
  text,
});
const withStates = (seq: number) => {
  const event = greeting(seq, 'a', 'b', 0.04);
  (event.data as Record<string, unknown>).emotional_states = {
    a: {
      pleasure: 0.4,
      arousal: 0.1,
      dominance: 0.1,
      label: 'moderately exuberant',
      octant: 'exuberant',
      emotion: 'joy',
      energy: 0.8,
    },
    b: {
      pleasure: 0.1,
      arousal: 0.1,
      dominance: 0.1,
      label: 'slightly exuberant',
      octant: 'exuberant',
      emotion: 'gratitude',
      energy: 0.7,
    },
  };
  return event;
};

describe('chatLinesOf', () => {
  it('marks both lines of an exchange with its conversation and topic, so the chat can show threads', () => {
    const event = greeting(12, 'a', 'b', 0.04);
    Object.assign(event.data as Record<string, unknown>, {
      conversation_id: 'conv-1',
      lines: [
        { speaker: 'a', addressees: ['b'], act: 'greet', topic: 'the lanterns', text: 'Hello there!', emotion: null },
      ],
    });
    const lines = chatLinesOf(event, names);
    expect(lines.map((l) => [l.conversationId, l.topic])).toEqual([
      ['conv-1', 'the lanterns'],
      ['conv-1', 'the lanterns'],
    ]);
    expect(chatLinesOf(greeting(13, 'a', 'b', 0.04), names)[0]).not.toHaveProperty('conversationId');
  });

  it('turns an exchange into the opening and the reply, each with its speaker’s emotion and view of the other', () => {
    const [opening, reply] = chatLinesOf(withStates(11), names);
    expect(opening).toMatchObject({
      seq: 11,
      kind: 'opening',
      speakerId: 'a',
      speakerName: 'Mara',
      addresseeName: 'Theo',
      text: 'Hello there!',
      emotion: 'joy',
      moodLabel: 'moderately exuberant',
      relationshipChanges: [
        {
          fromId: 'a',
          toId: 'b',
          fromName: 'Mara',
          toName: 'Theo',
          strengthDelta: 0.01,
          trustDelta: 0.04,
          label: 'friend',
        },
      ],
    });
    expect(reply).toMatchObject({
      seq: 11,
      kind: 'reply',
      speakerId: 'b',
      addresseeId: 'a',
      text: 'Hi!',
      emotion: 'gratitude',
      relationshipChanges: [{ fromId: 'b', toId: 'a', trustDelta: 0.01 }],
    });
  });

  it('turns an intervention into the visitor’s line and one line per reply', () => {
    const lines = chatLinesOf(
      ev(20, 'user_intervention', {
        scenario_id: 's1',
        user_name: 'Ana',
        message: 'Theo?',
        target_character_id: 'b',
        responses: [{ character_id: 'b', response: 'Yes?' }],
      }),
      names,
    );
    expect(lines.map((l) => [l.kind, l.speakerName, l.addresseeName, l.text])).toEqual([
      ['user', 'Ana', 'Theo', 'Theo?'],
      ['user_reply', 'Theo', 'Ana', 'Yes?'],
    ]);
  });

  it('gives no lines for events that are not spoken', () => {
    expect(chatLinesOf(ev(3, 'scenario_turn', { scenario_id: 's1', turn: 1 }), names)).toEqual([]);
  });
});

describe('mergeChatLines', () => {
  it('enriches the transcript line of the same seq instead of adding it again, keeping its words', () => {
    const transcript = [transcriptLine(11, 'opening', 'a', 'Hello there (as stored)')];
    const merged = mergeChatLines(transcript, chatLinesOf(withStates(11), names));
    expect(merged.filter((l) => l.kind === 'opening')).toHaveLength(1);
    expect(merged[0]).toMatchObject({ text: 'Hello there (as stored)', turn: 1, emotion: 'joy' });
    expect(merged[0]?.relationshipChanges).toHaveLength(1);
    expect(merged.map((l) => l.kind)).toEqual(['opening', 'reply']);
  });

  it('orders lines by seq, the opening before its reply, whatever order they arrive in', () => {
    const later = chatLinesOf(greeting(30, 'b', 'a'), names);
    const earlier = chatLinesOf(greeting(12, 'a', 'b'), names);
    const merged = mergeChatLines(mergeChatLines([transcriptLine(12, 'reply', 'b', 'Hi!')], later), earlier);
    expect(merged.map((l) => `${l.seq}:${l.kind}`)).toEqual(['12:opening', '12:reply', '30:opening', '30:reply']);
  });

  it('adds each line once when the same event arrives twice', () => {
    const lines = chatLinesOf(greeting(11, 'a', 'b'), names);
    expect(mergeChatLines(mergeChatLines([], lines), lines)).toHaveLength(2);
  });
});

describe('withTurn', () => {
  it('numbers the exchange’s lines with the turn that followed it', () => {
    const lines = mergeChatLines([], chatLinesOf(greeting(11, 'a', 'b'), names));
    expect(withTurn(lines, 11, 3).map((l) => l.turn)).toEqual([3, 3]);
    expect(withTurn(lines, 99, 3)).toBe(lines);
  });
});
