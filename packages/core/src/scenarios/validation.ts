import { EngineError } from '../errors.ts';
import { SCENARIO_MOODS } from '../model.ts';
import type { Id, ScenarioMood } from '../model.ts';
import type { ObjectiveInput } from '../conversations/objectives.ts';

/** What a caller supplies to start a scenario. */
export interface ScenarioInput {
  ecosystemId: Id;
  title: string;
  setting: string;
  mood: ScenarioMood;
  /** Plain texts, or objects with a text (and optionally id, state, progress). */
  objectives: ObjectiveInput[];
  /** End the scenario once every objective is done. @default false */
  endWhenObjectivesDone?: boolean;
  participantIds: Id[];
  /** Minutes of clock time the scenario lasts. */
  durationMinutes: number;
  /** Turns per minute of clock time. */
  speed: number;
  /** Optional cap on the number of turns. */
  maxTurns?: number | null;
  /** Same seed + same inputs ⇒ same transcript. */
  seed: number;
}

/**
 * Caps on scenario input: enough for any story a person would direct, small enough that one request
 * cannot make the director's per-turn work (which grows with participants²) or the events unbounded.
 */
export const SCENARIO_LIMITS = {
  titleMaxChars: 200,
  settingMaxChars: 2000,
  objectivesMax: 10,
  objectiveMaxChars: 200,
  participantsMin: 2,
  participantsMax: 50,
  /** One year: long-lived ambient scenarios and long headless simulations. */
  durationMinutesMax: 525_600,
  /** One turn a second. */
  speedMax: 60,
  maxTurnsMax: 1_000_000,
} as const;

/** Checks the shape of a scenario input; throws EngineError('invalid_scenario' | 'too_few_participants' | 'duplicate_participants'). */
export function validateScenarioInput(input: ScenarioInput): void {
  const L = SCENARIO_LIMITS;
  const invalid = (message: string) => new EngineError('invalid_scenario', message);
  if (typeof input.title !== 'string' || input.title.trim() === '' || input.title.length > L.titleMaxChars) {
    throw invalid(`The title must be 1 to ${L.titleMaxChars} characters.`);
  }
  if (typeof input.setting !== 'string' || input.setting.length > L.settingMaxChars) {
    throw invalid(`The setting must be at most ${L.settingMaxChars} characters.`);
  }
  if (!(SCENARIO_MOODS as readonly string[]).includes(input.mood)) {
    throw invalid(`The mood must be one of ${SCENARIO_MOODS.join(', ')}.`);
  }
  if (
    !Array.isArray(input.objectives) ||
    input.objectives.length > L.objectivesMax ||
    input.objectives.some((o) => !validObjectiveText(typeof o === 'string' ? o : o?.text))
  ) {
    throw invalid(`Give at most ${L.objectivesMax} objectives, each 1 to ${L.objectiveMaxChars} characters.`);
  }
  if (
    !(
      Number.isFinite(input.durationMinutes) &&
      input.durationMinutes > 0 &&
      input.durationMinutes <= L.durationMinutesMax
    )
  ) {
    throw invalid(`The duration must be more than 0 and at most ${L.durationMinutesMax} minutes.`);
  }
  if (!(Number.isFinite(input.speed) && input.speed > 0 && input.speed <= L.speedMax)) {
    throw invalid(`The speed must be more than 0 and at most ${L.speedMax} turns per minute.`);
  }
  const maxTurns = input.maxTurns ?? null;
  if (maxTurns !== null && !(Number.isInteger(maxTurns) && maxTurns >= 1 && maxTurns <= L.maxTurnsMax)) {
    throw invalid(`The turn cap must be a whole number from 1 to ${L.maxTurnsMax}.`);
  }
  if (!Number.isSafeInteger(input.seed)) throw invalid('The seed must be a whole number.');
  const ids = input.participantIds;
  if (!Array.isArray(ids) || ids.length > L.participantsMax) {
    throw invalid(`A scenario takes at most ${L.participantsMax} participants.`);
  }
  if (new Set(ids).size !== ids.length) {
    throw new EngineError('duplicate_participants', 'Each participant may be listed only once.');
  }
  if (ids.length < L.participantsMin) {
    throw new EngineError(
      'too_few_participants',
      `A scenario needs at least ${L.participantsMin} different characters.`,
    );
  }
}

function validObjectiveText(text: unknown): boolean {
  return typeof text === 'string' && text.trim() !== '' && text.length <= SCENARIO_LIMITS.objectiveMaxChars;
}
