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

/** The whole phrase grammar of the template dialogue generator. */
export const DIALOGUE_RULES: RuleSet = {
  ...VOCABULARY_RULES,
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
export { QUOTE_INTROS } from './context.ts';
