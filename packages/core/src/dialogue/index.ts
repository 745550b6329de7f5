export { createTemplateDialogue, writeLine, MAX_LINE_ATTEMPTS } from './template-dialogue.ts';
export {
  voiceOf,
  WARMTH_WEIGHTS,
  STANCE_WARMTH,
  TYPE_WARMTH,
  SCENARIO_MOOD_WARMTH,
  TONE_SHARPNESS,
  NEUTRAL_TONE_WEIGHT,
} from './voice.ts';
export type { Voice, Tone, Stance, TraitExtra } from './voice.ts';
export { ECHO_FIRST_CHANCE, ECHO_REPLY_CHANCE, TOPIC_REPLY_CHANCE } from './compose.ts';
export { ADDRESS_CHANCE, ADDRESS_FIRST_CHANCE, ADDRESS_MIDDLE_CHANCE } from './core-dressing.ts';
export { CONTEXT_EXTRA_WEIGHTS } from './extras.ts';
export {
  ECHO_CANDIDATES,
  GOAL_TALK_CHANCE,
  MEMORY_QUOTE_CHANCE,
  MEMORY_TOPIC_CHANCE,
  MEMORY_VALENCE_THRESHOLD,
} from './line-context.ts';
export { SCENE_CACHE_SIZE, SETTING_PHRASE_MAX_WORDS } from './scene/scene.ts';
export { THEME_WEIGHTS } from './scene/detect.ts';
