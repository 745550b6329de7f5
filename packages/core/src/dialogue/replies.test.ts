import { describe, expect, it } from 'vitest';
import { createSentimentAnalyzer } from '../sentiment/index.ts';
import { soundsGloomy } from './line-context.ts';
import { writeLine } from './template-dialogue.ts';
import { character, mean, request } from './test-requests.ts';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);
const GARDEN = { title: 'Tea', setting: 'the walled garden', mood: 'calm' as const, objectives: [] };
const kind = character('k', 'Kay', { agreeableness: 0.95 });
const sentiment = createSentimentAnalyzer();

const replies = (incoming: string, overrides = {}) =>
  SEEDS.map((seed) =>
    writeLine(request(seed, { speaker: kind, mode: 'reply', incoming, scenario: GARDEN, ...overrides })),
  );

describe('replies', () => {
  it('often answer about the thing of the scene the other just named', () => {
    const lines = replies('I mended the rickety trellis this morning.');
    expect(lines.filter((l) => /\btrellis\b/i.test(l)).length).toBeGreaterThan(SEEDS.length * 0.3);
  });

  it('console a grumble instead of cheering it', () => {
    const grumble = 'Ugh, the hose is leaking again, how annoying.';
    expect(soundsGloomy(grumble)).toBe(true);
    expect(soundsGloomy('I love the roses today.')).toBe(false);
    const lines = replies(grumble);
    const consoling =
      /\b(oh no|oh dear|poor you|shame|pity|trying|sorry|never mind|rotten luck|bless you|poor thing|horrid)\b/i;
    expect(lines.filter((l) => consoling.test(l)).length).toBeGreaterThan(SEEDS.length * 0.5);
    expect(lines.filter((l) => /\b(hooray|hurrah|marvellous|splendid)\b/i.test(l)).length).toBeLessThan(
      SEEDS.length * 0.05,
    );
  });

  it('pick up only words the other brought, never the grammar’s own phrasing', () => {
    const lines = replies('Have you tasted the quince marmalade?', { scenario: null });
    expect(lines.some((l) => /marmalade/.test(l))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/you said (tasted|have)\b/i);
  });

  it('sound warmer from a kind speaker than from a harsh one, to the same grumble', () => {
    const harsh = character('h', 'Hal', { agreeableness: 0.05 });
    const grumble = 'Ugh, nobody ever fixes the gate.';
    const warmth = (speaker: typeof kind) => mean(replies(grumble, { speaker }).map((l) => sentiment.score(l)));
    expect(warmth(kind)).toBeGreaterThan(warmth(harsh));
  });
});
