import { writeLine, type DialogueRequest } from '@ensemble/core';
import { ChatError, streamChat } from './chat-client.ts';
import { CircuitBreaker } from './circuit-breaker.ts';
import { LINE_OUTPUT_SCHEMA, parseLineOutput, partialLine, plainLine } from './line-output.ts';
import { buildPrompt, type PromptExtras } from './prompt.ts';
import { Slots } from './slots.ts';
import { TokenBudget } from './token-budget.ts';
import type { EcosystemLineSettings, GeneratedLine, LineWriter } from '../../dialogue/line-writer.ts';

export type { GeneratedLine, LineSource } from '../../dialogue/line-writer.ts';

/** The node-wide settings of the language-model adapter (from the environment). */
export interface LlmOptions {
  baseUrl: string;
  apiKey: string | null;
  /** The model when an ecosystem names none. */
  model: string;
  /** Longest wait for the first piece of text. */
  firstTokenMs: number;
  /** Longest time for a whole line, waiting for a free slot included. */
  lineMs: number;
  /** Generations at once on this node. */
  concurrency: number;
  /** Longest line kept; longer ones fall back to the template line. */
  maxLineChars: number;
  /** Failures in a row that open the circuit breaker. */
  breakerFailures: number;
  /** How long the breaker stays open. */
  breakerCooldownMs: number;
  now: () => number;
  log: (line: string) => void;
}

/** Why a line fell back to the template, for the log. */
type FallbackReason =
  | 'breaker_open'
  | 'budget_spent'
  | 'busy'
  | 'timeout'
  | 'refused'
  | 'unusable_output'
  | 'server_error';

/** Tokens asked for at most: a spoken line is short, and the cap keeps a runaway answer cheap. */
const MAX_TOKENS = 256;

/**
 * Writes lines with an OpenAI-compatible server, and with the template generator whenever the server
 * cannot: breaker open, budget spent, no free slot in time, a timeout, an HTTP error, a refusal, or an
 * answer that is empty, malformed or too long. The answer never throws.
 */
export class LlmDialogue implements LineWriter {
  readonly breaker: CircuitBreaker;
  readonly budget: TokenBudget;
  readonly #slots: Slots;

  constructor(readonly options: LlmOptions) {
    this.breaker = new CircuitBreaker({
      failures: options.breakerFailures,
      cooldownMs: options.breakerCooldownMs,
      now: options.now,
    });
    this.budget = new TokenBudget(options.now);
    this.#slots = new Slots(options.concurrency);
  }

  /** One line for `request`; `onText` receives the line's text as it streams in (not called for templates). */
  async generate(
    request: DialogueRequest,
    settings: EcosystemLineSettings,
    extra: { extras?: PromptExtras; onText?: (text: string) => void; lore?: readonly string[] } = {},
  ): Promise<GeneratedLine> {
    const o = this.options;
    const fallback = (reason: FallbackReason): GeneratedLine => {
      if (reason !== 'budget_spent' && reason !== 'breaker_open')
        o.log(`[llm] line written from templates instead (${reason})`);
      return { text: writeLine(request), source: 'template' };
    };
    if (!this.breaker.allows()) return fallback('breaker_open');
    if (this.budget.exhausted(settings.ecosystemId, settings.tokensPerHour)) return fallback('budget_spent');
    const deadline = o.now() + o.lineMs;
    if (!(await this.#slots.take(o.lineMs))) return fallback('busy');
    const abort = new AbortController();
    const timeout = (reason: string) => abort.abort(new Error(reason));
    let firstTimer: NodeJS.Timeout | null = setTimeout(() => timeout('first token'), o.firstTokenMs);
    const lineTimer = setTimeout(() => timeout('line'), Math.max(0, deadline - o.now()));
    let raw = '';
    let shown = '';
    let overlong = false;
    try {
      const answer = await streamChat({
        baseUrl: o.baseUrl,
        apiKey: o.apiKey,
        model: settings.model ?? o.model,
        messages: buildPrompt(request, extra.lore ? { ...extra.extras, lore: extra.lore } : extra.extras),
        jsonSchema: LINE_OUTPUT_SCHEMA,
        maxTokens: MAX_TOKENS,
        signal: abort.signal,
        onText: (piece) => {
          if (firstTimer) {
            clearTimeout(firstTimer);
            firstTimer = null;
          }
          raw += piece;
          const line = partialLine(raw);
          if (line.length > o.maxLineChars + 8) {
            overlong = true;
            abort.abort(new Error('overlong'));
            return;
          }
          if (line.length > shown.length && line.startsWith(shown)) {
            extra.onText?.(line.slice(shown.length));
            shown = line;
          }
        },
      });
      this.budget.charge(settings.ecosystemId, answer.tokens);
      this.breaker.succeeded();
      if (answer.refused) return fallback('refused');
      const parsed = parseLineOutput(answer.text);
      const text = parsed === null ? null : plainLine(parsed.line, o.maxLineChars, request.speaker.name);
      return text === null ? fallback('unusable_output') : { text, source: 'llm' };
    } catch (error) {
      if (overlong) {
        this.breaker.succeeded();
        return fallback('unusable_output');
      }
      this.breaker.failed();
      if (abort.signal.aborted) return fallback('timeout');
      if (error instanceof ChatError && error.kind === 'protocol') return fallback('unusable_output');
      return fallback('server_error');
    } finally {
      if (firstTimer) clearTimeout(firstTimer);
      clearTimeout(lineTimer);
      this.#slots.release();
    }
  }

  /** Generations under way on this node. */
  get busy(): number {
    return this.#slots.busy;
  }
}
