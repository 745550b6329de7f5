import { randomUUID } from 'node:crypto';
import {
  characterCreatedEvent,
  characterUpdatedEvent,
  relationshipChangedEvent,
  relationshipLabel,
  scenarioEndedEvent,
  scenarioPausedEvent,
  scenarioStartedEvent,
  startScenario,
  validateScenarioInput,
  type BigFive,
  type Character,
  type EngineDeps,
  type EventDraft,
  type Id,
  type Memory,
  type Relationship,
  type ReplayState,
  type Scenario,
  type ScenarioInput,
} from '@ensemble/core';
import { AppError } from '../errors.ts';
import type { AppStore, EcosystemRecord } from '../store/app-store.ts';
import { stateAtSeq } from './replay.ts';

/**
 * What a branch starts with that its parent did not have at the fork point. Character ids are the parent's
 * (as at the fork seq); the branch's log records each change after the copied state (character_updated,
 * relationship_changed, scenario_started), so its replay shows where it departs.
 */
export interface ForkChange {
  /** New values for some traits of some characters. */
  traits?: { characterId: Id; personality: Partial<BigFive> }[];
  /** How `fromId` sees `toId` from the start (strength and/or trust); a pair without a relationship gets one. */
  relationships?: { fromId: Id; toId: Id; strength?: number; trust?: number }[];
  /** A scenario started in the branch right after the fork (participants: parent ids; default: every active character). */
  scenario?: Omit<ScenarioInput, 'ecosystemId' | 'participantIds'> & { participantIds?: Id[] };
}

export interface ForkOptions {
  /** Fork after this seq. @default the newest */
  atSeq?: number;
  /** @default "<parent name> (branch at <seq>)" */
  name?: string;
  change?: ForkChange;
}

export interface ForkResult {
  ecosystem: EcosystemRecord;
  /** Parent character id → branch character id. */
  characterIds: Record<Id, Id>;
  /** Parent scenario id → branch scenario id, for the scenarios carried over. */
  scenarioIds: Record<Id, Id>;
  memories: number;
  documents: number;
  /** The scenario the change started in the branch, if any (to be scheduled by the caller). */
  startedScenario: Scenario | null;
}

/**
 * A new ecosystem as `parent` was after event `atSeq`, optionally changed. Copied from the replayed state:
 * characters (traits, mood, emotion, energy and when they last changed), relationships (with their last
 * interaction), memories formed by then, documents, and scenarios at their standing then (a running one is
 * carried paused), with the conversations under way then and who was waiting to be answered: every
 * `scenario_turn` and `user_intervention` records the conversation it spoke in, so replay rebuilds them at any
 * seq. With the same seed and clock, a branch resumed and played on from the fork point plays exactly as its
 * parent did after that seq (apps/api/src/history/fork.test.ts). A scenario whose log has turns written before
 * events carried the conversation comes without its conversations, unless forked at the newest seq, where the
 * stored ones are taken.
 */
