import { objectivesFrom } from '../src/conversations/objectives.ts';
import type { Character, EventDraft, Id, InteractionRecord, Memory, Relationship, Scenario } from '../src/model.ts';

/*
 * Records used by the EngineStore contract suite. Ids are fresh uuids on every call, because SQL stores
 * share one database between runs of the suite. Numbers are dyadic fractions (k / 2^n) so that they
 * round-trip exactly even through a single-precision column, and times are whole milliseconds.
 */

/** A fresh unique id (test code only: the engine itself takes ids from an IdGenerator port). */
export function freshId(): Id {
  return globalThis.crypto.randomUUID();
}

/** A character with every field set to a non-default value. */
export function sampleCharacter(ecosystemId: Id, overrides: Partial<Character> = {}): Character {
  return {
    id: freshId(),
    ecosystemId,
    name: 'Ada Quill',
    description: 'A curious cartographer, "quoted" and unicode: é ✓',
    personality: {
      openness: 0.75,
      conscientiousness: 0.5,
      extraversion: 0.625,
      agreeableness: 0.25,
      neuroticism: 0.125,
    },
    mood: { pleasure: -0.25, arousal: 0.5, dominance: -0.875 },
    lastEmotion: { name: 'gratitude', intensity: 0.375 },
    energy: 0.8125,
    active: true,
    stateUpdatedAt: 1_700_000_123_456,
    createdAt: 1_700_000_000_001,
    ...overrides,
  };
}

/** A directed relationship with every field set. */
export function sampleRelationship(
  ecosystemId: Id,
  fromId: Id,
  toId: Id,
  overrides: Partial<Relationship> = {},
): Relationship {
  return {
    ecosystemId,
    fromId,
    toId,
    strength: -0.40625,
    trust: 0.15625,
    interactionCount: 7,
    lastInteractionAt: 1_700_000_200_000,
    label: 'rival',
    ...overrides,
  };
}

/** A memory of `characterId` about `aboutId`. */
export function sampleMemory(
  ecosystemId: Id,
  characterId: Id,
  aboutId: Id | null,
  createdAt: number,
  content = 'met at the harbour',
): Memory {
  return {
    id: freshId(),
    ecosystemId,
    characterId,
    aboutId,
    content,
    valence: -0.5,
    importance: 0.75,
    createdAt,
    kind: 'observation',
  };
}

/** An interaction record between two existing characters. */
export function sampleInteraction(
  ecosystemId: Id,
  initiatorId: Id,
  targetId: Id,
  scenarioId: Id | null,
): InteractionRecord {
  return {
    id: freshId(),
    ecosystemId,
    scenarioId,
    initiatorId,
    targetId,
    type: 'collaboration',
    content: 'Shall we map the north shore together?',
    response: 'Gladly.',
    sentiment: 0.5,
    createdAt: 1_700_000_300_000,
  };
}

/** A running scenario with every field set. */
export function sampleScenario(ecosystemId: Id, participantIds: Id[], overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: freshId(),
    ecosystemId,
    title: 'Harbour festival',
    setting: 'Lanterns along the quay at dusk',
    mood: 'festive',
    objectives: objectivesFrom(['plan the parade', { text: 'win the rowing race', progress: 0.4 }]),
    endWhenObjectivesDone: true,
    conversations: [
      {
        id: 'c-1',
        participantIds: [...participantIds],
        topicKey: 'objective:o1',
        topic: 'the parade',
        lines: 3,
        plannedLength: 8,
        last: { speakerId: participantIds[0] ?? null, addresseeIds: participantIds.slice(1, 2), act: 'ask' },
        userNames: ['Sam'],
        openedTurn: 1,
        lastTurn: 2,
      },
    ],
    participantIds,
    durationMinutes: 90,
    speed: 2.5,
    maxTurns: null,
    seed: 42,
    status: 'running',
    turn: 0,
    addressed: [],
    startedAt: 1_700_000_000_000,
    endedAt: null,
    endReason: null,
    ...overrides,
  };
}

/** An event draft whose data has nesting, arrays, nulls and numbers. */
export function sampleDraft(ecosystemId: Id, marker: string | number = 0): EventDraft {
  return {
    type: 'character_interaction',
    ecosystemId,
    timestamp: '2023-11-14T22:13:20.123Z',
    data: {
      marker,
      participants: ['a', 'b'],
      relationship_change: { strength_delta: 0.125, reverse: { trust_delta: -0.25 } },
      scenario_id: null,
      flag: true,
    },
  };
}
