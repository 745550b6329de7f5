import type { RuleSet } from '../grammar.ts';
import { CHAT_RULES } from './chat.ts';
import { COLLABORATION_RULES } from './collaboration.ts';
import { CONFLICT_RULES } from './conflict.ts';
import { CONTEXT_RULES } from './context.ts';
import { GREETING_RULES } from './greeting.ts';
import { MOOD_RULES } from './moods.ts';
import { OPENER_RULES } from './openers.ts';
import { STANCE_RULES } from './stance.ts';
import { TRAIT_RULES } from './traits.ts';
import { VOCABULARY_RULES } from './vocabulary.ts';
import { everydayRules } from '../scene/scene.ts';

/**
 * The whole phrase grammar of the template dialogue generator, set in the everyday scene; a scenario's
 * scene replaces the scene rules (places, things, tasks, times) when the line is written.
 */
export const DIALOGUE_RULES: RuleSet = {
  ...VOCABULARY_RULES,
  ...everydayRules(),
  ...GREETING_RULES,
  ...CHAT_RULES,
  ...COLLABORATION_RULES,
  ...CONFLICT_RULES,
  ...TRAIT_RULES,
  ...MOOD_RULES,
  ...STANCE_RULES,
  ...CONTEXT_RULES,
  ...OPENER_RULES,
};

export { MOOD_INTENSITY_WORDS } from './moods.ts';
export { COLD_ADJECTIVES } from './vocabulary.ts';
export { MEMORY_TOPIC_CLAUSES, QUOTE_INTROS } from './context.ts';
