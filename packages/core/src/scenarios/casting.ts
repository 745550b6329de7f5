import type { Character, Id, InteractionType, Relationship, ScenarioMood } from '../model.ts';
import type { Random } from '../ports/index.ts';
import { weightedPick } from '../random/index.ts';

/*
 * The director's choices for one turn, as pure functions of the cast, their relationships, the scenario
 * and a seeded Random: who speaks, to whom, and how. Each returns candidates in preference order, so the
 * turn can fall back to the next one when a pick is not feasible (tired, cooling down).
 */

/**
 * Talkativeness from extraversion: a floor so introverts still speak now and then (Eysenck: extraverts
 * seek social stimulation, introverts do not avoid it entirely), then linear in E.
 */
export const TALKATIVENESS = { floor: 0.15 } as const;

/** How much a character wants to speak now: talkativeness × energy. */
export function eagerness(c: Character): number {
  const e = c.personality.extraversion;
  return (TALKATIVENESS.floor + (1 - TALKATIVENESS.floor) * e) * c.energy;
}

/**
 * Who should speak, best first: participants addressed by name (oldest first), then the rest drawn
 * without replacement with probability ∝ eagerness (uniformly when nobody has any).
 */
export function speakerOrder(cast: readonly Character[], addressed: readonly Id[], random: Random): Character[] {
  const byId = new Map(cast.map((c) => [c.id, c]));
  const first = addressed.flatMap((id) => byId.get(id) ?? []);
  const rest = cast.filter((c) => !first.includes(c));
  return [
    ...first,
    ...drawAll(
      rest.map((c) => ({ item: c, weight: eagerness(c) })),
      random,
    ),
  ];
}

/**
 * How strongly the director favours a listener: a base, plus strong positive ties, plus (only in tense
 * or hostile scenes) rivalries, so drama seeks out the people who dislike each other.
 */
export const TARGET_WEIGHTS = { base: 1, tie: 2, rivalry: 3 } as const;

const RIVALROUS_MOODS: ReadonlySet<ScenarioMood> = new Set(['tense', 'hostile']);

/**
 * Whom `speaker` should address, best first, drawn by TARGET_WEIGHTS from the speaker's view of each.
 * Members of `lastPair` (the pair that spoke last) go to the back so the conversation moves around.
 */
export function targetOrder(
  speaker: Character,
  others: readonly Character[],
  view: (toId: Id) => Relationship | null,
  mood: ScenarioMood,
  lastPair: readonly Id[],
  random: Random,
): Character[] {
  const rivalrous = RIVALROUS_MOODS.has(mood);
  const wasLast = (c: Character) => lastPair.includes(speaker.id) && lastPair.includes(c.id);
  const weighted = (c: Character) => {
    const strength = view(c.id)?.strength ?? 0;
    const weight =
      TARGET_WEIGHTS.base +
      TARGET_WEIGHTS.tie * Math.max(0, strength) +
      (rivalrous ? TARGET_WEIGHTS.rivalry * Math.max(0, -strength) : 0);
    return { item: c, weight };
  };
  const fresh = others.filter((c) => c.id !== speaker.id && !wasLast(c));
  const repeat = others.filter((c) => c.id !== speaker.id && wasLast(c));
  return [...drawAll(fresh.map(weighted), random), ...repeat];
}

/** Base weights of each exchange between acquaintances before relationship, temperament and scene. */
export const TYPE_BASE_WEIGHTS: Readonly<Record<InteractionType, number>> = {
  greeting: 0.3,
  chat: 3,
  collaboration: 1,
  conflict: 0.4,
};

/** Per unit of relationship strength: liking invites working together, dislike invites conflict. */
export const TYPE_STRENGTH_GAINS = { collaboration: 2.5, conflict: 4 } as const;

