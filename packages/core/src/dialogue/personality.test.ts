import { describe, expect, it } from 'vitest';
import type { BigFive, InteractionType } from '../model.ts';
import type { DialogueRequest } from '../ports/index.ts';
import { createSentimentAnalyzer } from '../sentiment/index.ts';
import { writeLine } from './template-dialogue.ts';
import { character, mean, relationship, request } from './test-requests.ts';

const sentiment = createSentimentAnalyzer();
const SEEDS = Array.from({ length: 300 }, (_, i) => 1000 + i);
const THEO = character('theo', 'Theo');
const INCOMING = 'I think we should work together on this.';

function lines(traits: Partial<BigFive>, overrides: Partial<DialogueRequest> = {}): string[] {
  const speaker = character('s', 'Sol', traits);
  return SEEDS.map((seed) => writeLine(request(seed, { speaker, listener: THEO, ...overrides })));
}

const averageSentiment = (ls: readonly string[]) => mean(ls.map((l) => sentiment.score(l)));
const averageWords = (ls: readonly string[]) => mean(ls.map((l) => l.split(/\s+/).length));

describe('template dialogue and personality', () => {
  it('answers the same proposal more warmly when the speaker is agreeable', () => {
    for (const interactionType of ['collaboration', 'chat'] as InteractionType[]) {
      const reply = { mode: 'reply', incoming: INCOMING, interactionType } as const;
      const warm = averageSentiment(lines({ agreeableness: 0.9 }, reply));
      const cold = averageSentiment(lines({ agreeableness: 0.1 }, reply));
      expect(warm, interactionType).toBeGreaterThan(cold + 0.3);
    }
  });

  it('is more negative in a conflict than in a collaboration', () => {
    const varied: Partial<BigFive>[] = [
      { agreeableness: 0.9 },
      { agreeableness: 0.2 },
      { extraversion: 0.9, neuroticism: 0.2 },
      { openness: 0.9 },
    ];
    for (const mode of ['initiate', 'reply'] as const) {
      const incoming = mode === 'reply' ? INCOMING : null;
      const conflict = varied.flatMap((t) => lines(t, { mode, incoming, interactionType: 'conflict' }));
      const collaboration = varied.flatMap((t) => lines(t, { mode, incoming, interactionType: 'collaboration' }));
      expect(averageSentiment(conflict), mode).toBeLessThan(averageSentiment(collaboration) - 0.3);
    }
  });

  it('is warmer toward a close friend than toward an enemy', () => {
    const speaker = character('s', 'Sol');
    const friend = averageSentiment(lines({}, { relationship: relationship(speaker, THEO, 'close friend', 0.9) }));
    const enemy = averageSentiment(lines({}, { relationship: relationship(speaker, THEO, 'enemy', 0.1) }));
    expect(friend).toBeGreaterThan(enemy + 0.3);
  });

  it('sounds warmer in a festive scenario than in a hostile one', () => {
    const scene = (mood: 'festive' | 'hostile') => ({ title: 'Fair', setting: 'the fairground', mood, objectives: [] });
    const festive = averageSentiment(lines({}, { scenario: scene('festive') }));
    const hostile = averageSentiment(lines({}, { scenario: scene('hostile') }));
    expect(festive).toBeGreaterThan(hostile + 0.1);
  });

  it('lets extraverts talk longer and exclaim more than introverts', () => {
    const extravert = lines({ extraversion: 0.95 });
    const introvert = lines({ extraversion: 0.05 });
    expect(averageWords(extravert)).toBeGreaterThan(averageWords(introvert) * 1.25);
    const exclaiming = (ls: string[]) => ls.filter((l) => l.includes('!')).length;
    expect(exclaiming(extravert)).toBeGreaterThan(exclaiming(introvert) * 2);
  });

  it('lets neurotic speakers worry and hedge more than stable ones', () => {
    const worry =
      /\b(worry|worrying|nervous|afraid|scared|uneasy|fear|fretting|what if|maybe|perhaps|I think|I guess|I suppose|sorry)\b/i;
    const count = (ls: string[]) => ls.filter((l) => worry.test(l)).length;
    expect(count(lines({ neuroticism: 0.95 }))).toBeGreaterThan(count(lines({ neuroticism: 0.05 })) * 2);
  });

  it('lets open speakers wonder and conscientious speakers plan', () => {
    const imagery = /\b(imagine|picture|wonder|wondered|dream|dreamt|what if)\b/i;
    const planning = /\b(list|plan|notes|step|first we|scheduled|sorted|by my count|sharp|in that order)\b/i;
    const count = (ls: string[], pattern: RegExp) => ls.filter((l) => pattern.test(l)).length;
    expect(count(lines({ openness: 0.95 }), imagery)).toBeGreaterThan(count(lines({ openness: 0.05 }), imagery) * 2);
    expect(count(lines({ conscientiousness: 0.95 }), planning)).toBeGreaterThan(
      count(lines({ conscientiousness: 0.05 }), planning) * 2,
    );
  });
});
