import type { DialogueRequest, Random } from '../ports/index.ts';
import { weightedPick } from '../random/index.ts';
import type { LineContext } from './line-context.ts';
import type { Tone, TraitExtra, Voice } from './voice.ts';

/** Sentences a line may add after its core: a trait's voice, the mood, the stance, or the context. */
export type Extra =
  | TraitExtra
  | 'echo'
  | 'memory'
  | 'setting'
  | 'objective'
  | 'scenarioMood'
  | 'mood'
  | 'stance'
  | 'closer';

/** Weights of the context extras, when their context is present. */
export const CONTEXT_EXTRA_WEIGHTS = {
  echo: 1.3,
  memory: 0.2,
  memoryOfListener: 0.3,
  memoryImportance: 0.5,
  setting: 0.5,
  objective: 0.25,
  objectiveInCollaboration: 0.35,
  scenarioMood: 0.3,
} as const;

/** Zero, one or two distinct extras: more likely, and more of them, for extraverts. */
export function chooseExtras(
  request: DialogueRequest,
  voice: Voice,
  tone: Tone,
  context: LineContext,
  random: Random,
): Extra[] {
  const [firstChance, secondChance] = voice.extraChances;
  const count = random.next() < firstChance ? (random.next() < secondChance ? 2 : 1) : 0;
  if (count === 0) return [];
  const candidates = extraCandidates(request, voice, tone, context);
  const chosen: Extra[] = [];
  for (let i = 0; i < count && candidates.length > 0; i++) {
    const extra = weightedPick(random, candidates);
    chosen.push(extra);
    candidates.splice(
      candidates.findIndex((c) => c.item === extra),
      1,
    );
  }
  return chosen;
}

function extraCandidates(
  request: DialogueRequest,
  voice: Voice,
  tone: Tone,
  context: LineContext,
): { item: Extra; weight: number }[] {
  const w = CONTEXT_EXTRA_WEIGHTS;
  const { slots } = context;
  const candidates: { item: Extra; weight: number }[] = [];
  for (const trait of voice.traitExtras) {
    if (trait.weight <= 0 || !fitsTone(trait.item, tone, request)) continue;
    candidates.push(trait);
  }
  candidates.push({ item: 'mood', weight: voice.moodWeight });
  candidates.push({ item: 'stance', weight: voice.stanceWeight });
  candidates.push({ item: 'closer', weight: voice.closerWeight });
  if (slots.topic !== undefined || slots.echo !== undefined) candidates.push({ item: 'echo', weight: w.echo });
  if (context.memoryRule !== null) {
    // A memory comes up more when it is of the listener and when it mattered (Generative Agents' poignancy).
    const weight =
      w.memory + (context.memoryAboutListener ? w.memoryOfListener : 0) + w.memoryImportance * context.memoryImportance;
    candidates.push({ item: 'memory', weight });
  }
  if (slots.setting !== undefined) candidates.push({ item: 'setting', weight: w.setting });
  if (context.objectiveRule !== null) {
    const weight = request.interactionType === 'collaboration' ? w.objectiveInCollaboration : w.objective;
    candidates.push({ item: 'objective', weight });
  }
  if (context.scenarioMoodRule !== null) candidates.push({ item: 'scenarioMood', weight: w.scenarioMood });
  return candidates;
}

/** Kindness does not follow a cold line, bluntness a warm one, nor a cheerful invitation a quarrel. */
function fitsTone(extra: TraitExtra, tone: Tone, request: DialogueRequest): boolean {
  if (extra === 'kind') return tone !== 'cold';
  if (extra === 'blunt') return tone !== 'warm';
  if (extra === 'initiative') return request.interactionType !== 'conflict';
  return true;
}

/** The grammar rule that voices `extra` in this tone, mood and context. */
export function extraRule(extra: Extra, tone: Tone, voice: Voice, context: LineContext): string {
  switch (extra) {
    case 'echo':
      return context.slots.topic !== undefined ? `topic.${tone}` : `echo.${tone}`;
    case 'memory':
      return context.memoryRule ?? 'memory.neutral';
    case 'setting':
      return 'scenario.setting';
    case 'objective':
      return context.objectiveRule ?? 'scenario.objective.noun';
    case 'scenarioMood':
      return context.scenarioMoodRule ?? 'scenario.mood.calm';
    case 'mood':
      return `mood.${voice.mood.octant}`;
    case 'stance':
      return `stance.${voice.stance}`;
    case 'closer':
      return `closer.${tone}`;
    case 'open':
    case 'conventional':
    case 'orderly':
    case 'spontaneous':
    case 'anxious':
    case 'steady':
    case 'initiative':
    case 'reserved':
    case 'kind':
    case 'blunt':
      return `trait.${extra}`;
  }
}
