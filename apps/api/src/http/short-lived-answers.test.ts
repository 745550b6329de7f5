import { describe, expect, it } from 'vitest';
import { ShortLivedAnswers } from './short-lived-answers.ts';

describe('ShortLivedAnswers', () => {
  it('concurrent askers of one question share one lookup, until ttlMs has passed', async () => {
    let time = 0;
    const answers = new ShortLivedAnswers<number>(100, 10, () => time);
    let lookups = 0;
    const lookup = () => Promise.resolve(++lookups);
    expect(await Promise.all([1, 2, 3].map(() => answers.answer('q', lookup)))).toEqual([1, 1, 1]);
    time = 99;
    expect(await answers.answer('q', lookup)).toBe(1);
    time = 100;
    expect(await answers.answer('q', lookup)).toBe(2);
  });

  it('forget drops one answer or all of them', async () => {
    const answers = new ShortLivedAnswers<string>(1000, 10, () => 0);
    let n = 0;
    const lookup = () => Promise.resolve(`answer ${++n}`);
    await answers.answer('a', lookup);
    await answers.answer('b', lookup);
    answers.forget('a');
    expect(await answers.answer('a', lookup)).toBe('answer 3');
    expect(await answers.answer('b', lookup)).toBe('answer 2');
    answers.forget();
    expect(await answers.answer('b', lookup)).toBe('answer 4');
  });

  it('a failed lookup is not remembered: the next asker asks again', async () => {
    const answers = new ShortLivedAnswers<string>(1000, 10, () => 0);
    await expect(answers.answer('q', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await answers.answer('q', () => Promise.resolve('up'))).toBe('up');
  });

  it('starts over beyond max questions (bounded memory)', async () => {
    const answers = new ShortLivedAnswers<number>(1000, 2, () => 0);
    let n = 0;
    const lookup = () => Promise.resolve(++n);
    await answers.answer('a', lookup);
    await answers.answer('b', lookup);
    await answers.answer('c', lookup); // clears a and b
    expect(await answers.answer('a', lookup)).toBe(4);
  });
});
