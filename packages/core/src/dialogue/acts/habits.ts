import type { DialogueAct } from '../../conversations/acts.ts';
import type { ActLineInput } from './line-input.ts';

/*
 * Verbal habits: how a speaker's temperament shows in the wording of any line. Outgoing, warm
 * characters name the person they talk to ("…, Esme."); careful ones count (sayThing in compose-act.ts).
 */

/** Chance of ending a line with the addressee's name: a base, more for extraverts and the agreeable. */
export function vocativeChance(input: ActLineInput): number {
  const p = input.speaker?.personality;
  if (!p) return 0.15;
  return 0.25 + 0.35 * p.extraversion + 0.15 * p.agreeableness;
}

/** A line said in the speaker's manner: with the addressee's name at the end, for the sociable. */
export function withHabits(text: string, act: DialogueAct, input: ActLineInput, _things: readonly string[]): string {
  const r = input.random;
  const name = input.name;
  if (name !== '' && !text.includes(name) && act !== 'greet' && r.next() < vocativeChance(input))
    return text.replace(/([.!?])$/, `, ${name}$1`);
  return text;
}
