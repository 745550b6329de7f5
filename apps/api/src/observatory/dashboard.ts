import {
  moodLabel,
  type Character,
  type Id,
  type InteractionRecord,
  type MoodOctant,
  type Relationship,
  type RelationshipLabel,
  type Scenario,
} from '@ensemble/core';
import { DEFAULT_DIALOGUE, type DialogueMode } from '../dialogue/setting.ts';
import { isTie } from '../graph/rules.ts';
import type { AppServices } from '../services.ts';
import type { EcosystemRecord } from '../store/app-store.ts';
import { currentCharacters, currentRelationships, degrees } from './current-state.ts';

const MINUTE_MS = 60_000;
/** Interactions this recent make a pair "in conversation". */
export const CONVERSATION_WINDOW_MS = 5 * MINUTE_MS;
/** Minutes of event history in the activity chart. */
export const EVENT_HISTORY_MINUTES = 15;
/** How many ties and characters the top lists show. */
export const TOP_LIST_SIZE = 5;
/** Upper bound on interactions read to count conversations; far above any real 5-minute volume per pair. */
const RECENT_INTERACTIONS_SCAN = 1000;

const OCTANTS: readonly MoodOctant[] = [
  'exuberant',
  'bored',
  'dependent',
  'disdainful',
  'relaxed',
  'anxious',
  'docile',
  'hostile',
];

/** One directed relationship with both names, for the top-ties lists. */
export interface Tie {
  fromId: Id;
  fromName: string;
  toId: Id;
  toName: string;
  strength: number;
  trust: number;
  interactionCount: number;
  label: RelationshipLabel;
}

export interface Dashboard {
  ecosystemId: Id;
  /** ms since the epoch */
  generatedAt: number;
  /** Seq of the newest event: a client applying live events on top of this snapshot starts after it. */
  lastSeq: number;
  stats: {
    characters: number;
    activeCharacters: number;
    /** Pairs of characters tied in at least one direction (see graph/rules.ts isTie). */
    relationships: number;
    /**
     * Running scenarios (each one conversation) plus distinct pairs that interacted directly, outside
     * any scenario, within the last 5 minutes.
     */
    activeConversations: number;
    runningScenarios: number;
  };
  eventsPerMinute: {
    /** Events in each of the last 15 minutes, oldest first; the last entry is the most recent 60 s. */
    series: number[];
    /** Events in the last 60 seconds. */
    current: number;
  };
  /** Characters per mood octant (ALMA names), all eight present. */
  moodDistribution: Record<MoodOctant, number>;
  strongestTies: Tie[];
  weakestTies: Tie[];
  mostConnected: Array<{ id: Id; name: string; degree: number }>;
  /** Who speaks for the characters, and whether the hour's token budget is spent (templates speak until it frees up). */
  dialogue: {
    mode: DialogueMode;
    /** Tokens spent in the last hour on this node. */
    tokensLastHour: number;
    tokensPerHour: number | null;
    budgetSpent: boolean;
  };
}

/** The Observatory's numbers for one ecosystem, computed from the store as of now. */
export async function buildDashboard(services: AppServices, ecosystem: EcosystemRecord): Promise<Dashboard> {
  const now = services.clock.now();
  const id = ecosystem.id;
  const [characters, relationships, scenarios, recent, series] = await Promise.all([
    currentCharacters(services, id),
    currentRelationships(services, id),
    services.store.listScenarios(id),
    services.store.listInteractions(id, { limit: RECENT_INTERACTIONS_SCAN, before: null }),
    services.store.eventCountsByMinute(id, now - EVENT_HISTORY_MINUTES * MINUTE_MS, now),
  ]);
  const names = new Map(characters.map((c) => [c.id, c.name]));
  const live = relationships.filter((r) => names.has(r.fromId) && names.has(r.toId));
  const runningScenarios = scenarios.filter((s) => s.status === 'running').length;
  return {
    ecosystemId: id,
    generatedAt: now,
    lastSeq: ecosystem.lastSeq,
    stats: {
      characters: characters.length,
      activeCharacters: characters.filter((c) => c.active).length,
      relationships: connectedPairs(live),
      activeConversations: activeConversations(scenarios, recent, characters, now),
      runningScenarios,
    },
    eventsPerMinute: { series, current: series.at(-1) ?? 0 },
    moodDistribution: moodDistribution(characters),
    ...topTies(live, names),
    mostConnected: mostConnected(live, names),
    dialogue: dialogueStatus(services, ecosystem),
  };
}

