import Sentiment from 'sentiment';
import type { SentimentAnalyzer } from '../ports/index.ts';

/**
 * Gain applied to AFINN-165's comparative score (sum of word scores −5..+5 over the token count)
 * before tanh squashes it into [-1,1]. Everyday lines score around ±0.1–0.6 comparative; ×2 maps
 * "Thanks, that was great" to about +0.9 and a single mild word in a long sentence to about ±0.3,
 * while keeping the ordering of the raw scores.
 */
export const SENTIMENT_COMPARATIVE_SCALE = 2;

/**
 * "lost" naming a thing ("the lost key", "Tam's lost dog", "lost property") describes what is sought, not
 * a loss felt: a line about finding the lost key is a task, so the word is left out of the score.
 * "I lost my key" still scores as a loss.
 */
const NAMED_LOST = /\b(the|a|an|our|your|my|his|her|their|that|this|[a-z]+'s)\s+lost\b|\blost(?=\s+property\b)/gi;

/** AFINN-165 sentiment (the `sentiment` package, with its negation handling), normalised to [-1,1]. */
export function createSentimentAnalyzer(): SentimentAnalyzer {
  // One instance for the analyzer's lifetime: scoring is hot in the simulation loop.
  const afinn = new Sentiment();
  return {
    score(text: string): number {
      if (text.trim() === '') return 0;
      const { comparative } = afinn.analyze(text.replace(NAMED_LOST, '$1'));
      return Number.isFinite(comparative) ? Math.tanh(SENTIMENT_COMPARATIVE_SCALE * comparative) : 0;
    },
  };
}
