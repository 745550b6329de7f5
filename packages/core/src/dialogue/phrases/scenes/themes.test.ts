import { describe, expect, it } from 'vitest';
import { createSentimentAnalyzer } from '../../../sentiment/index.ts';
import type { Theme } from '../../scene/theme.ts';
import { COMMON_BELONGINGS, GENERIC, THEMES } from './index.ts';

const ALL: Theme[] = [...THEMES, GENERIC];
const sentiment = createSentimentAnalyzer();

function vocabulary(theme: Theme): string[] {
  const things = [...theme.things, ...(theme.belongings ?? [])];
  return [
    ...things.flatMap((e) => [e.noun, ...e.looks, ...e.kinds, ...e.verbs]),
    ...theme.spots.flatMap((e) => [e.noun, ...e.adjectives]),
    ...theme.people,
    ...theme.counts,
    ...(theme.foods ?? []),
  ];
}

describe('scene themes', () => {
  it('are sentiment-neutral, so a line’s warmth comes from its tone words, not from the furniture', () => {
    const charged = ALL.flatMap((t) =>
      vocabulary(t)
        .filter((w) => sentiment.score(w) !== 0)
        .map((w) => `${t.name}: ${w}`),
    );
    const carried = COMMON_BELONGINGS.flatMap((e) => [e.noun, ...e.looks, ...e.kinds, ...e.verbs]).filter(
      (w) => sentiment.score(w) !== 0,
    );
    expect([...charged, ...carried]).toEqual([]);
  });

  it('each have enough places, things, people and sights to talk about', () => {
    for (const theme of ALL) {
      expect(theme.spots.length, theme.name).toBeGreaterThanOrEqual(5);
      expect(theme.things.length, theme.name).toBeGreaterThanOrEqual(12);
      expect(theme.people.length, theme.name).toBeGreaterThanOrEqual(5);
      expect(theme.sights.length, theme.name).toBeGreaterThanOrEqual(4);
      expect(theme.things.filter((e) => e.verbs.length > 0).length, theme.name).toBeGreaterThanOrEqual(10);
    }
  });

  it('write words in lowercase (no one is named) and sights as "subject: what it does|…"', () => {
    for (const theme of ALL) {
      for (const word of vocabulary(theme))
        expect(word, theme.name).toMatch(/^(Sunday|Friday|Monday|[a-z'][a-z' -]*)$/);
      for (const sight of theme.sights) expect(sight, theme.name).toMatch(/^[a-z][^:]*: [^:|]+(\|[^:|]+)*$/);
      for (const keyword of theme.keywords) expect(keyword, theme.name).toMatch(/^[a-z][a-z ]*(:[a-z]+)?$/);
    }
  });

  it('name each thing once per theme', () => {
    for (const theme of ALL) {
      const nouns = theme.things.map((e) => e.noun);
      expect(new Set(nouns).size, theme.name).toBe(nouns.length);
    }
  });
});
