import { randomUUID } from 'node:crypto';
import {
  characterCreatedEvent,
  relationshipChangedEvent,
  scenarioEndedEvent,
  scenarioPausedEvent,
  scenarioStartedEvent,
  type Character,
  type EventDraft,
  type Id,
  type Relationship,
  type Scenario,
} from '@ensemble/core';
import { DEFAULT_DIALOGUE } from '../dialogue/setting.ts';
import type { AppStore, DocumentRecord, EcosystemRecord } from '../store/app-store.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './format.ts';

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The ecosystem as a bundle: its settings, characters (traits, mood, emotion, energy), relationships,
 * documents (lore, with who knows it) and scenarios (settings and standing; a running one as paused), in a
 * fixed order and without ids, so the same ecosystem always gives the same file.
 */
export async function exportBundle(store: AppStore, ecosystem: EcosystemRecord): Promise<Bundle> {
  const characters = (await store.listCharacters(ecosystem.id)).sort((a, b) => byText(a.name, b.name));
  const nameOf = new Map(characters.map((c) => [c.id, c.name]));
  const name = (id: Id) => nameOf.get(id) ?? id;
  const relationships = (await store.listRelationships(ecosystem.id))
    .map((r) => ({
      from: name(r.fromId),
      to: name(r.toId),
      strength: r.strength,
      trust: r.trust,
      interactionCount: r.interactionCount,
      label: r.label,
    }))
    .sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to));
  const documents = (await store.listDocuments(ecosystem.id))
    .sort((a, b) => a.createdAt - b.createdAt || byText(a.title, b.title) || byText(a.content, b.content))
    .map((d) => ({
      title: d.title,
      content: d.content,
      knownTo: d.knownTo === null ? null : d.knownTo.map(name).sort(byText),
    }));
  const scenarios = (await store.listScenarios(ecosystem.id))
    .sort((a, b) => a.startedAt - b.startedAt || byText(a.title, b.title))
    .map((s) => ({
      title: s.title,
      setting: s.setting,
      mood: s.mood,
      objectives: s.objectives.map((o) => ({ text: o.text, state: o.state, progress: o.progress })),
      endWhenObjectivesDone: s.endWhenObjectivesDone ?? false,
      participants: s.participantIds.map(name),
      durationMinutes: s.durationMinutes,
      speed: s.speed,
      maxTurns: s.maxTurns,
      seed: s.seed,
      status: s.status === 'ended' ? ('ended' as const) : ('paused' as const),
      turn: s.turn,
      endReason: s.endReason,
    }));
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ecosystem: {
      name: ecosystem.name,
      description: ecosystem.description,
      personalityDrift: ecosystem.personalityDrift ?? true,
      ...(ecosystem.dialogue ? { dialogue: ecosystem.dialogue } : {}),
    },
    characters: characters.map((c) => ({
      name: c.name,
      description: c.description,
      personality: { ...c.personality },
      mood: { ...c.mood },
      emotion: c.lastEmotion && { name: c.lastEmotion.name, intensity: c.lastEmotion.intensity },
      energy: c.energy,
      active: c.active,
    })),
    relationships,
    documents,
    scenarios,
  };
}

/**
 * A new ecosystem of `ownerId` made from a (parsed, checked) bundle, in one transaction. Its log starts with a
 * character_created per character, a relationship_changed per relationship and scenario_started (then
 * paused or ended) per scenario; scenarios never start playing by themselves (resume one to play it).
 */
export async function importBundle(
  store: AppStore,
  ownerId: Id,
  bundle: Bundle,
  now: number,
  name?: string,
): Promise<EcosystemRecord> {
  const ecosystem: EcosystemRecord = {
    id: randomUUID(),
    ownerId,
    name: name ?? bundle.ecosystem.name,
    description: bundle.ecosystem.description,
    lastSeq: 0,
    dialogue: bundle.ecosystem.dialogue ?? DEFAULT_DIALOGUE,
    personalityDrift: bundle.ecosystem.personalityDrift,
    parent: null,
    createdAt: now,
    updatedAt: now,
  };
  const idOf = new Map(bundle.characters.map((c) => [c.name, randomUUID()]));
  const id = (n: string) => idOf.get(n)!;
  const characters: Character[] = bundle.characters.map((c) => ({
    id: id(c.name),
    ecosystemId: ecosystem.id,
    name: c.name,
    description: c.description,
    personality: { ...c.personality },
    mood: { ...c.mood },
    lastEmotion: c.emotion && { ...c.emotion },
    energy: c.energy,
    active: c.active,
    stateUpdatedAt: now,
    createdAt: now,
  }));
  const relationships: Relationship[] = bundle.relationships.map((r) => ({
    ecosystemId: ecosystem.id,
    fromId: id(r.from),
    toId: id(r.to),
    strength: r.strength,
    trust: r.trust,
    interactionCount: r.interactionCount,
    lastInteractionAt: null,
    label: r.label,
  }));
  const documents: DocumentRecord[] = bundle.documents.map((d, i) => ({
    id: randomUUID(),
    ecosystemId: ecosystem.id,
    ownerId,
    title: d.title,
    content: d.content,
    knownTo: d.knownTo === null ? null : d.knownTo.map(id),
    createdAt: now + i,
    updatedAt: now + i,
  }));
  const scenarios: Scenario[] = bundle.scenarios.map((s, i) => ({
    id: randomUUID(),
    ecosystemId: ecosystem.id,
    title: s.title,
    setting: s.setting,
    mood: s.mood,
    objectives: s.objectives.map((o, j) => ({ id: `o${j + 1}`, ...o })),
    endWhenObjectivesDone: s.endWhenObjectivesDone,
    conversations: [],
    participantIds: s.participants.map(id),
    durationMinutes: s.durationMinutes,
    speed: s.speed,
    maxTurns: s.maxTurns,
    seed: s.seed,
    status: s.status,
    turn: s.turn,
    addressed: [],
    startedAt: now + i,
    endedAt: s.status === 'ended' ? now : null,
    endReason: s.status === 'ended' ? (s.endReason ?? 'user') : s.endReason,
  }));
  await store.transaction(async (tx) => {
    await tx.createEcosystem(ecosystem);
    for (const c of characters) await tx.saveCharacter(c);
    await tx.saveRelationships(relationships);
    for (const d of documents) await tx.createDocument(d);
    for (const s of scenarios) await tx.saveScenario(s);
    const events: EventDraft[] = [
      ...characters.map((c) => characterCreatedEvent(c, now)),
      ...relationships.map((r) =>
        relationshipChangedEvent(
          r,
          {
            fromId: r.fromId,
            toId: r.toId,
            strengthDelta: 0,
            trustDelta: 0,
            newStrength: r.strength,
            newTrust: r.trust,
            label: r.label,
          },
          null,
          now,
        ),
      ),
      ...scenarios.flatMap((s) => [
        scenarioStartedEvent(s, now),
        s.status === 'ended' ? scenarioEndedEvent(s, now) : scenarioPausedEvent(s, now),
      ]),
    ];
    if (events.length > 0) await tx.appendEvents(events);
  });
  return (await store.getEcosystem(ecosystem.id))!;
}
