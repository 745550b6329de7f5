import type { DialogueGenerator, DialogueRequest } from '../ports/index.ts';
import { composeLine } from './compose.ts';
import { compileGrammar } from './grammar.ts';
import { DIALOGUE_RULES } from './phrases/index.ts';
import { sceneFor } from './scene/scene.ts';
import { voiceOf } from './voice.ts';

/** Fresh draws tried before a repeated line is varied deterministically instead. */
export const MAX_LINE_ATTEMPTS = 8;

/** Compiled once per process: every generator shares the same immutable grammar (the everyday scene). */
const GRAMMAR = compileGrammar(DIALOGUE_RULES);

/**
 * The default dialogue generator: a deterministic template grammar conditioned on personality, mood,
 * relationship, interaction type, mode, scenario and memories. All randomness comes from
 * `request.random`; the same request with a random in the same state gives the same line.
 */
export function createTemplateDialogue(): DialogueGenerator {
  return {
    async generate(request) {
      return writeLine(request);
    },
  };
}

/** The synchronous core of the template generator (also handy for benchmarks and simulations). */
export function writeLine(request: DialogueRequest): string {
  const voice = voiceOf(
    request.speaker, request.relationship, request.interactionType, request.scenario?.mood ?? null,
  );
  const scene = sceneFor(GRAMMAR, request.scenario);
  const previous = request.previousLine?.trim() ?? null;
  let line = '';
  for (let attempt = 0; attempt < MAX_LINE_ATTEMPTS; attempt++) {
    line = composeLine(scene, request, voice, request.random);
    if (line !== previous) return line;
  }
  return varied(line);
}

/** A last resort that always differs from `line`: change the closing mark of the final sentence. */
function varied(line: string): string {
  const last = line.charAt(line.length - 1);
  const body = line.slice(0, -1);
  if (last === '.') return `${body}!`;
  if (last === '!') return `${body}.`;
  return `${body}?!`;
}
