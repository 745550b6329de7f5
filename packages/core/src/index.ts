/**
 * @ensemble/core — the engine's public API. Everything another package may use is listed here by
 * name; anything not listed is internal. The EngineStore contract suite is `@ensemble/core/testing`.
 */

// Domain model and ports.
export type {
  BigFive,
  Character,
  EcosystemEvent,
  Emotion,
  EmotionName,
  EventDraft,
  EventType,
  Id,
  InteractionRecord,
  InteractionType,
  Memory,
  MemoryKind,
  MoodIntensity,
  MoodLabel,
  MoodOctant,
  PAD,
  Relationship,
  RelationshipDelta,
  RelationshipLabel,
  Scenario,
  ScenarioMood,
  ScenarioStatus,
  Objective,
  ObjectiveState,
  Conversation,
} from './model.ts';
export {
  EMOTION_NAMES,
  EVENT_TYPES,
  INTERACTION_TYPES,
  MEMORY_KINDS,
  RELATIONSHIP_LABELS,
  SCENARIO_MOODS,
} from './model.ts';
export { MOOD_OCTANTS } from './model.ts';
export type {
  Clock,
  DialogueGenerator,
  DialogueLine,
  DialogueRequest,
  DialogueScenario,
  EngineDeps,
  LoreKnowledge,
  LorePassage,
  QueryMeaning,
  EngineStore,
  ExchangeReads,
  GraphCharacter,
  GraphNeighbour,
  IdGenerator,
  NeighbourFilter,
  Random,
  RecallAsk,
  SentimentAnalyzer,
  SocialGraph,
  StoreChanges,
} from './ports/index.ts';
export { pickRecall } from './store/batch.ts';
export { ENGINE_ERROR_CODES, EngineError, type EngineErrorCode } from './errors.ts';
export { clamp, clampSigned, clampUnit } from './bounds.ts';

// Personality.
export {
  BIG_FIVE_TRAITS,
  COMPATIBILITY_WEIGHTS,
  PERSONALITY_DRIFT_BOUNDS,
  PERSONALITY_DRIFT_DIRECTIONS,
  PERSONALITY_DRIFT_EVENT_STEP,
  PERSONALITY_DRIFT_RATE,
  driftCrossedStep,
  driftPersonality,
  bigFiveSchema,
  centered,
  compatibility,
  parsePersonality,
} from './personality/index.ts';
export type { BigFiveTrait } from './personality/index.ts';

// Affect: mood, emotions, energy.
export {
  DESIRABILITY_WEIGHTS,
  EMOTION_CENTRES,
  ENERGY_COST,
  ENERGY_RECOVERY_PER_MINUTE,
  ENERGY_ROLE_FACTOR,
  ENERGY_THRESHOLD,
  EXTRAVERSION_COST_GAIN,
  EXTRAVERSION_RECOVERY_GAIN,
  FEAR_NEUROTICISM_THRESHOLD,
  FEAR_ROLE_WEIGHT,
  HOPE_FROM_COLLABORATION,
  MEHRABIAN_BASELINE,
  MIN_EMOTION_INTENSITY,
  MOOD_HALF_LIFE_MS,
  MOOD_INTENSITY_THRESHOLDS,
  MOOD_STEP,
  OWN_ACT,
  PRAISE_WEIGHTS,
  RELATIONSHIP_SALIENCE,
  TRAIT_GAINS,
  applyEmotions,
  appraise,
  baselineMood,
  canStartInteraction,
  decayMood,
  emotionalStateOf,
  energyCost,
  moodLabel,
  recoverEnergy,
  settleCharacter,
  spendEnergy,
} from './affect/index.ts';
export type { AppraisalInput, EmotionalStateView } from './affect/index.ts';

// Relationships.
export {
  ACQUAINTED_AFTER_INTERACTIONS,
  COMPATIBILITY_INFLUENCE,
  EVIDENCE_WEIGHTS,
  INITIAL_TRUST,
  RELATIONSHIP_DRIFT_HALF_LIFE_MS,
  RELATIONSHIP_THRESHOLDS,
  STRENGTH_RATE,
  TRUST_GAIN_RATE,
  TRUST_LOSS_MULTIPLIER,
  TYPE_VALENCE,
  driftRelationship,
  newRelationship,
  relationshipLabel,
  updateRelationship,
} from './relationships/index.ts';
export type { RelationshipUpdateInput } from './relationships/index.ts';

// Sentiment, randomness.
export { SENTIMENT_COMPARATIVE_SCALE, createSentimentAnalyzer } from './sentiment/index.ts';
export { createRandom, pick, randomFor, weightedPick } from './random/index.ts';

// Memory.
export {
  IMPORTANCE_INTENSITY_WEIGHT,
  IMPORTANCE_VALENCE_WEIGHT,
  MEMORY_CONTENT_MAX_CHARS,
  MEMORY_GIST_MAX_WORDS,
  MEMORY_RECENCY_DECAY_PER_HOUR,
  RELEVANCE_SAME_CHARACTER_WEIGHT,
  RELEVANCE_WORD_OVERLAP_WEIGHT,
  REFLECTION_IMPORTANCE_THRESHOLD,
  REFLECTION_MIN_IMPORTANCE,
  REFLECTION_WINDOW,
  SUMMARY_BASE_IMPORTANCE,
  contentWords,
  formMemory,
  formReflection,
  reflectionDue,
  summariseConversation,
  isStopWord,
  memoryGist,
  memoryRecency,
  memoryRelevance,
  retrieveMemories,
  summariseForDialogue,
} from './memory/index.ts';
export type { MemoryInput, MemoryQuery, ReflectionInput, SummaryInput } from './memory/index.ts';