export async function forkEcosystem(
  store: AppStore,
  engine: EngineDeps,
  parent: EcosystemRecord,
  options: ForkOptions,
): Promise<ForkResult> {
  const lastSeq = (await store.lastSeqs([parent.id])).get(parent.id) ?? parent.lastSeq;
  const seq = options.atSeq ?? lastSeq;
  if (seq > lastSeq) {
    throw new AppError(
      'BAD_REQUEST',
      'seq_out_of_range',
      `The ecosystem's newest event is seq ${lastSeq}; at_seq ${seq} is after it.`,
    );
  }
  const now = engine.clock.now();
  const { state } = await stateAtSeq(store, parent.id, seq, now);
  const change = options.change ?? {};
  const newId = new Map(Object.keys(state.characters).map((id) => [id, randomUUID()]));
  checkChange(change, state, seq);

  const branch: EcosystemRecord = {
    id: randomUUID(),
    ownerId: parent.ownerId,
    name: options.name ?? `${parent.name} (branch at ${seq})`.slice(0, 80),
    description: parent.description,
    lastSeq: 0,
    ...(parent.dialogue ? { dialogue: parent.dialogue } : {}),
    personalityDrift: parent.personalityDrift ?? true,
    parent: { id: parent.id, seq },
    createdAt: now,
    updatedAt: now,
  };
  const map = (id: Id) => newId.get(id) ?? id;
  const current = new Map((await store.listCharacters(parent.id)).map((c) => [c.id, c]));
  const time = (iso: string | null | undefined, fallback: number) => (iso ? Date.parse(iso) : fallback);
  const characters: Character[] = Object.values(state.characters).map((c) => ({
    id: map(c.id),
    ecosystemId: branch.id,
    name: c.name,
    description: current.get(c.id)?.description ?? '',
    personality: { ...c.personality },
    mood: { ...c.mood },
    lastEmotion: c.emotion === null ? null : { name: c.emotion, intensity: c.emotionIntensity ?? 0.5 },
    energy: c.energy,
    active: c.active,
    stateUpdatedAt: time(c.stateUpdatedAt, now),
    createdAt: now,
  }));
  const relationships: Relationship[] = Object.values(state.relationships).map((r) => ({
    ecosystemId: branch.id,
    fromId: map(r.fromId),
    toId: map(r.toId),
    strength: r.strength,
    trust: r.trust,
    interactionCount: r.interactionCount,
    lastInteractionAt: r.lastInteractionAt ? Date.parse(r.lastInteractionAt) : null,
    label: r.label,
  }));
  const forkTime = state.at === null ? Number.NEGATIVE_INFINITY : Date.parse(state.at);
  const memories: Memory[] = [];
  for (const [oldId, id] of newId) {
    // Oldest first: memories added later count as newer within the same millisecond.
    for (const m of (await store.listMemories(oldId, 10_000)).reverse()) {
      if (m.createdAt > forkTime) continue;
      memories.push({
        ...m,
        id: randomUUID(),
        ecosystemId: branch.id,
        characterId: id,
        aboutId: m.aboutId === null ? null : (newId.get(m.aboutId) ?? null),
      });
    }
  }
  const scenarios = await carriedScenarios(store, parent.id, state, seq === lastSeq, branch.id, map);
  const documents = await store.listDocuments(parent.id);

  const startedScenario = await store.transaction(async (tx) => {
    await tx.createEcosystem(branch);
    for (const c of characters) await tx.saveCharacter(c);
    await tx.saveRelationships(relationships);
    await tx.addMemories(memories);
    for (const d of documents) await tx.createDocument({ ...d, id: randomUUID(), ecosystemId: branch.id });
    for (const { scenario: s } of scenarios) await tx.saveScenario(s);
    const copied: EventDraft[] = [
      ...characters.map((c) => characterCreatedEvent(c, now)),
      ...relationships.map((r) => relationshipEvent(r, 0, 0, now)),
      ...scenarios.flatMap(({ scenario: s }) => [
        scenarioStartedEvent(s, now),
        ...(s.status === 'paused' ? [scenarioPausedEvent(s, now)] : []),
        ...(s.status === 'ended' ? [scenarioEndedEvent(s, now)] : []),
      ]),
    ];
    await tx.appendEvents([...copied, ...(await applyChange(tx, change, branch.id, map, now))]);
    if (!change.scenario) return null;
    const { participantIds, ...rest } = change.scenario;
    const ids = participantIds?.map(map) ?? characters.filter((c) => c.active).map((c) => c.id);
    return (await startScenario({ ...engine, store: tx }, { ...rest, ecosystemId: branch.id, participantIds: ids }))
      .scenario;
  });
  return {
    ecosystem: (await store.getEcosystem(branch.id))!,
    characterIds: Object.fromEntries(newId),
    scenarioIds: Object.fromEntries(scenarios.map(({ from, scenario }) => [from, scenario.id])),
    memories: memories.length,
    documents: documents.length,
    startedScenario,
  };
}

/** Refuses a change naming a character that was not there at the fork seq, or one that changes nothing. */
function checkChange(change: ForkChange, state: ReplayState, seq: number): void {
  const refuse = (field: string, message: string) => {
    throw new AppError('BAD_REQUEST', 'invalid_fork_change', `change.${field}: ${message}`);
  };
  const known = (field: string, id: Id) => {
    if (!state.characters[id]) refuse(field, `no character ${id} was in the ecosystem at seq ${seq}.`);
  };
  change.traits?.forEach((t, i) => {
    known(`traits[${i}].characterId`, t.characterId);
    if (Object.keys(t.personality).length === 0) refuse(`traits[${i}].personality`, 'name at least one trait.');
  });
  change.relationships?.forEach((r, i) => {
    known(`relationships[${i}].fromId`, r.fromId);
    known(`relationships[${i}].toId`, r.toId);
    if (r.fromId === r.toId) refuse(`relationships[${i}]`, 'a character has no relationship with itself.');
    if (r.strength === undefined && r.trust === undefined) {
      refuse(`relationships[${i}]`, 'give strength, trust or both.');
    }
  });
  const scenario = change.scenario;
  if (scenario) {
    scenario.participantIds?.forEach((id, i) => {
      known(`scenario.participantIds[${i}]`, id);
      if (!state.characters[id]!.active) refuse(`scenario.participantIds[${i}]`, `${id} was inactive at seq ${seq}.`);
    });
    const participantIds =
      scenario.participantIds ??
      Object.values(state.characters)
        .filter((c) => c.active)
        .map((c) => c.id);
    try {
      validateScenarioInput({ ...scenario, ecosystemId: 'branch', participantIds });
    } catch (error) {
      refuse('scenario', error instanceof Error ? error.message : String(error));
    }
  }
}

