/**
 * The port Speech writes lines through: a language-model adapter (adapters/llm) implements it. Speech knows
 * nothing of HTTP or models; services.ts picks the adapter.
 */
import type { DialogueRequest } from '@ensemble/core';

/** Who wrote a line. */
export type LineSource = 'llm' | 'template';

/** A line and who wrote it. */
export interface GeneratedLine {
  text: string;
  source: LineSource;
}

/** What one ecosystem chose (its `dialogue` setting). */
export interface EcosystemLineSettings {
  ecosystemId: string;
  model: string | null;
  tokensPerHour: number | null;
}

/** Writes one line for a request; never throws: falls back to the template line and says so in `source`. */
export interface LineWriter {
  generate(
    request: DialogueRequest,
    settings: EcosystemLineSettings,
    /** `lore`: passages the speaker knows that bear on the moment, for the prompt. */
    extra?: { onText?: (text: string) => void; lore?: readonly string[] },
  ): Promise<GeneratedLine>;
}
