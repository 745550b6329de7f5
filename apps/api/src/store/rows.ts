/** Converts database rows into the domain's records, field by field, so storage-only columns never leak. */
import type {
  Character,
  EcosystemEvent,
  EventType,
  InteractionRecord,
  InteractionType,
  Memory,
  Relationship,
  RelationshipLabel,
  Scenario,
  ScenarioMood,
  ScenarioStatus,
} from '@ensemble/core';
import { objectivesFrom } from '@ensemble/core';
import type * as schema from '../db/schema.ts';
import { DEFAULT_DIALOGUE } from '../dialogue/setting.ts';
import type { DocumentRecord, EcosystemRecord, RefreshTokenRecord, UserRecord } from './app-store.ts';

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];

export function toUser(r: Row<typeof schema.users>): UserRecord {
  return { id: r.id, email: r.email, displayName: r.displayName, passwordHash: r.passwordHash, createdAt: r.createdAt };
}

export function toRefreshToken(r: Row<typeof schema.refreshTokens>): RefreshTokenRecord {
  return {
    id: r.id,
    userId: r.userId,
    familyId: r.familyId,
    tokenHash: r.tokenHash,
    expiresAt: r.expiresAt,
    usedAt: r.usedAt,
    revokedAt: r.revokedAt,
    createdAt: r.createdAt,
  };
}

export function toEcosystem(r: Row<typeof schema.ecosystems>): EcosystemRecord {
  return {
    id: r.id,
    ownerId: r.ownerId,
    name: r.name,
    description: r.description,
    lastSeq: r.lastSeq,
    dialogue: r.dialogue ?? DEFAULT_DIALOGUE,
    personalityDrift: r.personalityDrift,
    parent: r.parentId === null ? null : { id: r.parentId, seq: r.forkSeq ?? 0 },
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function toDocument(r: Row<typeof schema.documents>): DocumentRecord {
  return {
    id: r.id,
    ecosystemId: r.ecosystemId,
    ownerId: r.ownerId,
    title: r.title,
    content: r.content,
    knownTo: r.knownTo ?? null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function toCharacter(r: Row<typeof schema.characters>): Character {
  return {
    id: r.id,
    ecosystemId: r.ecosystemId,
    name: r.name,
    description: r.description,
    personality: r.personality,
    mood: r.mood,
    lastEmotion: r.lastEmotion ?? null,
    energy: r.energy,
    active: r.active,
    stateUpdatedAt: r.stateUpdatedAt,
    createdAt: r.createdAt,
  };
}

export function toRelationship(r: Row<typeof schema.relationships>): Relationship {
  return {
    ecosystemId: r.ecosystemId,
    fromId: r.fromId,
    toId: r.toId,
    strength: r.strength,
    trust: r.trust,
    interactionCount: r.interactionCount,
    lastInteractionAt: r.lastInteractionAt,
    label: r.label as RelationshipLabel,
  };
}

export function toMemory(r: Omit<Row<typeof schema.memories>, 'embedding'> & { embedding?: number[] | null }): Memory {
  return {
    id: r.id,
    ecosystemId: r.ecosystemId,
    characterId: r.characterId,
    aboutId: r.aboutId,
    content: r.content,
    valence: r.valence,
    importance: r.importance,
    createdAt: r.createdAt,
    kind: r.kind,
    // Only when there is one: a memory never embedded reads back as it was written.
    ...(r.embedding ? { embedding: r.embedding } : {}),
  };
}

export function toInteraction(r: Row<typeof schema.interactions>): InteractionRecord {
  return {
    id: r.id,
    ecosystemId: r.ecosystemId,
    scenarioId: r.scenarioId,
    initiatorId: r.initiatorId,
    targetId: r.targetId,
    type: r.type as InteractionType,
    content: r.content,
    response: r.response,
    sentiment: r.sentiment,
    createdAt: r.createdAt,
  };
}

export function toScenario(r: Row<typeof schema.scenarios>, participantIds: string[]): Scenario {
  return {
    id: r.id,
    ecosystemId: r.ecosystemId,
    title: r.title,
    setting: r.setting,
    mood: r.mood as ScenarioMood,
    objectives: objectivesFrom(r.objectives),
    endWhenObjectivesDone: r.endWhenObjectivesDone,
    conversations: r.conversations,
    participantIds,
    durationMinutes: r.durationMinutes,
    speed: r.speed,
    maxTurns: r.maxTurns,
    seed: r.seed,
    status: r.status as ScenarioStatus,
    turn: r.turn,
    addressed: r.addressed,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    endReason: r.endReason,
  };
}

export function toEvent(r: Row<typeof schema.events>): EcosystemEvent {
  return {
    id: r.id,
    ecosystemId: r.ecosystemId,
    seq: r.seq,
    type: r.type as EventType,
    timestamp: r.timestamp,
    data: r.data,
  };
}
