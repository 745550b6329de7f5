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

/** Why a line of an llm-mode ecosystem came from the templates (logged, and counted in /metrics). */
export const FALLBACK_REASONS = [
  'breaker_open',
  'budget_spent',
  'busy',
  'timeout',
  'refused',
  'unusable_output',
  'server_error',
] as const;
export type FallbackReason = (typeof FALLBACK_REASONS)[number];

/** What one ecosystem chose (its `dialogue` setting). */
export interface EcosystemLineSettings {
  ecosystemId: string;
  model: string | null;
  tokensPerHour: number | null;
}

/**
 * What a model's prompt may know beyond the engine's DialogueRequest (Speech gathers it; the template
 * generator never sees it, so a fallback line is the one the engine would have written). All optional.
 */
export interface LineContext {
  /** The dialogue act the conversation engine expects next (e.g. "ask", "agree"); default request.line.act. */
  act?: string | null;
  /** The topic the conversation is on; default request.line.topic. */
  topic?: string | null;
  /** The conversation so far, oldest first (the line being answered last, if any). */
  conversation?: readonly { speakerName: string; text: string }[];
  /** Progress of each objective in [0,1], by its text. */
  objectiveProgress?: Readonly<Record<string, number>>;
  /** The speaker's view of those it addresses, when the request carries no relationship. */
  addressees?: readonly { name: string; label: string; strength: number; trust: number }[];
  /** What the speaker remembers, most relevant first, when the request carries no memories. */
  memories?: readonly string[];
  /** Lore passages the speaker knows that bear on the moment ("Title: text"), most relevant first. */
  lore?: readonly string[];
}

/** Writes one line for a request; never throws: falls back to the template line and says so in `source`. */
export interface LineWriter {
  generate(
    request: DialogueRequest,
    settings: EcosystemLineSettings,
    extra?: {
      extras?: LineContext;
      onText?: (text: string) => void;
      /** A later line of an operation whose earlier line is written (a reply): served before new openings. */
      continuing?: boolean;
    },
  ): Promise<GeneratedLine>;
}
