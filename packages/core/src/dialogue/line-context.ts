import type { InteractionType, Memory } from '../model.ts';
import type { DialogueRequest, Random } from '../ports/index.ts';
import { pick } from '../random/index.ts';
import { memoryQuote, recallClause } from '../memory/index.ts';
import { echoableWords } from './context-words.ts';
import type { Slots } from './grammar.ts';
import { COLD_ADJECTIVES, MEMORY_TOPIC_CLAUSES, MOOD_INTENSITY_WORDS, QUOTE_INTROS } from './phrases/index.ts';
import type { Scene } from './scene/scene.ts';
import type { TopicFinder } from './scene/topics.ts';
import type { Voice } from './voice.ts';

/** The echoed word is one of the incoming line's longest content words (long words carry the topic). */
export const ECHO_CANDIDATES = 3;
/** A memory of the listener's words is recalled by quoting them this often. */
export const MEMORY_QUOTE_CHANCE = 0.35;
/** A memory of an exchange with the listener about a thing of the scene is recalled by that thing this often. */
export const MEMORY_TOPIC_CHANCE = 0.7;
/** An objective with a goal ("plan the harvest supper" → "the harvest supper") is talked about as that goal this often. */
export const GOAL_TALK_CHANCE = 0.3;
/** Memories with |valence| above this are recalled fondly or sorely rather than neutrally. */
export const MEMORY_VALENCE_THRESHOLD = 0.2;

/** What one line may draw on beyond the speaker: slot values and the context rules that apply. */
export interface LineContext {
  slots: Slots;
  /** The line being answered complains or grumbles, so a kind reply sympathises. */
  incomingGloomy: boolean;
  objectiveRule: string | null;
  memoryRule: string | null;
  /** Whether the top memory is about the listener, and how important it is (both make it come up more). */
  memoryAboutListener: boolean;
  memoryImportance: number;
  /**
   * The top memory as a clause for `{$memory}` ("we worked on the trellis"), or "" if it has no words.
   * Worked out only when a line recalls it, since reading a memory for its topic is not free.
   */
  recall(random: Random): string;
  scenarioMoodRule: string | null;
}

/**
 * Per-line slot values and which context rules apply. The first thing or place of the scene that the
 * incoming line names becomes the `{$topic}` of a reply.
 */
export function lineContext(request: DialogueRequest, voice: Voice, random: Random, scene: Scene): LineContext {
  const name = (request.listener?.name ?? request.listenerName).trim();
  const slots: { -readonly [K in keyof Slots]: Slots[K] } = {
    intensity: pick(random, MOOD_INTENSITY_WORDS[voice.mood.intensity]),
  };
  if (name !== '') slots.name = name;

  let objectiveRule: string | null = null;
  let scenarioMoodRule: string | null = null;
  const scenario = request.scenario;
  if (scenario !== null) {
    if (scene.setting !== '') slots.setting = scene.setting;
    const objective = scene.objectives.length > 0 ? pick(random, scene.objectives) : null;
    if (objective !== null) {
      slots.objective = objective.text;
      if (objective.goal !== null) slots.goal = objective.goal;
      objectiveRule =
        objective.goal !== null && random.next() < GOAL_TALK_CHANCE
          ? 'scenario.objective.goal'
          : `scenario.objective.${objective.form}`;
    }
    scenarioMoodRule = `scenario.mood.${scenario.mood}`;
  }

  let memoryRule: string | null = null;
  const memory = request.memories[0];
  if (memory !== undefined && memory.content.trim() !== '') {
    memoryRule =
      memory.valence > MEMORY_VALENCE_THRESHOLD
        ? 'memory.fond'
        : memory.valence < -MEMORY_VALENCE_THRESHOLD
          ? 'memory.sore'
          : 'memory.neutral';
  }
  const recall = (draw: Random) => (memory === undefined ? '' : recallMemory(memory, request, draw, scene.topics));

  let incomingGloomy = false;
  if (request.mode === 'reply' && request.incoming !== null) {
    incomingGloomy = soundsGloomy(request.incoming);
    const topic = scene.topics.first(request.incoming);
    if (topic !== null) slots.topic = `the ${topic}`;
    // Only words the speaker brought themselves are picked up: the grammar's own would just echo its phrasing.
    const own = scene.grammar.words();
    const words = echoableWords(request.incoming).filter((w) => !own.has(w));
    if (words.length > 0) slots.echo = pick(random, words.slice(0, ECHO_CANDIDATES));
  }
  const memoryAboutListener = memory !== undefined && memoryAboutName(memory, request) !== '';
  const memoryImportance = memory?.importance ?? 0;
  return {
    slots,
    incomingGloomy,
    objectiveRule,
    memoryRule,
    memoryAboutListener,
    memoryImportance,
    recall,
    scenarioMoodRule,
  };
}

