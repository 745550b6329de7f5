import { describe, expect, it } from 'vitest';
import type { EcosystemEvent } from '@ensemble/sdk';
import { describeEvent } from './describe-event.ts';

const names: Record<string, string> = { a: 'Mara', b: 'Theo' };
const nameOf = (id: string) => names[id] ?? 'someone';
const event = (type: EcosystemEvent['type'], data: Record<string, unknown>): EcosystemEvent => ({
  id: 'e1',
  ecosystemId: 'eco',
  seq: 1,
  type,
  timestamp: '2026-01-01T00:00:00.000Z',
  data,
});

describe('describeEvent', () => {
  it('writes an interaction as a sentence with the trust change', () => {
    const e = event('character_interaction', {
      participants: ['a', 'b'],
      interaction_type: 'greeting',
      relationship_change: { trust_delta: 0.0213 },
    });
    expect(describeEvent(e, nameOf)).toBe('Mara greeted Theo; trust +0.02');
  });

  it('shows a trust loss with a minus sign and the verb of a conflict', () => {
    const e = event('character_interaction', {
      participants: ['b', 'a'],
      interaction_type: 'conflict',
      relationship_change: { trust_delta: -0.125 },
    });
    expect(describeEvent(e, nameOf)).toBe('Theo clashed with Mara; trust −0.13');
  });

  it('says which traits of whom drifted, with their new values', () => {
    const e = event('personality_drifted', {
      character_id: 'a',
      personality: { neuroticism: 0.5213, agreeableness: 0.4789 },
      crossed: ['agreeableness', 'neuroticism'],
      interaction_type: 'conflict',
      interaction_id: 'i1',
    });
    expect(describeEvent(e, nameOf)).toBe('Mara is changing: agreeableness 0.48, neuroticism 0.52');
  });

  it('names both sides of a relationship change and the label', () => {
    expect(describeEvent(event('relationship_changed', { from_id: 'a', to_id: 'b', label: 'friend' }), nameOf)).toBe(
      'Mara now sees Theo as a friend',
    );
  });

  it('distinguishes a direct message from a message to everyone', () => {
    expect(describeEvent(event('user_intervention', { user_name: 'Ana', target_character_id: 'b' }), nameOf)).toBe(
      'Ana wrote to Theo',
    );
    expect(describeEvent(event('user_intervention', { user_name: 'Ana', target_character_id: null }), nameOf)).toBe(
      'Ana spoke to everyone',
    );
  });
});

describe('describeEvent for character and scenario events', () => {
  it('names a new character from the event itself, since the name map may not know it yet', () => {
    const e = event('character_created', { character: { id: 'z', name: 'Zora' } });
    expect(describeEvent(e, nameOf)).toBe('Zora joined the ecosystem');
  });

  it('says in plain words why a turn was quiet', () => {
    const e = event('scenario_turn', { turn: 4, speaker_id: null, target_id: null, skipped: 'everyone_tired' });
    expect(describeEvent(e, nameOf)).toBe('A quiet turn: everyone was too tired to talk');
    const unknown = event('scenario_turn', { turn: 5, speaker_id: null, target_id: null, skipped: 'new_reason' });
    expect(describeEvent(unknown, nameOf)).toBe('A quiet turn: new reason');
  });

  it('leads a mood change with the emotion felt, then the mood it leaves', () => {
    const e = event('character_state_changed', {
      character_id: 'a',
      label: 'moderately dependent',
      emotion: 'admiration',
    });
    expect(describeEvent(e, nameOf)).toBe('Mara feels admiration, in a moderately dependent mood');
    const plain = event('character_state_changed', { character_id: 'a', label: 'slightly relaxed', emotion: null });
    expect(describeEvent(plain, nameOf)).toBe("Mara's mood is now slightly relaxed");
  });
});
