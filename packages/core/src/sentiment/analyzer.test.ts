import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSentimentAnalyzer } from './analyzer.ts';

const analyzer = createSentimentAnalyzer();

describe('createSentimentAnalyzer', () => {
  it('scores positive text above 0 and negative text below 0', () => {
    const positive = analyzer.score('What a wonderful idea, thank you, I love it!');
    const negative = analyzer.score('This is awful. I hate it and you are a liar.');
    expect(positive).toBeGreaterThan(0);
    expect(negative).toBeLessThan(0);
  });

  it('ranks stronger wording further from 0', () => {
    expect(analyzer.score('This is good.')).toBeLessThan(analyzer.score('This is outstanding and amazing!'));
    expect(analyzer.score('This is bad.')).toBeGreaterThan(analyzer.score('This is a horrible, terrible disaster!'));
  });

  it('reads negation ("not good" is negative)', () => {
    expect(analyzer.score('That is not good')).toBeLessThan(0);
  });

  it('scores empty, blank and neutral text as 0', () => {
    expect(analyzer.score('')).toBe(0);
    expect(analyzer.score('   \n\t')).toBe(0);
    expect(analyzer.score('The meeting is at noon on Tuesday.')).toBe(0);
  });

  it('always answers within [-1,1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const score = analyzer.score(text);
        expect(score).toBeGreaterThanOrEqual(-1);
        expect(score).toBeLessThanOrEqual(1);
      }),
    );
    expect(Math.abs(analyzer.score('love love love love love'))).toBeLessThanOrEqual(1);
    expect(Math.abs(analyzer.score('hate hate hate hate hate'))).toBeLessThanOrEqual(1);
  });
});
