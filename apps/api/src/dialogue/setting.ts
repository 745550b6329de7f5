import { z } from 'zod';

/** Who speaks for an ecosystem's characters: the template grammar, or a language model (with templates as fallback). */
export const DIALOGUE_MODES = ['template', 'llm'] as const;
export type DialogueMode = (typeof DIALOGUE_MODES)[number];

/** An ecosystem's `dialogue` setting. */
export interface DialogueSetting {
  mode: DialogueMode;
  /** The model to ask for; null uses the server's LLM_MODEL. */
  model: string | null;
  /** Tokens the ecosystem may spend per hour on this node; null: no budget. */
  tokensPerHour: number | null;
}

/** What an ecosystem without a stored setting uses. */
export const DEFAULT_DIALOGUE: DialogueSetting = { mode: 'template', model: null, tokensPerHour: null };

/** The setting as ecosystem create and update take it. */
export const dialogueSettingSchema = z
  .strictObject({
    mode: z.enum(DIALOGUE_MODES),
    model: z.string().trim().min(1).max(200).nullish(),
    tokensPerHour: z.number().int().min(1).max(1_000_000_000).nullish(),
  })
  .transform(
    (s): DialogueSetting => ({ mode: s.mode, model: s.model ?? null, tokensPerHour: s.tokensPerHour ?? null }),
  );
