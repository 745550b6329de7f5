import type { DialogueGenerator, DialogueRequest } from '../ports/index.ts';
import { composeActLine } from './acts/compose-act.ts';
import { bondOf } from './acts/social.ts';
import { sceneWordsOf } from './acts/scene-words.ts';
import { composeLine } from './compose.ts';
import { compileGrammar } from './grammar.ts';
import { DIALOGUE_RULES } from './phrases/index.ts';
import { sceneFactsOf } from './scene/facts.ts';
import type { SceneFacts } from './scene/facts.ts';
import { sceneFor } from './scene/scene.ts';
import { recollection } from './recollection.ts';
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
  const framesUsed = new Map<string, Set<string>>();
  const facts = new Map<string, SceneFacts>();
  return {
    async generate(request) {
      return request.line ? writeActLine(request, framesUsed, facts) : writeLine(request);
    },
  };
}

/** Conversations whose used frames the template generator remembers (oldest forgotten first). */
export const FRAME_MEMORY_CONVERSATIONS = 256;

/**
 * A conversation line: the act's frames about the topic, never a frame already used in that conversation
 * (those the line lists, else those this generator remembers for the conversation id).
 */
function writeActLine(
  request: DialogueRequest,
  framesUsed: Map<string, Set<string>>,
  factsCache: Map<string, SceneFacts>,
): string {
  const line = request.line!;
  const setting = request.scenario?.setting ?? '';
  const title = request.scenario?.title ?? '';
  const key = `${setting}\u0000${title}`;
  let facts = factsCache.get(key);
  if (!facts) {
    facts = sceneFactsOf(setting, title);
    if (factsCache.size > FRAME_MEMORY_CONVERSATIONS) factsCache.clear();
    factsCache.set(key, facts);
  }
  let used = line.framesUsed ? new Set(line.framesUsed) : framesUsed.get(line.conversationId);
  if (!used) {
    used = new Set();
    if (framesUsed.size >= FRAME_MEMORY_CONVERSATIONS) framesUsed.delete(framesUsed.keys().next().value!);
    framesUsed.set(line.conversationId, used);
  }
  const name = (line.addressees[0] ?? '').split(' ')[0] ?? '';
  const { text, frame } = composeActLine({
    act: line.act,
    topic: line.topic,
    facts,
    scene: sceneWordsOf(setting, title, facts),
    name,
    incoming: request.incoming,
    random: request.random,
    used,
    speaker: { name: request.speaker.name, personality: request.speaker.personality },
    manner: {
      bond: bondOf(request.relationship?.label),
      energy: request.speaker.energy,
      pleasure: request.speaker.mood.pleasure,
    },
    others: (line.others ?? []).map((n) => n.split(' ')[0]!).filter((n) => n !== '' && n !== name),
  });
  used.add(frame);
  line.framesUsed?.push(frame);
  const recalled = recollection(request, text);
  return recalled === null ? text : `${text} ${recalled}`;
}

/** The synchronous core of the template generator (also handy for benchmarks and simulations). */
export function writeLine(request: DialogueRequest): string {
  const voice = voiceOf(request.speaker, request.relationship, request.interactionType, request.scenario?.mood ?? null);
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
