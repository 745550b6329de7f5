import { describe, expect, it } from 'vitest';
import { ev, greeting } from '../../test/fixtures.ts';
import type { ScenarioView } from '../model/views.ts';
import {
  applyEventToChat,
  applyEventToScenario,
  participantsOf,
  type ScenarioChatState,
} from './scenario-chat-state.ts';

const scenario: ScenarioView = {
  id: 's1',
  title: 'Market day',
  setting: '',
  mood: 'festive',
  status: 'running',
  turn: 1,
  participantIds: ['b', 'a'],
};
const state = (extra: Partial<ScenarioChatState> = {}): ScenarioChatState => ({
  scenario,
  lines: [],
  characters: [
    { id: 'a', name: 'Mara', energy: 1, mood: { pleasure: 0, arousal: 0, dominance: 0 } },
    { id: 'b', name: 'Theo', energy: 1, mood: { pleasure: 0, arousal: 0, dominance: 0 } },
    { id: 'c', name: 'Ivo', energy: 1, mood: { pleasure: 0, arousal: 0, dominance: 0 } },
  ],
  names: { a: 'Mara', b: 'Theo', c: 'Ivo' },
  asOfSeq: 10,
  interactionSeqs: {},
  ...extra,
});
const inScenario = (seq: number) => {
  const event = greeting(seq, 'a', 'b');
  (event.data as Record<string, unknown>).scenario_id = 's1';
  return event;
};

describe('applyEventToScenario', () => {
  it('follows pauses, resumes and ends of this scenario, and ignores other scenarios', () => {
    const paused = applyEventToScenario(
      scenario,
      ev(11, 'scenario_paused', { scenario_id: 's1', title: 'Market day', turn: 4 }),
    );
    expect(paused).toMatchObject({ status: 'paused', turn: 4 });
    expect(
      applyEventToScenario(paused, ev(12, 'scenario_resumed', { scenario_id: 's1', title: 'Market day', turn: 4 }))
        .status,
    ).toBe('running');
    expect(
      applyEventToScenario(
        scenario,
        ev(13, 'scenario_ended', { scenario_id: 's2', title: 'Other', reason: 'user', turn: 9, ended_at: '' }),
      ),
    ).toBe(scenario);
  });
});

describe('applyEventToChat', () => {
  it('adds the lines of this scenario’s exchanges only', () => {
    const next = applyEventToChat(applyEventToChat(state(), inScenario(11)), greeting(12, 'b', 'a'));
    expect(next.lines.map((l) => `${l.seq}:${l.speakerName}`)).toEqual(['11:Mara', '11:Theo']);
  });

  it('numbers an exchange’s lines when its scenario_turn follows', () => {
    const played = applyEventToChat(state(), inScenario(11));
    const numbered = applyEventToChat(
      played,
      ev(16, 'scenario_turn', {
        scenario_id: 's1',
        turn: 2,
        speaker_id: 'a',
        target_id: 'b',
        interaction_type: 'greeting',
        interaction_id: 'i11',
        skipped: null,
      }),
    );
    expect(numbered.lines.map((l) => l.turn)).toEqual([2, 2]);
    expect(numbered.scenario.turn).toBe(2);
  });

  it('replays events older than the snapshot only into the lines, not into status or moods', () => {
    const paused = applyEventToChat(
      state({ asOfSeq: 30 }),
      ev(12, 'scenario_paused', { scenario_id: 's1', title: 'Market day', turn: 1 }),
    );
    expect(paused.scenario.status).toBe('running');
    const later = applyEventToChat(
      state({ asOfSeq: 30 }),
      ev(31, 'scenario_paused', { scenario_id: 's1', title: 'Market day', turn: 1 }),
    );
    expect(later.scenario.status).toBe('paused');
  });

  it('keeps the name of a character deleted since, for lines that mention them', () => {
    const gone = applyEventToChat(state(), ev(11, 'character_deleted', { character_id: 'a', name: 'Mara' }));
    expect(participantsOf(gone).map((p) => p.name)).toEqual(['Theo']);
    expect(applyEventToChat(gone, inScenario(12)).lines[0]?.speakerName).toBe('Mara');
  });
});

describe('participantsOf', () => {
  it('lists the scenario’s characters in the scenario’s order', () => {
    expect(participantsOf(state()).map((p) => p.id)).toEqual(['b', 'a']);
  });
});
