export {
  MEMORY_RECENCY_DECAY_PER_HOUR,
  MEMORY_CONTENT_MAX_CHARS,
  IMPORTANCE_INTENSITY_WEIGHT,
  IMPORTANCE_VALENCE_WEIGHT,
  RELEVANCE_SAME_CHARACTER_WEIGHT,
  RELEVANCE_WORD_OVERLAP_WEIGHT,
  REFLECTION_IMPORTANCE_THRESHOLD,
  REFLECTION_MIN_IMPORTANCE,
  REFLECTION_WINDOW,
  SUMMARY_BASE_IMPORTANCE,
} from './constants.ts';
export { formReflection, reflectionDue } from './reflect.ts';
export type { ReflectionInput } from './reflect.ts';
export { summariseConversation } from './conversation-summary.ts';
export type { SummaryInput } from './conversation-summary.ts';
export { formMemory } from './form.ts';
export type { MemoryInput } from './form.ts';
export { retrieveMemories, memoryRecency, memoryRelevance } from './retrieve.ts';
export type { MemoryQuery } from './retrieve.ts';
export {
  summariseForDialogue,
  recallClause,
  memoryGist,
  memoryQuote,
  MEMORY_GIST_MAX_WORDS,
  MEMORY_QUOTE_MAX_WORDS,
} from './summarise.ts';
export { contentWords, isStopWord } from './words.ts';
export { MEMORY_WORDS_CACHE_SIZE } from './content-words-cache.ts';
