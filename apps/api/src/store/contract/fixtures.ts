/** Records for the AppStore contract suite: fresh uuids every call, since runs share one database. */
import { randomUUID } from 'node:crypto';
import type { Character, EventDraft, Id, InteractionRecord, Memory, Relationship, Scenario } from '@ensemble/core';
import type { AppStore, DocumentRecord, EcosystemRecord, RefreshTokenRecord, UserRecord } from '../app-store.ts';

export const T0 = 1_700_000_000_000;
export const MINUTE = 60_000;

export function sampleUser(overrides: Partial<UserRecord> = {}): UserRecord {
  const id = randomUUID();
  return {
    id,
    email: `Ada.${id}@Example.com`,
    displayName: 'Ada',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$x$y',
    createdAt: T0,
    ...overrides,
  };
}

export function sampleToken(userId: Id, overrides: Partial<RefreshTokenRecord> = {}): RefreshTokenRecord {
  return {
    id: randomUUID(),
    userId,
    familyId: randomUUID(),
    tokenHash: randomUUID().replaceAll('-', ''),
    expiresAt: T0 + 86_400_000,
    usedAt: null,
    revokedAt: null,
    createdAt: T0,
    ...overrides,
  };
}

export function sampleEcosystem(ownerId: Id, overrides: Partial<EcosystemRecord> = {}): EcosystemRecord {
  return {
    id: randomUUID(),
    ownerId,
    name: 'Harbour town',
    description: 'Fishers and cartographers',
    lastSeq: 0,
    dialogue: { mode: 'template', model: null, tokensPerHour: null },
    personalityDrift: true,
    parent: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function sampleDocument(ecosystemId: Id, ownerId: Id, overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: randomUUID(),
    ecosystemId,
    ownerId,
    title: 'Lore',
    content: 'The lighthouse keeper never sleeps.',
    knownTo: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function sampleCharacter(ecosystemId: Id, overrides: Partial<Character> = {}): Character {
  return {
    id: randomUUID(),
    ecosystemId,
    name: 'Ada',
    description: 'A cartographer',
    personality: {
      openness: 0.7,
      conscientiousness: 0.1 + 0.2,
      extraversion: 0.6,
      agreeableness: 0.3,
      neuroticism: 0.2,
    },
    mood: { pleasure: 0.1 + 0.2, arousal: -1 / 3, dominance: 2 / 3 },
    lastEmotion: { name: 'joy', intensity: 0.4 },
    energy: 1 / 3,
    active: true,
    stateUpdatedAt: T0,
    createdAt: T0,
    ...overrides,
  };
}

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
    strength: 0.1 + 0.2,
    trust: 1 / 7,
    interactionCount: 1,
    lastInteractionAt: T0,
    label: 'acquaintance',
    ...overrides,
  };
}

export function sampleMemory(
  ecosystemId: Id,
  characterId: Id,
  aboutId: Id | null,
  overrides: Partial<Memory> = {},
): Memory {
  return {
    id: randomUUID(),
    ecosystemId,
    characterId,
    aboutId,
    content: 'met at the harbour',
    valence: -0.5,
    importance: 0.75,
    createdAt: T0,
    kind: 'observation',
    ...overrides,
  };
}

export function sampleInteraction(
  ecosystemId: Id,
  initiatorId: Id,
  targetId: Id,
  overrides: Partial<InteractionRecord> = {},
): InteractionRecord {
  return {
    id: randomUUID(),
    ecosystemId,
    scenarioId: null,
    initiatorId,
    targetId,
    type: 'chat',
    content: 'Fair winds today.',
    response: 'Fair indeed.',
    sentiment: 0.1 + 0.2,
    createdAt: T0,
    ...overrides,
  };
}

export function sampleScenario(ecosystemId: Id, participantIds: Id[], overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: randomUUID(),
    ecosystemId,
    title: 'Festival',
    setting: 'The quay',
    mood: 'festive',
    objectives: [{ id: 'o1', text: 'row', state: 'in_progress', progress: 0.25 }],
    endWhenObjectivesDone: false,
    conversations: [],
    participantIds,
    durationMinutes: 30,
    speed: 1.5,
    maxTurns: null,
    seed: 7,
    status: 'running',
    turn: 0,
    addressed: [],
    startedAt: T0,
    endedAt: null,
    endReason: null,
    ...overrides,
  };
}

export function draft(ecosystemId: Id, type: EventDraft['type'], data: Record<string, unknown>, at = T0): EventDraft {
  return { type, ecosystemId, timestamp: new Date(at).toISOString(), data };
}

/** A fresh owner with one ecosystem, the starting point of most tests. */
export async function seedEcosystem(store: AppStore): Promise<{ user: UserRecord; ecosystem: EcosystemRecord }> {
  const user = sampleUser();
  const ecosystem = sampleEcosystem(user.id);
  await store.createUser(user);
  await store.createEcosystem(ecosystem);
  return { user, ecosystem };
}

/** Saves two characters of the ecosystem. */
export async function seedPair(store: AppStore, ecosystemId: Id): Promise<[Character, Character]> {
  const a = sampleCharacter(ecosystemId, { name: 'Ada' });
  const b = sampleCharacter(ecosystemId, { name: 'Bo', createdAt: T0 + 1 });
  await store.saveCharacter(a);
  await store.saveCharacter(b);
  return [a, b];
}
