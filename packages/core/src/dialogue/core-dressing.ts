import type { DialogueRequest, Random } from '../ports/index.ts';
import type { Grammar, Slots } from './grammar.ts';
import {
  firstWord,
  INTERJECTIONS,
  QUESTION_OPENERS,
  UNHEDGED_OPENERS,
  withMidAddress,
  withTrailingAddress,
} from './sentence.ts';
import type { Tone, Voice } from './voice.ts';

/**
 * Dresses the core sentence of a line the way people talk: a hedge ("maybe", "sorry, but") from a
 * nervous speaker, the listener's name at the front, after the first clause or at the end, and an
 * interjection ("oh", "ugh") from an outgoing one. One filler at the front is enough: a hedged line
 * takes no interjection.
 */

/** An 'initiate' line usually addresses the listener by name; a reply only sometimes does. */
export const ADDRESS_CHANCE = { initiate: 0.85, reply: 0.3 } as const;
/**
 * Where an address by name goes: before the core ("Theo, …") this often, after its first clause
 * ("I love it, Theo, it looks …") that often, else at its end ("…, Theo").
 */
export const ADDRESS_FIRST_CHANCE = { initiate: 0.5, reply: 0.35 } as const;
export const ADDRESS_MIDDLE_CHANCE = { initiate: 0.25, reply: 0.3 } as const;

/** How the core was chosen, which decides what may be added around it. */
export interface CoreShape {
  tone: Tone;
  /** The core sympathises with a complaint: no cheerful interjection in front of it. */
  consoling: boolean;
}

/** The core with hedge, name and interjection added as the voice and the moment allow. */
export function dressCore(
  core: string,
  shape: CoreShape,
  request: DialogueRequest,
  voice: Voice,
  grammar: Grammar,
  slots: Slots,
  random: Random,
): string {
  const { tone } = shape;
  const opener = firstWord(core);
  const opensWithInterjection = INTERJECTIONS.has(opener);
  let dressed = core;
  // One hedges what one starts to say, or a defence in a quarrel; not a greeting, nor an answer to small talk.
  const hedgeable =
    request.interactionType !== 'greeting' && (request.mode === 'initiate' || request.interactionType === 'conflict');
  let hedged = false;
  if (
    hedgeable &&
    tone !== 'cold' &&
    !opensWithInterjection &&
    !QUESTION_OPENERS.has(opener) &&
    !UNHEDGED_OPENERS.has(opener) &&
    !core.endsWith('?') &&
    random.next() < voice.hedgeChance
  ) {
    dressed = `${grammar.expand('hedge', random, slots)} ${dressed}`;
    hedged = true;
  }
  const name = slots.name ?? '';
  const mode = request.mode;
  if (name !== '' && random.next() < ADDRESS_CHANCE[mode]) {
    const where = random.next();
    // "Celeste, I …" is the commonest opening of all; such a line takes the name later instead.
    const first = opener === 'i' ? 0 : ADDRESS_FIRST_CHANCE[mode];
    dressed =
      where < first
        ? `${name}, ${dressed}`
        : where < first + ADDRESS_MIDDLE_CHANCE[mode]
          ? withMidAddress(dressed, name)
          : withTrailingAddress(dressed, name);
  }
  if (!hedged && !shape.consoling && !opensWithInterjection && random.next() < voice.interjectionChance) {
    dressed = `${grammar.expand(`interjection.${tone}`, random, slots)}, ${dressed}`;
  }
  return dressed;
}
