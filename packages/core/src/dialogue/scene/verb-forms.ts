/**
 * Past and -ing forms of the work verbs in theme data ("prop up" → "propped up", "propping up"), so one
 * verb list gives tasks ("mend the trellis"), deeds ("mended the trellis") and doings ("mending it").
 * Regular English spelling rules, plus the irregular verbs the themes use.
 */

const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  dig: 'dug',
  put: 'put',
  cut: 'cut',
  ring: 'rang',
  hang: 'hung',
  rehang: 'rehung',
  light: 'lit',
  set: 'set',
  read: 'read',
  write: 'wrote',
  rewrite: 'rewrote',
  wind: 'wound',
  feed: 'fed',
  rebind: 'rebound',
  bring: 'brought',
  build: 'built',
  rebuild: 'rebuilt',
  make: 'made',
  take: 'took',
  get: 'got',
  find: 'found',
  hold: 'held',
  sew: 'sewed',
  shake: 'shook',
  spin: 'spun',
  sell: 'sold',
  lay: 'laid',
  beat: 'beat',
  run: 'ran',
  draw: 'drew',
  redraw: 'redrew',
  throw: 'threw',
  split: 'split',
  stick: 'stuck',
  sting: 'stung',
  lead: 'led',
  leave: 'left',
  keep: 'kept',
  win: 'won',
  begin: 'began',
  swim: 'swam',
  sing: 'sang',
  tell: 'told',
  say: 'said',
  pay: 'paid',
  sweep: 'swept',
  fly: 'flew',
  shut: 'shut',
  steal: 'stole',
  catch: 'caught',
  teach: 'taught',
};

/** Verbs whose last consonant doubles although they have more than one syllable (British spelling). */
const DOUBLING: ReadonlySet<string> = new Set([
  'unjam',
  'label',
  'refuel',
  'level',
  'travel',
  'signal',
  'patrol',
  'unpin',
]);
/** One-syllable verbs that end consonant-vowel-consonant yet do not double (the vowel is two letters' sound). */
const NOT_DOUBLING: ReadonlySet<string> = new Set(['fix', 'mix', 'sew', 'row', 'tow', 'stow', 'show', 'air', 'oil']);

/** "prop up" → "propped up": the first word takes the past tense, particles stay. */
export function pastTense(verbPhrase: string): string {
  return onFirstWord(verbPhrase, (verb) => {
    const irregular = IRREGULAR_PAST[verb];
    if (irregular !== undefined) return irregular;
    if (verb.endsWith('e')) return `${verb}d`;
    if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
    return `${doubled(verb)}ed`;
  });
}

/** "prop up" → "propping up"; "tie in" → "tying in"; "dye" → "dyeing". */
export function ingForm(verbPhrase: string): string {
  return onFirstWord(verbPhrase, (verb) => {
    if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
    if (verb.endsWith('e') && !/(ee|ye|oe)$/.test(verb)) return `${verb.slice(0, -1)}ing`;
    return `${doubled(verb)}ing`;
  });
}

function doubled(verb: string): string {
  if (DOUBLING.has(verb)) return verb + verb.charAt(verb.length - 1);
  const oneSyllable = (verb.match(/[aeiouy]+/g) ?? []).length === 1;
  if (oneSyllable && !NOT_DOUBLING.has(verb) && /[^aeiou][aeiou][^aeiouwxy]$/.test(verb)) {
    return verb + verb.charAt(verb.length - 1);
  }
  return verb;
}

function onFirstWord(phrase: string, change: (verb: string) => string): string {
  const space = phrase.indexOf(' ');
  return space < 0 ? change(phrase) : change(phrase.slice(0, space)) + phrase.slice(space);
}
