import type { Memory } from '../model.ts';
import type { DialogueRequest, Random } from '../ports/index.ts';
import { pick } from '../random/index.ts';
import { memoryQuote, recallClause } from '../memory/index.ts';
import { echoableWords, spliceableObjective, spliceableSetting } from './context-words.ts';
import type { Slots } from './grammar.ts';
import { MOOD_INTENSITY_WORDS, QUOTE_INTROS } from './phrases/index.ts';
import type { Voice } from './voice.ts';

/** The echoed word is one of the incoming line's longest content words (long words carry the topic). */
export const ECHO_CANDIDATES = 3;
/** A memory of the listener's words is recalled by quoting them this often. */
export const MEMORY_QUOTE_CHANCE = 0.5;
/** Memories with |valence| above this are recalled fondly or sorely rather than neutrally. */
export const MEMORY_VALENCE_THRESHOLD = 0.2;

/** What one line may draw on beyond the speaker: slot values and the context rules that apply. */
export interface LineContext {
  slots: Slots;
  objectiveRule: string | null;
  memoryRule: string | null;
  scenarioMoodRule: string | null;
}

/** Per-line slot values and which context rules apply. */
export function lineContext(request: DialogueRequest, voice: Voice, random: Random): LineContext {
  const name = (request.listener?.name ?? request.listenerName).trim();
  const slots: { -readonly [K in keyof Slots]: Slots[K] } = {
    intensity: pick(random, MOOD_INTENSITY_WORDS[voice.mood.intensity]),
  };
  if (name !== '') slots.name = name;

  let objectiveRule: string | null = null;
  let scenarioMoodRule: string | null = null;
  const scenario = request.scenario;
  if (scenario !== null) {
    const setting = spliceableSetting(scenario.setting);
    if (setting !== '') slots.setting = setting;
    const objectives = scenario.objectives.filter((o) => o.trim() !== '');
    const objective = objectives.length > 0 ? spliceableObjective(pick(random, objectives)) : null;
    if (objective !== null) {
      slots.objective = objective.text;
      objectiveRule = `scenario.objective.${objective.form}`;
    }
    scenarioMoodRule = `scenario.mood.${scenario.mood}`;
  }

  let memoryRule: string | null = null;
  const memory = request.memories[0];
  const clause = memory === undefined ? '' : recallMemory(memory, request, random);
  if (memory !== undefined && clause !== '') {
    slots.memory = clause;
    memoryRule = memory.valence > MEMORY_VALENCE_THRESHOLD ? 'memory.fond'
      : memory.valence < -MEMORY_VALENCE_THRESHOLD ? 'memory.sore' : 'memory.neutral';
  }

  if (request.mode === 'reply' && request.incoming !== null) {
    const words = echoableWords(request.incoming);
    if (words.length > 0) slots.echo = pick(random, words.slice(0, ECHO_CANDIDATES));
  }
  return { slots, objectiveRule, memoryRule, scenarioMoodRule };
}

/** "you argued with me", or, for a memory of the listener's own words, "you said “…”". */
function recallMemory(memory: Memory, request: DialogueRequest, random: Random): string {
  const aboutName = memoryAboutName(memory, request);
  const quote = aboutName === '' ? null : memoryQuote(memory);
  if (quote !== null && random.next() < MEMORY_QUOTE_CHANCE) return `${pick(random, QUOTE_INTROS)} “${quote}”`;
  return recallClause(memory, aboutName);
}

/** The listener's name when the memory is about them (it becomes "you"); otherwise "" (no one renamed). */
function memoryAboutName(memory: Memory, request: DialogueRequest): string {
  if (request.listener !== null) return memory.aboutId === request.listener.id ? request.listener.name : '';
  return memory.aboutId === null ? request.listenerName : '';
}

