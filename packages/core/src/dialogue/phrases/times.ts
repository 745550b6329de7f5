import type { PartOfDay } from '../scene/time-of-day.ts';

/**
 * Words for when things happen. `{time}` fits a sentence in the present ("it looks lovely today");
 * `{past}` one in the past ("I mended it yesterday"). Some fit any hour, some one part of the day.
 */
export const ANY_TIME_WORDS = [
  'today',
  'again',
  'this week',
  'these days',
  'lately',
  'now',
  'all day',
  'every day',
  'at the moment',
  'right now',
  'as usual',
  'once again',
  'for now',
  'this season',
  'as always',
  'nowadays',
  'most days',
  'at present',
  'this time of year',
] as const;

export const PART_OF_DAY_TIME_WORDS: Readonly<Record<PartOfDay, readonly string[]>> = {
  morning: ['this morning', 'so early', 'at this hour'],
  afternoon: ['this afternoon', 'all afternoon', 'at teatime'],
  evening: ['this evening', 'tonight', 'at dusk'],
  night: ['tonight', 'at this hour', 'so late'],
};

export const ANY_PAST_WORDS = [
  'yesterday',
  'earlier',
  'just now',
  'recently',
  'last week',
  'on Sunday',
  'the other day',
  'twice',
  'once',
  'last month',
  'on Friday',
  'a while ago',
  'at last',
  'in the end',
  'on Monday',
  'last spring',
  'last night',
  'a moment ago',
  'over the weekend',
  'the day before yesterday',
  'last autumn',
  'days ago',
  'before the storm',
  'first thing yesterday',
  'last summer',
  'this week',
  'at long last',
  'only yesterday',
  'a week ago',
  'some time ago',
  'last Sunday',
  'earlier on',
] as const;

/** How something was done, said after a deed instead of when ("I mended it on the quiet"). */
export const MANNER_WORDS = [
  'on the quiet',
  'in a hurry',
  'by mistake',
  'for once',
  'without a fuss',
  'in the drizzle',
  'in the rain',
  'just in time',
  'when nobody was looking',
  'by hand',
  'with great care',
  'all by myself',
  'in one go',
  'at the second try',
] as const;

export const PART_OF_DAY_PAST_WORDS: Readonly<Record<PartOfDay, readonly string[]>> = {
  morning: ['this morning', 'at dawn', 'first thing', 'before breakfast', 'an hour ago'],
  afternoon: ['after lunch', 'at noon', 'this afternoon', 'an hour ago', 'before lunch'],
  evening: ['this evening', 'at dusk', 'after supper', 'an hour ago', 'at sunset'],
  night: ['at midnight', 'an hour ago', 'earlier tonight', 'after dark', 'at dusk'],
};

/** What the part of the day is called in a sentence ("such a calm {partOfDay}"). */
export const PART_OF_DAY_NAMES: Readonly<Record<PartOfDay, readonly string[]>> = {
  morning: ['morning'],
  afternoon: ['afternoon', 'day'],
  evening: ['evening'],
  night: ['night', 'evening'],
};

/** How a greeting names it: one says "good evening" at night, since "good night" is a farewell. */
export const DAY_GREETINGS: Readonly<Record<PartOfDay, string>> = {
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'evening',
};