/** Words of complaint, grumbling and worry (and every cold adjective of the grammar). */
const GLOOMY_WORDS: ReadonlySet<string> = new Set([
  ...COLD_ADJECTIVES,
  'ugh',
  'hate',
  'sick',
  'tired',
  'wasted',
  'ruined',
  'botched',
  'typical',
  'worse',
  'mess',
  'mad',
  'fed',
  'furious',
  'angry',
  'worried',
  'afraid',
  'scared',
  'nervous',
  'hurt',
  'upset',
  'sad',
  'despise',
  'blocked',
  'broken',
  'tch',
  'hmph',
  'pfft',
  'bah',
  'groan',
  'urgh',
  'sigh',
  'uneasy',
  'fretting',
]);

/** Any word of GLOOMY_WORDS, as a whole word, any case: one scan of the line, no word list made. */
const GLOOMY = new RegExp(`(?<![a-z])(?:${[...GLOOMY_WORDS].join('|')})(?![a-z])`, 'i');

/** Whether `line` grumbles: any word of GLOOMY_WORDS in it. */
export function soundsGloomy(line: string): boolean {
  return GLOOMY.test(line);
}

/**
 * "we worked on the trellis" for an exchange with the listener about a thing of the scene; otherwise
 * "you argued with me", or, for a memory of the listener's own words, "you said “…”".
 */
function recallMemory(memory: Memory, request: DialogueRequest, random: Random, topics: TopicFinder): string {
  const aboutName = memoryAboutName(memory, request);
  const kind = aboutName === '' ? null : exchangeKind(memory.content);
  const topic = kind === null ? null : topics.first(memory.content);
  if (kind !== null && topic !== null && random.next() < MEMORY_TOPIC_CHANCE) {
    return pick(random, MEMORY_TOPIC_CLAUSES[kind]).replace('{topic}', `the ${topic}`);
  }
  const quote = aboutName === '' ? null : memoryQuote(memory);
  if (quote !== null && random.next() < MEMORY_QUOTE_CHANCE) return `${pick(random, QUOTE_INTROS)} “${quote}”`;
  return recallClause(memory, aboutName);
}

/** What kind of exchange a memory records, from the verb the interaction pipeline writes ("… worked with me: …"). */
function exchangeKind(content: string): InteractionType | null {
  for (const [kind, pattern] of EXCHANGE_PATTERNS) if (pattern.test(content)) return kind;
  return null;
}

const EXCHANGE_PATTERNS: readonly (readonly [InteractionType, RegExp])[] = [
  ['greeting', /\bgreeted\b/],
  ['chat', /\bchatted with\b/],
  ['collaboration', /\bworked with\b/],
  ['conflict', /\bargued with\b/],
];

/** The listener's name when the memory is about them (it becomes "you"); otherwise "" (no one renamed). */
function memoryAboutName(memory: Memory, request: DialogueRequest): string {
  if (request.listener !== null) return memory.aboutId === request.listener.id ? request.listener.name : '';
  return memory.aboutId === null ? request.listenerName : '';
}