function dialogueStatus(services: AppServices, ecosystem: EcosystemRecord): Dashboard['dialogue'] {
  const setting = ecosystem.dialogue ?? DEFAULT_DIALOGUE;
  const tokensLastHour = services.llm?.budget.spent(ecosystem.id) ?? 0;
  return {
    mode: setting.mode,
    tokensLastHour,
    tokensPerHour: setting.tokensPerHour,
    budgetSpent: setting.mode === 'llm' && setting.tokensPerHour !== null && tokensLastHour >= setting.tokensPerHour,
  };
}

function connectedPairs(relationships: readonly Relationship[]): number {
  return new Set(relationships.filter(isTie).map((r) => pairKey(r.fromId, r.toId))).size;
}

/**
 * Conversations going on: each running scenario's open conversations (one when it keeps none), plus pairs
 * who talked directly of late; never more than the active characters can hold (two or more to each).
 */
export function activeConversations(
  scenarios: readonly Scenario[],
  interactions: readonly InteractionRecord[],
  characters: readonly Character[],
  now: number,
): number {
  const inScenes = scenarios
    .filter((s) => s.status === 'running')
    .reduce((sum, s) => sum + Math.max(1, s.conversations?.length ?? 0), 0);
  const room = Math.floor(characters.filter((c) => c.active).length / 2);
  return Math.min(room, inScenes + directConversations(interactions, now));
}

function directConversations(interactions: readonly InteractionRecord[], now: number): number {
  const pairs = interactions
    .filter((i) => i.scenarioId === null && i.createdAt > now - CONVERSATION_WINDOW_MS)
    .map((i) => pairKey(i.initiatorId, i.targetId));
  return new Set(pairs).size;
}

function moodDistribution(characters: readonly Character[]): Record<MoodOctant, number> {
  const counts = Object.fromEntries(OCTANTS.map((o) => [o, 0])) as Record<MoodOctant, number>;
  for (const c of characters) counts[moodLabel(c.mood).octant] += 1;
  return counts;
}

/**
 * The five strongest ties (highest strength first) and the five weakest (most negative first).
 * With fewer than ten ties the lists overlap, which is the honest answer.
 */
function topTies(relationships: readonly Relationship[], names: ReadonlyMap<Id, string>) {
  const ties = relationships.filter(isTie).map((r) => toTie(r, names));
  const byName = (a: Tie, b: Tie) => a.fromName.localeCompare(b.fromName) || a.toName.localeCompare(b.toName);
  const strongestTies = [...ties].sort((a, b) => b.strength - a.strength || byName(a, b)).slice(0, TOP_LIST_SIZE);
  const weakestTies = [...ties].sort((a, b) => a.strength - b.strength || byName(a, b)).slice(0, TOP_LIST_SIZE);
  return { strongestTies, weakestTies };
}

function mostConnected(relationships: readonly Relationship[], names: ReadonlyMap<Id, string>) {
  return [...degrees(relationships)]
    .map(([id, degree]) => ({ id, name: names.get(id) ?? '', degree }))
    .sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name))
    .slice(0, TOP_LIST_SIZE);
}

function toTie(r: Relationship, names: ReadonlyMap<Id, string>): Tie {
  return {
    fromId: r.fromId,
    fromName: names.get(r.fromId) ?? '',
    toId: r.toId,
    toName: names.get(r.toId) ?? '',
    strength: r.strength,
    trust: r.trust,
    interactionCount: r.interactionCount,
    label: r.label,
  };
}

function pairKey(a: Id, b: Id): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
