const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** Under this age an event reads "just now" rather than "3 seconds ago". */
export const JUST_NOW_MS = 10_000;

/**
 * "just now", "2 minutes ago", "yesterday": how long before `now` the ISO time `at` was. Events are never
 * in the future: a time after `now` (a clock that ticks every few seconds, or a client clock behind the
 * server's) reads "just now", not "in 11 seconds".
 */
export function relativeTime(at: string | number, now: number, locale = 'en'): string {
  const then = typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(then)) return '';
  const age = now - then;
  if (age < JUST_NOW_MS) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (age >= ms || unit === 'second') return format.format(-Math.round(age / ms), unit);
  }
  return '';
}
