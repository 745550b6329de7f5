import { describe, expect, it } from 'vitest';
import { THEMES } from '../phrases/scenes/index.ts';
import { readScene, THEME_WEIGHTS } from './detect.ts';

const themesOf = (setting: string, title = '') =>
  Object.fromEntries(readScene(setting, title, THEMES).themes.map((m) => [m.theme.name, m.weight]));

describe('readScene', () => {
  it("leads with the theme of the setting's head noun; themes named after a preposition only colour it", () => {
    expect(themesOf('the garden behind the village library')).toEqual({
      garden: THEME_WEIGHTS.head,
      library: THEME_WEIGHTS.beyondHead,
      town: THEME_WEIGHTS.beyondHead,
    });
  });

  it('prefers the longest keyword, so a town hall is a hall and not a town', () => {
    expect(themesOf('the town hall, the night before the vote')).toEqual({ hall: THEME_WEIGHTS.head });
  });

  it('reads the last keyword of the head as the head noun, earlier ones as colour', () => {
    expect(themesOf('a windy harbour town at dusk')).toEqual({
      town: THEME_WEIGHTS.head,
      harbour: THEME_WEIGHTS.inHead,
    });
  });

  it('lets the title add a theme the setting does not name, at the lowest weight', () => {
    expect(themesOf('the lantern-lit market square', 'Lantern festival')).toMatchObject({
      market: THEME_WEIGHTS.head,
      fair: THEME_WEIGHTS.inHead,
    });
    expect(themesOf('the Okafor farm', 'Raising the barn')).toEqual({ farm: THEME_WEIGHTS.head });
  });

  it('makes the places the setting names into places of the scene', () => {
    const places = readScene('the garden behind the village library', '', THEMES).places.map((p) => p.noun);
    expect(places).toEqual(['garden', 'village', 'library']);
  });

  it('finds no theme in a setting of unknown words, but keeps its head noun as a place, never a name', () => {
    const cliff = readScene('a windy cliff above the moor', '', THEMES);
    expect(cliff.places).toContainEqual({ noun: 'cliff', footing: 'feature' });
    expect(
      readScene(
        'Mars Colony One',
        '',
        THEMES.filter((t) => t.name !== 'station'),
      ).places,
    ).toEqual([]);
  });
});
