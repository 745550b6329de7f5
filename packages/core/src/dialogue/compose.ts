import type { DialogueRequest, Random } from '../ports/index.ts';
import { weightedPick } from '../random/index.ts';
import { chooseExtras, extraRule } from './extras.ts';
import type { Grammar } from './grammar.ts';
import { lineContext } from './line-context.ts';
import { finishSentence, firstWord, INTERJECTIONS, QUESTION_OPENERS, withTrailingAddress } from './sentence.ts';
import type { Voice } from './voice.ts';

/**
 * Composes one line: a core sentence for (interaction type, mode, tone), optionally opened by an
 * interjection, a hedge and the listener's name, then up to two extra sentences chosen by weight among
 * the speaker's traits, mood, stance, the scenario, its top memory and the line it answers.
 */

/** An 'initiate' line usually addresses the listener by name; a reply only sometimes does. */
export const ADDRESS_CHANCE = { initiate: 0.85, reply: 0.3 } as const;
/** Where an address by name goes: before the core ("Theo, …") this often, else after it ("…, Theo"). */
export const ADDRESS_FIRST_CHANCE = { initiate: 0.65, reply: 0.5 } as const;
/** A reply that echoes a word of the incoming line puts that reaction first this often. */
export const ECHO_FIRST_CHANCE = 0.6;

/** Writes one line for `request` in `voice`, drawing every choice from `random`. */
export function composeLine(grammar: Grammar, request: DialogueRequest, voice: Voice, random: Random): string {
  const context = lineContext(request, voice, random);
  const { slots } = context;
  const tone = weightedPick(random, voice.toneWeights);
  const mode = request.mode;

  let core = grammar.expand(`${request.interactionType}.${mode}.${tone}`, random, slots);
  const opener = firstWord(core);
  const opensWithInterjection = INTERJECTIONS.has(opener);
  if (request.interactionType !== 'greeting' && tone !== 'cold' && !opensWithInterjection
    && !QUESTION_OPENERS.has(opener) && !core.endsWith('?') && random.next() < voice.hedgeChance) {
    core = `${grammar.expand('hedge', random, slots)} ${core}`;
  }
  const name = slots.name ?? '';
  if (name !== '' && random.next() < ADDRESS_CHANCE[mode]) {
    core = random.next() < ADDRESS_FIRST_CHANCE[mode] ? `${name}, ${core}` : withTrailingAddress(core, name);
  }
  if (random.next() < voice.interjectionChance && !opensWithInterjection) {
    core = `${grammar.expand(`interjection.${tone}`, random, slots)}, ${core}`;
  }

  const before: string[] = [];
  const after: string[] = [];
  let closer: string | null = null;
  for (const extra of chooseExtras(request, voice, tone, context, random)) {
    const text = grammar.expand(extraRule(extra, tone, voice, context), random, slots);
    if (extra === 'closer') closer = text;
    else if (extra === 'echo' && random.next() < ECHO_FIRST_CHANCE) before.push(text);
    else after.push(text);
  }
  const sentences = closer === null ? [...before, core, ...after] : [...before, core, ...after, closer];
  return sentences.map((sentence) => finishSentence(sentence, voice, random)).join(' ');
}
