/** When a scene takes place, if its setting or title says ("at dawn", "A quiet afternoon"). */
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/** Words that place a scene in the day; several words for a phrase. */
const CUES: Readonly<Record<PartOfDay, readonly string[]>> = {
  morning: ['dawn', 'sunrise', 'daybreak', 'morning', 'breakfast', 'first light'],
  afternoon: ['afternoon', 'noon', 'midday', 'lunchtime', 'teatime'],
  evening: ['evening', 'dusk', 'sunset', 'twilight', 'after hours', 'supper', 'nightfall'],
  night: ['night', 'midnight', 'moonlight', 'moonlit', 'starlit', 'nocturne'],
};

/** The part of day the setting names, else the title, else null (any time of day fits). */
export function partOfDayIn(setting: string, title: string): PartOfDay | null {
  return cueIn(setting) ?? cueIn(title);
}

function cueIn(text: string): PartOfDay | null {
  const words = ` ${(text.toLowerCase().match(/[a-z]+/g) ?? []).join(' ')} `;
  let found: { part: PartOfDay; at: number } | null = null;
  for (const [part, cues] of Object.entries(CUES) as [PartOfDay, readonly string[]][]) {
    for (const cue of cues) {
      const at = words.indexOf(` ${cue} `);
      if (at >= 0 && (found === null || at < found.at)) found = { part, at };
    }
  }
  return found?.part ?? null;
}
