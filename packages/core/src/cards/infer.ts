import type { BigFive } from '../model.ts';
import { BIG_FIVE_TRAITS, type BigFiveTrait } from '../personality/big-five.ts';

/**
 * Starting Big Five traits from a card's text, by a fixed word list (a rule the user can read and then
 * adjust the result of, not a model):
 *
 * - the text is the card's `personality` and `description`, lower-cased and split into words;
 * - each trait has words that mark a high score and words that mark a low one (below, after the lexical
 *   Big Five adjective markers of Goldberg 1992, with everyday synonyms card writers use);
 * - every occurrence of a marker counts once: trait = 0.5 + 0.1 × (high − low), held within [0.1, 0.9]
 *   (text alone never justifies an extreme), rounded to two decimals;
 * - a text with no marker gives 0.5 for every trait.
 */
export const TRAIT_MARKERS: Record<BigFiveTrait, { high: readonly string[]; low: readonly string[] }> = {
  openness: {
    high: [
      'curious',
      'creative',
      'imaginative',
      'artistic',
      'inventive',
      'adventurous',
      'intellectual',
      'philosophical',
      'dreamy',
      'unconventional',
      'open-minded',
      'eccentric',
      'inquisitive',
      'poetic',
    ],
    low: [
      'traditional',
      'conventional',
      'conservative',
      'narrow-minded',
      'unimaginative',
      'routine',
      'close-minded',
      'predictable',
      'old-fashioned',
      'dogmatic',
    ],
  },
  conscientiousness: {
    high: [
      'organized',
      'organised',
      'disciplined',
      'responsible',
      'diligent',
      'reliable',
      'meticulous',
      'careful',
      'punctual',
      'hardworking',
      'hard-working',
      'thorough',
      'dutiful',
      'methodical',
      'orderly',
    ],
    low: [
      'lazy',
      'careless',
      'messy',
      'disorganized',
      'disorganised',
      'impulsive',
      'reckless',
      'irresponsible',
      'sloppy',
      'unreliable',
      'forgetful',
      'chaotic',
    ],
  },
  extraversion: {
    high: [
      'outgoing',
      'talkative',
      'sociable',
      'energetic',
      'cheerful',
      'bubbly',
      'loud',
      'extroverted',
      'extraverted',
      'gregarious',
      'enthusiastic',
      'lively',
      'assertive',
      'charismatic',
      'flirty',
    ],
    low: [
      'shy',
      'quiet',
      'reserved',
      'introverted',
      'withdrawn',
      'timid',
      'aloof',
      'solitary',
      'silent',
      'reclusive',
      'stoic',
      'taciturn',
    ],
  },
  agreeableness: {
    high: [
      'kind',
      'gentle',
      'warm',
      'caring',
      'friendly',
      'compassionate',
      'helpful',
      'trusting',
      'generous',
      'polite',
      'sweet',
      'loyal',
      'patient',
      'forgiving',
      'empathetic',
    ],
    low: [
      'rude',
      'cold',
      'cruel',
      'arrogant',
      'selfish',
      'hostile',
      'stubborn',
      'manipulative',
      'sarcastic',
      'harsh',
      'rebellious',
      'spiteful',
      'ruthless',
      'cynical',
      'grumpy',
    ],
  },
  neuroticism: {
    high: [
      'anxious',
      'nervous',
      'insecure',
      'moody',
      'emotional',
      'worried',
      'jealous',
      'paranoid',
      'fearful',
      'irritable',
      'temperamental',
      'depressed',
      'sensitive',
      'tense',
      'volatile',
    ],
    low: [
      'calm',
      'confident',
      'stable',
      'relaxed',
      'composed',
      'secure',
      'fearless',
      'steady',
      'serene',
      'unflappable',
      'collected',
      'brave',
    ],
  },
};

/** Weight of one marker word. */
export const INFERENCE_STEP = 0.1;
/** Inferred traits stay within these. */
export const INFERENCE_RANGE = { min: 0.1, max: 0.9 } as const;

/** The traits the rule above gives for a card's personality and description text. */
export function inferBigFive(personality: string, description: string): BigFive {
  const counts = new Map<string, number>();
  for (const word of `${personality}\n${description}`.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const score = (words: readonly string[]) => words.reduce((n, w) => n + (counts.get(w) ?? 0), 0);
  const traits = {} as BigFive;
  for (const trait of BIG_FIVE_TRAITS) {
    const { high, low } = TRAIT_MARKERS[trait];
    const raw = 0.5 + INFERENCE_STEP * (score(high) - score(low));
    traits[trait] = Math.round(Math.min(INFERENCE_RANGE.max, Math.max(INFERENCE_RANGE.min, raw)) * 100) / 100;
  }
  return traits;
}