/** The scene's pull on each kind of exchange (multipliers); e.g. a hostile scene triples conflict. */
export const MOOD_TYPE_BIAS: Readonly<Record<ScenarioMood, Partial<Record<InteractionType, number>>>> = {
  calm: { chat: 1.5, conflict: 0.6 },
  festive: { chat: 1.5, collaboration: 1.2, conflict: 0.5 },
  playful: { chat: 1.6, conflict: 0.8 },
  tense: { conflict: 2, collaboration: 0.8 },
  hostile: { conflict: 3, collaboration: 0.6, chat: 0.8 },
  somber: { chat: 1.3, conflict: 0.7 },
  mysterious: { collaboration: 1.4 },
  collaborative: { collaboration: 2.5, conflict: 0.5 },
};

/** Objective words that call for working together, and those that call for confrontation. */
export const COLLABORATION_WORDS: ReadonlySet<string> = new Set([
  'build',
  'solve',
  'plan',
  'together',
  'help',
  'create',
  'organise',
  'organize',
  'cooperate',
  'share',
  'fix',
  'prepare',
  'design',
  'explore',
  'rescue',
  'restore',
  'gather',
  'celebrate',
  'find',
]);
export const CONFLICT_WORDS: ReadonlySet<string> = new Set([
  'win',
  'argue',
  'compete',
  'accuse',
  'defeat',
  'blame',
  'expose',
  'confront',
  'fight',
  'debate',
  'steal',
  'betray',
  'outwit',
  'beat',
  'challenge',
  'dispute',
]);

/** Each objective keyword multiplies its exchange's weight by (1 + this). */
export const OBJECTIVE_KEYWORD_GAIN = 0.5;

/** Objective keyword counts: how much the objectives call for collaboration and for conflict. */
export function objectivePull(objectives: readonly string[]): { collaboration: number; conflict: number } {
  let collaboration = 0;
  let conflict = 0;
  for (const word of objectives
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    const stem = word.replace(/(ing|ed|s)$/, '');
    if (COLLABORATION_WORDS.has(word) || COLLABORATION_WORDS.has(stem)) collaboration += 1;
    if (CONFLICT_WORDS.has(word) || CONFLICT_WORDS.has(stem)) conflict += 1;
  }
  return { collaboration, conflict };
}

/**
 * The kind of exchange `speaker` starts: a greeting with someone it has never dealt with; otherwise
 * drawn from TYPE_BASE_WEIGHTS shaped by the speaker's view of the listener, its agreeableness (the
 * disagreeable pick fights, up to ×1.5), the scenario's mood and its objectives' keywords.
 */
export function chooseInteractionType(
  speaker: Character,
  view: Relationship | null,
  mood: ScenarioMood,
  pull: { collaboration: number; conflict: number },
  random: Random,
): InteractionType {
  if (view === null || view.interactionCount === 0) return 'greeting';
  const strength = view.strength;
  const bias = MOOD_TYPE_BIAS[mood];
  const weight = (type: InteractionType, extra: number) => (TYPE_BASE_WEIGHTS[type] + extra) * (bias[type] ?? 1);
  return weightedPick(random, [
    { item: 'greeting' as const, weight: weight('greeting', 0) },
    { item: 'chat' as const, weight: weight('chat', 0) },
    {
      item: 'collaboration' as const,
      weight:
        weight('collaboration', TYPE_STRENGTH_GAINS.collaboration * Math.max(0, strength)) *
        (1 + OBJECTIVE_KEYWORD_GAIN * pull.collaboration),
    },
    {
      item: 'conflict' as const,
      weight:
        weight('conflict', TYPE_STRENGTH_GAINS.conflict * Math.max(0, -strength)) *
        (1.5 - speaker.personality.agreeableness) *
        (1 + OBJECTIVE_KEYWORD_GAIN * pull.conflict),
    },
  ]);
}

/** Every item, in a weighted random order (sampling without replacement). */
function drawAll<T>(items: readonly { item: T; weight: number }[], random: Random): T[] {
  const left = [...items];
  const order: T[] = [];
  while (left.length > 0) {
    const chosen = weightedPick(random, left);
    order.push(chosen);
    left.splice(
      left.findIndex((x) => x.item === chosen),
      1,
    );
  }
  return order;
}
