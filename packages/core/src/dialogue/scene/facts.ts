/**
 * What a scene's setting says about when and where it happens, read once per scenario so every line can
 * fit it. Defaults when the setting is silent: afternoon (the most neutral daylight hour), an indoor
 * "room" unless a place word says otherwise, and "fair" weather (never mentioned unless outdoors).
 */

/** When the scene happens. */
export type TimeOfDay = 'dawn' | 'morning' | 'afternoon' | 'dusk' | 'evening' | 'night';

/** What kind of place it is; decides which things and activities are in reach. */
export type PlaceKind =
  | 'garden'
  | 'square'
  | 'harbour'
  | 'farm'
  | 'street'
  | 'field'
  | 'inn'
  | 'hall'
  | 'house'
  | 'workshop'
  | 'library'
  | 'tower';

/** Weather said in the setting; 'fair' by default. */
export type Weather = 'fair' | 'rain' | 'storm' | 'snow' | 'fog' | 'wind';

/** The facts of a scene. */
export interface SceneFacts {
  timeOfDay: TimeOfDay;
  place: PlaceKind;
  indoor: boolean;
  weather: Weather;
}

/** Default time of day when the setting names none. */
export const DEFAULT_TIME_OF_DAY: TimeOfDay = 'afternoon';
/** Default place kind when the setting names none (indoor). */
export const DEFAULT_PLACE: PlaceKind = 'house';

const TIME_CUES: readonly (readonly [string, TimeOfDay])[] = [
  ['dawn', 'dawn'],
  ['sunrise', 'dawn'],
  ['daybreak', 'dawn'],
  ['first light', 'dawn'],
  ['morning', 'morning'],
  ['breakfast', 'morning'],
  ['afternoon', 'afternoon'],
  ['noon', 'afternoon'],
  ['midday', 'afternoon'],
  ['teatime', 'afternoon'],
  ['dusk', 'dusk'],
  ['sunset', 'dusk'],
  ['twilight', 'dusk'],
  ['lantern', 'dusk'],
  ['nightfall', 'dusk'],
  ['evening', 'evening'],
  ['after hours', 'evening'],
  ['supper', 'evening'],
  ['games night', 'evening'],
  ['midnight', 'night'],
  ['night', 'night'],
  ['moonlit', 'night'],
  ['starlit', 'night'],
];

const PLACE_CUES: readonly (readonly [string, PlaceKind])[] = [
  ['garden', 'garden'],
  ['orchard', 'garden'],
  ['park', 'garden'],
  ['square', 'square'],
  ['market', 'square'],
  ['festival', 'square'],
  ['fair', 'square'],
  ['harbour', 'harbour'],
  ['harbor', 'harbour'],
  ['quay', 'harbour'],
  ['pier', 'harbour'],
  ['beach', 'harbour'],
  ['dock', 'harbour'],
  ['farm', 'farm'],
  ['barn', 'farm'],
  ['field', 'field'],
  ['meadow', 'field'],
  ['hill', 'field'],
  ['forest', 'field'],
  ['street', 'street'],
  ['town', 'street'],
  ['village', 'street'],
  ['bridge', 'street'],
  ['inn', 'inn'],
  ['tavern', 'inn'],
  ['pub', 'inn'],
  ['cafe', 'inn'],
  ['room', 'inn'],
  ['hall', 'hall'],
  ['church', 'hall'],
  ['school', 'hall'],
  ['house', 'house'],
  ['kitchen', 'house'],
  ['cottage', 'house'],
  ['home', 'house'],
  ['workshop', 'workshop'],
  ['forge', 'workshop'],
  ['mill', 'workshop'],
  ['shop', 'workshop'],
  ['library', 'library'],
  ['museum', 'library'],
  ['office', 'library'],
  ['observatory', 'tower'],
  ['tower', 'tower'],
  ['lighthouse', 'tower'],
];

const OUTDOOR: ReadonlySet<PlaceKind> = new Set(['garden', 'square', 'harbour', 'farm', 'street', 'field']);

const WEATHER_CUES: readonly (readonly [string, Weather])[] = [
  ['storm', 'storm'],
  ['thunder', 'storm'],
  ['rain', 'rain'],
  ['flood', 'rain'],
  ['drizzle', 'rain'],
  ['snow', 'snow'],
  ['frost', 'snow'],
  ['fog', 'fog'],
  ['mist', 'fog'],
  ['wind', 'wind'],
  ['gale', 'wind'],
];

/** The first cue (by position in the text) of a table, or null. Multi-word cues match whole words. */
function firstCue<T>(text: string, cues: readonly (readonly [string, T])[]): T | null {
  const words = ` ${(text.toLowerCase().match(/[a-z]+/g) ?? []).join(' ')} `;
  let best: { value: T; at: number } | null = null;
  for (const [cue, value] of cues) {
    const at = words.search(new RegExp(` ${cue}(s|es)? `));
    if (at >= 0 && (best === null || at < best.at)) best = { value, at };
  }
  return best?.value ?? null;
}

/** Reads a setting (and its title, as a fallback) into scene facts; see the module comment for defaults. */
export function sceneFactsOf(setting: string, title = ''): SceneFacts {
  const place = firstCue(setting, PLACE_CUES) ?? firstCue(title, PLACE_CUES) ?? DEFAULT_PLACE;
  return {
    timeOfDay: firstCue(setting, TIME_CUES) ?? firstCue(title, TIME_CUES) ?? DEFAULT_TIME_OF_DAY,
    place,
    indoor: !OUTDOOR.has(place),
    weather: firstCue(setting, WEATHER_CUES) ?? firstCue(title, WEATHER_CUES) ?? 'fair',
  };
}

/** Whether it is dark outside. */
export function isDark(facts: SceneFacts): boolean {
  return facts.timeOfDay === 'dusk' || facts.timeOfDay === 'evening' || facts.timeOfDay === 'night';
}

/**
 * Words a line must not say in this scene: morning words after dusk, night words by day, sunlight in the
 * dark, open sky indoors and rooms outdoors. The quality bench and tests check lines against them.
 */
export function forbiddenWords(facts: SceneFacts): readonly string[] {
  const out: string[] = [];
  if (isDark(facts)) out.push('morning', 'breakfast', 'sunrise', 'sunshine', 'sunlight', 'noon', 'afternoon');
  else out.push('tonight', 'midnight', 'moonlight', 'starlight');
  if (facts.timeOfDay !== 'dawn' && facts.timeOfDay !== 'morning') out.push('breakfast', 'good morning');
  if (facts.indoor) out.push('sky', 'fireflies', 'hedgerow', 'open air');
  else out.push('fireplace', 'ceiling', 'hearth', 'bookshelf', 'the stacks');
  return [...new Set(out)];
}
