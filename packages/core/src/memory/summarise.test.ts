import { describe, expect, it } from 'vitest';
import type { Memory } from '../model.ts';
import { memoryGist, memoryQuote, recallClause, summariseForDialogue } from './summarise.ts';

const memory = (content: string): Memory => ({
  id: 'm',
  ecosystemId: 'e',
  characterId: 'me',
  aboutId: 'ada',
  kind: 'observation',
  content,
  valence: 0,
  importance: 0.5,
  createdAt: 0,
});

const received = memory('Ada argued with me: “You ruined the old mill, and I am sick of it.” I said: “Sorry.”');
const started = memory('I worked with Ada, who answered “Yes, gladly.” I said: “Shall we fix the bridge?”');
const visitor = memory('Sam (a visitor) said: “Hello there!” I said: “Welcome.”');

describe('summariseForDialogue', () => {
  it('recalls an exchange as "the time …" and turns the listener into "you"', () => {
    expect(summariseForDialogue(received, 'Ada')).toBe(
      'the time you argued with me, “You ruined the old mill, and I…”',
    );
    expect(summariseForDialogue(started, 'Ada')).toBe('the time I worked with you, “Yes, gladly”');
  });

  it('turns a listener with a two-word name into "you", matching whole words only', () => {
    const m = memory('I greeted Ada Byron. I said: “Hello.”');
    expect(recallClause(m, 'Ada Byron')).toBe('I greeted you');
    expect(recallClause(memory('Adam greeted me'), 'Ada')).toBe('Adam greeted me');
  });

  it('keeps the name when the memory is not about the listener', () => {
    expect(summariseForDialogue(received, '')).toContain('the time Ada argued with me');
  });

  it('drops parentheticals and never quotes the speaker back to themselves', () => {
    expect(memoryGist(visitor)).toBe('Sam said');
    expect(memoryQuote(memory('Ada greeted me. I said: “Hi.”'))).toBeNull();
  });

  it('summarises free-form memories by their first words, without closing punctuation', () => {
    const line = summariseForDialogue(memory(`We watched the comet together. ${'very '.repeat(30)}long`), '');
    expect(line).toBe('the time we watched the comet together');
    expect(summariseForDialogue(memory(`${'word '.repeat(40)}`), '').split(' ').length).toBeLessThanOrEqual(14);
  });
});