// Dialogue.
export {
  ADDRESS_CHANCE,
  CONTEXT_EXTRA_WEIGHTS,
  ECHO_FIRST_CHANCE,
  MAX_LINE_ATTEMPTS,
  MEMORY_VALENCE_THRESHOLD,
  NEUTRAL_TONE_WEIGHT,
  STANCE_WARMTH,
  TONE_SHARPNESS,
  TYPE_WARMTH,
  WARMTH_WEIGHTS,
  createTemplateDialogue,
  voiceOf,
  writeLine,
} from './dialogue/index.ts';
export type { Stance, Tone, TraitExtra, Voice } from './dialogue/index.ts';

// Conversations: dialogue acts, topics, the conversation director, objectives.
export {
  ACT_LEANING,
  DIALOGUE_ACTS,
  acceptChance,
  advanceObjectives,
  emotionOfLine,
  objectiveLabel,
  objectivesFrom,
  readMessage,
  replyAct,
  topicsOf,
} from './conversations/index.ts';
export type { DialogueAct, ObjectiveInput, ReadMessage, SpokenLine, Topic } from './conversations/index.ts';
export { forbiddenWords, sceneFactsOf } from './dialogue/scene/facts.ts';
export type { SceneFacts } from './dialogue/scene/facts.ts';

// Interactions.
export {
  DIALOGUE_MEMORY_LIMIT,
  INTERACTION_CONTENT_MAX_CHARS,
  MEMORY_CANDIDATES,
  PAIR_COOLDOWN_MS,
  checkFeasibility,
  processInteraction,
  linesToWrite,
  meaningOf,
  recallAsk,
  reflectionAsk,
  shortlist,
} from './interactions/index.ts';
export type { Feasibility, FeasibilityReason, InteractionRequest, InteractionResult } from './interactions/index.ts';

// Events.
export {
  characterCreatedEvent,
  characterDeletedEvent,
  characterInteractionEvent,
  characterSnapshot,
  characterStateChangedEvent,
  characterUpdatedEvent,
  ecosystemUpdatedEvent,
  personalityDriftedEvent,
  isEventOfType,
  isoTimestamp,
  relationshipChangeData,
  relationshipChangedEvent,
  scenarioEndedEvent,
  scenarioPausedEvent,
  scenarioResumedEvent,
  scenarioStartedEvent,
  scenarioTurnEvent,
  userInterventionEvent,
  objectiveEvent,
  conversationData,
  conversationFromData,
} from './events/index.ts';
export type {
  CharacterCreatedData,
  CharacterDeletedData,
  CharacterInteractionData,
  CharacterInteractionEventInput,
  CharacterSnapshotData,
  CharacterStateChangedData,
  CharacterUpdatedData,
  ConversationCloseReason,
  ConversationClosingData,
  ConversationData,
  ConversationLineData,
  EcosystemUpdatedData,
  ObjectiveData,
  PersonalityDriftedData,
  EventDataByType,
  RelationshipChangeData,
  RelationshipChangedData,
  ScenarioEndedData,
  ScenarioPausedData,
  ScenarioResumedData,
  ScenarioStartedData,
  ScenarioTurnData,
  StateChangeCause,
  TurnSummary,
  TypedEcosystemEvent,
  TypedEventDraft,
  UserInterventionData,
  UserInterventionEventInput,
} from './events/index.ts';
export { asKnownEvent, type KnownEcosystemEvent } from './events/index.ts';

// Scenarios: the director, transcripts, headless simulation.
export {
  CAST_NAMES,
  COLLABORATION_WORDS,
  CONFLICT_WORDS,
  END_REASON_MAX_CHARS,
  INTERVENTION_LIMITS,
  MOOD_TYPE_BIAS,
  OBJECTIVE_KEYWORD_GAIN,
  PROVOCATION_SENTIMENT,
  SCENARIO_LIMITS,
  SIMULATION_SCENES,
  SIMULATION_SPEED,
  SIMULATION_START_MS,
  TALKATIVENESS,
  TARGET_WEIGHTS,
  TYPE_BASE_WEIGHTS,
  TYPE_STRENGTH_GAINS,
  chooseInteractionType,
  createSequentialIds,
  createVirtualClock,
  eagerness,
  endScenario,
  formatRelationshipTable,
  formatJsonLines,
  formatTranscript,
  generateCast,
  intervene,
  mentionedIn,
  objectivePull,
  pauseScenario,
  resumeScenario,
  runTurn,
  simulate,
  speakerOrder,
  startScenario,
  targetOrder,
  transcriptOf,
  validateScenarioInput,
} from './scenarios/index.ts';
export type {
  Intervention,
  NameLookup,
  ScenarioChange,
  ScenarioInput,
  SimulationOptions,
  SimulationResult,
  TranscriptLine,
  TurnOutcome,
} from './scenarios/index.ts';

// Stores.
export { InMemoryStore } from './store/index.ts';
export type { InMemoryStoreOptions } from './store/index.ts';
export * from './cards/index.ts';
export * from './replay/index.ts';
