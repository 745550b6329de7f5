import { describe, expect, it } from 'vitest';
import { ev } from '../../test/fixtures.ts';
import type { ParticipantView } from '../model/views.ts';
import { applyEventToCharacters, namesOf, participantOf } from './participants.ts';

const mara: ParticipantView = {
  id: 'a',
  name: 'Mara',
  energy: 0.9,
  mood: { pleasure: 0.3, arousal: 0.1, dominance: 0.1 },
  emotion: null,
  active: true,
};
const theo: ParticipantView = {
  id: 'b',
  name: 'Theo',
  energy: 0.6,
  mood: { pleasure: 0.1, arousal: -0.1, dominance: 0.1 },
  emotion: 'joy',
  active: true,
};
const snapshot = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  description: '',
  personality: {},
  mood: { pleasure: 0, arousal: 0, dominance: 0 },
  emotion: null,
  energy: 1,
  active: true,
  created_at: '2026-03-01T12:00:00.000Z',
  ...extra,
});

describe('participantOf', () => {
  it('takes the emotion from the character’s last emotion and keeps only the PAD of its mood', () => {
    expect(
      participantOf({
        id: 'b',
        name: 'Theo',
        energy: 0.6,
        active: false,
        mood: { pleasure: 0.1, arousal: -0.1, dominance: 0.1 },
        lastEmotion: { name: 'joy' },
      }),
    ).toEqual({ ...theo, active: false });
  });
});

describe('applyEventToCharacters', () => {
  it('appends a created character', () => {
    const next = applyEventToCharacters([mara], ev(2, 'character_created', { character: snapshot('d', 'Dara') }));
    expect(next.map((c) => c.name)).toEqual(['Mara', 'Dara']);
  });

  it('replaces an updated character in place', () => {
    const next = applyEventToCharacters(
      [mara, theo],
      ev(2, 'character_updated', { character: snapshot('a', 'Marah', { active: false }), changed: ['name'] }),
    );
    expect(next.map((c) => [c.name, c.active])).toEqual([
      ['Marah', false],
      ['Theo', true],
    ]);
  });

  it('removes a deleted character', () => {
    expect(
      applyEventToCharacters([mara, theo], ev(2, 'character_deleted', { character_id: 'a', name: 'Mara' })),
    ).toEqual([theo]);
  });

  it('sets mood, emotion and energy on a state change', () => {
    const next = applyEventToCharacters(
      [mara, theo],
      ev(2, 'character_state_changed', {
        character_id: 'a',
        mood: { pleasure: -0.5, arousal: 0.2, dominance: 0 },
        label: 'moderately hostile',
        emotion: 'anger',
        energy: 0.3,
        cause: 'interaction',
        interaction_id: 'i1',
      }),
    );
    expect(next[0]).toEqual({
      ...mara,
      mood: { pleasure: -0.5, arousal: 0.2, dominance: 0 },
      emotion: 'anger',
      energy: 0.3,
    });
    expect(next[1]).toBe(theo);
  });

  it('returns the same list for events about nobody it holds', () => {
    const list = [mara];
    expect(applyEventToCharacters(list, ev(2, 'character_deleted', { character_id: 'zz', name: 'Zed' }))).toBe(list);
    expect(applyEventToCharacters(list, ev(3, 'scenario_turn', { scenario_id: 's1', turn: 1 }))).toBe(list);
  });
});

describe('namesOf', () => {
  it('maps ids to names, and nothing loaded to no names', () => {
    expect(namesOf([mara, theo])).toEqual({ a: 'Mara', b: 'Theo' });
    expect(namesOf(null)).toEqual({});
  });
});
