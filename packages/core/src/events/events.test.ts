import { describe, expect, it } from 'vitest';
import { character } from '../interactions/test-support.ts';
import type { Conversation, EcosystemEvent, Scenario } from '../model.ts';
import { newRelationship } from '../relationships/index.ts';
import {
  characterCreatedEvent,
  characterDeletedEvent,
  characterStateChangedEvent,
  characterUpdatedEvent,
  conversationData,
  conversationFromData,
  isEventOfType,
  relationshipChangedEvent,
  scenarioEndedEvent,
  scenarioPausedEvent,
  scenarioStartedEvent,
  scenarioTurnEvent,
  userInterventionEvent,
} from './index.ts';

const T = Date.UTC(2025, 0, 2, 3, 4, 5, 678);
const ISO = '2025-01-02T03:04:05.678Z';

const scenario: Scenario = {
  id: 'sc',
  ecosystemId: 'eco',
  title: 'Market day',
  setting: 'the square',
  mood: 'festive',
  objectives: [{ id: 'o1', text: 'win the contest', state: 'open', progress: 0 }],
  participantIds: ['a', 'b'],
  durationMinutes: 30,
  speed: 2,
  maxTurns: null,
  seed: 9,
  status: 'running',
  turn: 4,
  addressed: [],
  startedAt: T - 60_000,
  endedAt: null,
  endReason: null,
};

describe('event builders', () => {
  it('time every event with an ISO-8601 timestamp of the given ms and tag it with the ecosystem', () => {
    const c = character('a', 'Ada', { ecosystemId: 'eco' });
    const drafts = [
      characterCreatedEvent(c, T),
      characterUpdatedEvent(c, ['name'], T),
      characterDeletedEvent(c, T),
      characterStateChangedEvent(c, 'user_intervention', null, T),
      scenarioStartedEvent(scenario, T),
      scenarioPausedEvent(scenario, T),
      scenarioTurnEvent(scenario, { skipped: 'everyone_tired' }, T),
    ];
    for (const d of drafts) expect(d).toMatchObject({ timestamp: ISO, ecosystemId: 'eco' });
  });

  it('relationship_changed reports the new standing and the change, in snake_case', () => {
    const r = {
      ...newRelationship('eco', 'a', 'b'),
      strength: 0.5,
      trust: 0.4,
      interactionCount: 3,
      label: 'friend' as const,
    };
    const delta = {
      fromId: 'a',
      toId: 'b',
      strengthDelta: 0.1,
      trustDelta: -0.05,
      newStrength: 0.5,
      newTrust: 0.4,
      label: 'friend' as const,
    };
    expect(relationshipChangedEvent(r, delta, 'i-1', T).data).toEqual({
      from_id: 'a',
      to_id: 'b',
      strength: 0.5,
      trust: 0.4,
      interaction_count: 3,
      label: 'friend',
      strength_delta: 0.1,
      trust_delta: -0.05,
      interaction_id: 'i-1',
      last_interaction_at: null,
    });
  });

  it('character_state_changed carries mood, its label, the last emotion and its intensity, energy, traits and the cause', () => {
    const c = character('a', 'Ada', {
      mood: { pleasure: 0.5, arousal: 0.5, dominance: 0.5 },
      lastEmotion: { name: 'joy', intensity: 0.6 },
      energy: 0.4,
    });
    expect(characterStateChangedEvent(c, 'interaction', 'i-2', T).data).toEqual({
      character_id: 'a',
      mood: { pleasure: 0.5, arousal: 0.5, dominance: 0.5 },
      label: 'fully exuberant',
      emotion: 'joy',
      emotion_intensity: 0.6,
      energy: 0.4,
      cause: 'interaction',
      interaction_id: 'i-2',
      personality: c.personality,
    });
  });

  it('scenario events describe the scenario; ended carries the reason', () => {
    expect(scenarioStartedEvent(scenario, T).data).toMatchObject({
      scenario_id: 'sc',
      objectives: ['win the contest'],
      participant_ids: ['a', 'b'],
      max_turns: null,
      seed: 9,
      started_at: new Date(T - 60_000).toISOString(),
    });
    const ended = { ...scenario, status: 'ended' as const, endedAt: T, endReason: 'duration' };
    expect(scenarioEndedEvent(ended, T).data).toEqual({
      scenario_id: 'sc',
      title: 'Market day',
      reason: 'duration',
      turn: 4,
      ended_at: ISO,
    });
    expect(
      scenarioTurnEvent(scenario, { speakerId: 'a', targetId: 'b', interactionType: 'chat', interactionId: 'i' }, T)
        .data,
    ).toEqual({
      scenario_id: 'sc',
      turn: 4,
      speaker_id: 'a',
      target_id: 'b',
      interaction_type: 'chat',
      interaction_id: 'i',
      skipped: null,
      conversation: null,
      addressed: [],
    });
  });

  it('a conversation goes into events and comes back the same; a scenario started with some carries them', () => {
    const conversation: Conversation = {
      id: 'sc.c3',
      participantIds: ['a', 'b'],
      topicKey: 'objective:o1',
      topic: 'the contest',
      lines: 4,
      plannedLength: 7,
      last: { speakerId: 'b', addresseeIds: ['a'], act: 'ask' },
      userNames: ['Sam'],
      openedTurn: 3,
      lastTurn: 4,
      framesUsed: ['greet:1', 'ask:4'],
    };
    expect(conversationFromData(conversationData(conversation))).toEqual(conversation);
    const { framesUsed: _f, ...older } = conversation;
    expect(conversationData(older)).not.toHaveProperty('frames_used');
    expect(conversationFromData(conversationData(older))).toEqual(older);

    const turn = scenarioTurnEvent(
      { ...scenario, addressed: ['b'], conversations: [conversation] },
      { speakerId: 'a', targetId: 'b', interactionType: 'chat', interactionId: 'i' },
      T,
      [{ conversation_id: 'sc.c1', reason: 'farewell' }],
      conversation,
    );
    expect(turn.data).toMatchObject({
      conversations_closed: [{ conversation_id: 'sc.c1', reason: 'farewell' }],
      conversation: conversationData(conversation),
      addressed: ['b'],
    });
    // Started afresh: no conversations, nobody addressed, nothing said about them.
    expect(scenarioStartedEvent(scenario, T).data).not.toHaveProperty('conversations');
    expect(scenarioStartedEvent(scenario, T).data).not.toHaveProperty('addressed');
    const carried = scenarioStartedEvent({ ...scenario, conversations: [conversation], addressed: ['a'] }, T).data;
    expect(carried.conversations).toEqual([conversationData(conversation)]);
    expect(carried.addressed).toEqual(['a']);
  });

  it('user_intervention lists each reply by character', () => {
    const draft = userInterventionEvent(
      scenario,
      {
        userName: 'Sam',
        message: 'Hello all',
        targetCharacterId: null,
        responses: [{ characterId: 'a', response: 'Hi Sam' }],
      },
      T,
    );
    expect(draft.data).toEqual({
      scenario_id: 'sc',
      user_name: 'Sam',
      message: 'Hello all',
      target_character_id: null,
      responses: [{ character_id: 'a', response: 'Hi Sam' }],
    });
  });

  it('isEventOfType narrows by type', () => {
    const event: EcosystemEvent = {
      ...characterDeletedEvent({ id: 'a', ecosystemId: 'eco', name: 'Ada' }, T),
      id: 'e',
      seq: 1,
    };
    expect(isEventOfType(event, 'character_deleted') && event.data.name).toBe('Ada');
    expect(isEventOfType(event, 'character_created')).toBe(false);
  });
});