/** Writes the change into the branch; returns the events that record it. */
async function applyChange(
  tx: AppStore,
  change: ForkChange,
  ecosystemId: Id,
  map: (id: Id) => Id,
  now: number,
): Promise<EventDraft[]> {
  const events: EventDraft[] = [];
  for (const t of change.traits ?? []) {
    const c = (await tx.getCharacter(map(t.characterId)))!;
    const changed: Character = { ...c, personality: { ...c.personality, ...t.personality } };
    await tx.saveCharacter(changed);
    events.push(characterUpdatedEvent(changed, ['personality'], now));
  }
  for (const r of change.relationships ?? []) {
    const before = (await tx.getRelationship(map(r.fromId), map(r.toId))) ?? {
      ecosystemId,
      fromId: map(r.fromId),
      toId: map(r.toId),
      strength: 0,
      trust: 0.5,
      interactionCount: 0,
      lastInteractionAt: null,
      label: 'stranger' as const,
    };
    const strength = r.strength ?? before.strength;
    const trust = r.trust ?? before.trust;
    const after: Relationship = {
      ...before,
      strength,
      trust,
      label: relationshipLabel(strength, trust, before.interactionCount),
    };
    await tx.saveRelationships([after]);
    events.push(relationshipEvent(after, strength - before.strength, trust - before.trust, now));
  }
  return events;
}

function relationshipEvent(r: Relationship, strengthDelta: number, trustDelta: number, now: number): EventDraft {
  return relationshipChangedEvent(
    r,
    {
      fromId: r.fromId,
      toId: r.toId,
      strengthDelta,
      trustDelta,
      newStrength: r.strength,
      newTrust: r.trust,
      label: r.label,
    },
    null,
    now,
  );
}

/**
 * The parent's scenarios as they stood at the fork seq, for the branch: settings as stored, standing (status,
 * turn, objectives, conversations under way, names waiting for an answer) from the replay; a running one is
 * carried paused. At the newest seq (`present`) the stored conversations and names are taken; at an earlier
 * one the replayed ones, or none when the replay does not know them (turns logged before events carried the
 * conversation). A conversation's id, its scenario's id and a counter, is renamed after the branch's scenario.
 */
async function carriedScenarios(
  store: AppStore,
  parentId: Id,
  state: ReplayState,
  present: boolean,
  branchId: Id,
  map: (id: Id) => Id,
): Promise<{ from: Id; scenario: Scenario }[]> {
  const carried: { from: Id; scenario: Scenario }[] = [];
  for (const s of await store.listScenarios(parentId)) {
    const then = state.scenarios?.[s.id];
    if (!then) continue;
    const id = randomUUID();
    const conversations = present ? (s.conversations ?? []) : (then.conversations ?? []);
    const addressed = present ? s.addressed : (then.addressed ?? []);
    const renamed = (conversationId: Id) =>
      conversationId.startsWith(`${s.id}.`) ? `${id}${conversationId.slice(s.id.length)}` : conversationId;
    carried.push({
      from: s.id,
      scenario: {
        ...s,
        id,
        ecosystemId: branchId,
        participantIds: s.participantIds.map(map),
        status: then.status === 'running' ? 'paused' : then.status,
        turn: then.turn,
        objectives: then.objectives.map((o) => ({ ...o })),
        conversations: conversations.map((c) => ({
          ...c,
          id: renamed(c.id),
          participantIds: c.participantIds.map(map),
          last: c.last && {
            ...c.last,
            speakerId: c.last.speakerId === null ? null : map(c.last.speakerId),
            addresseeIds: c.last.addresseeIds.map(map),
          },
        })),
        addressed: addressed.map(map),
        startedAt: Date.parse(then.startedAt),
        endedAt: then.endedAt === null ? null : Date.parse(then.endedAt),
        endReason: then.endReason,
      },
    });
  }
  return carried;
}
