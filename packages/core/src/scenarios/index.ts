export { SCENARIO_LIMITS, validateScenarioInput } from './validation.ts';
export type { ScenarioInput } from './validation.ts';
export { startScenario } from './start.ts';
export { END_REASON_MAX_CHARS, endScenario, pauseScenario, resumeScenario } from './lifecycle.ts';
export type { ScenarioChange } from './lifecycle.ts';
export { runTurn } from './turn.ts';
export type { TurnOutcome } from './turn.ts';
export { INTERVENTION_LIMITS, PROVOCATION_SENTIMENT, intervene } from './intervention.ts';
export type { Intervention } from './intervention.ts';
export {
  COLLABORATION_WORDS,
  CONFLICT_WORDS,
  MOOD_TYPE_BIAS,
  OBJECTIVE_KEYWORD_GAIN,
  TALKATIVENESS,
  TARGET_WEIGHTS,
  TYPE_BASE_WEIGHTS,
  TYPE_STRENGTH_GAINS,
  chooseInteractionType,
  eagerness,
  objectivePull,
  speakerOrder,
  targetOrder,
} from './casting.ts';
export { mentionedIn } from './mentions.ts';
export { transcriptOf } from './transcript.ts';
export type { NameLookup, TranscriptLine } from './transcript.ts';
export { CAST_NAMES, generateCast } from './cast.ts';
export {
  SIMULATION_SCENES,
  SIMULATION_SPEED,
  SIMULATION_START_MS,
  createSequentialIds,
  createVirtualClock,
  simulate,
} from './simulation.ts';
export type { SimulationOptions, SimulationResult } from './simulation.ts';
export { formatJsonLines, formatRelationshipTable, formatTranscript } from './simulation-format.ts';
