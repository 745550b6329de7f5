export { SENTIMENT_COMPARATIVE_SCALE, createSentimentAnalyzer } from './analyzer.ts';
