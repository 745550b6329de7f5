/*
 * What kind of thing a noun of the pools is, so the words put beside it fit: a person is "kind" or
 * "stubborn" and is visited, not varnished; food is "fresh" and gets baked; weather is "bitter" and is
 * predicted, not traded, and is nobody's; a plan or a rumour is "clever" and gets drafted or debated.
 * Nouns not listed are objects: they take the everyday adjectives and the deeds of hands (pools.ts), or a
 * scene thing's own adjectives and work verbs from its theme. Single words where English allows: a
 * compound noun or a phrasal verb repeats its inner word pair in every line that uses it.
 * Adjectives keep their sentiment: GOOD ones are AFINN-positive, BAD negative, PLAIN neutral.
 */

import { THEMES } from '../phrases/scenes/index.ts';
import type { ThingEntry } from '../scene/theme.ts';
import { pastTense } from '../scene/verb-forms.ts';

export type NounKind = 'person' | 'food' | 'weather' | 'idea' | 'place' | 'object';

// prettier-ignore
const PEOPLE = new Set([
  'sister', 'cousin', 'twins', 'grandmother', 'baby', 'uncle', 'nephew', 'in-laws', 'aunt', 'brother', 'youngest',
  'godson', 'niece', 'grandfather', 'eldest', 'stepfather', 'granddaughter', 'second cousin', 'mother-in-law',
  'little ones', 'godmother', 'stepsister', 'great-aunt', 'helpers', 'volunteers', 'apprentice', 'foreman',
  'new hire', 'new doctor', 'new vicar', 'fiddler', 'choir', 'bookkeeper', 'harbour master', 'judges', 'rivals',
  'suspects', 'witnesses', 'voters', 'candidates', 'go-between', 'teams', 'partners', 'search party', 'crowd',
  'crowds', 'visitors', 'willing hands',
  'grandson', 'daughter', 'son', 'mother', 'father', 'wife', 'husband', 'grandchildren', 'children', 'parents', 'sweetheart', 'goddaughter', 'stepbrother', 'cousins', 'fiddler', 'drummer', 'piper', 'customers', 'suppliers', 'newcomers', 'vicar', 'doctor', 'choir',
]);

// prettier-ignore
const FOOD = new Set([
  'bread', 'soup', 'pies', 'cheese', 'apple cake', 'stew', 'pickles', 'plum tart', 'roast', 'honey buns', 'cider',
  'dumplings', 'smoked fish', 'lentils', 'gingerbread', 'porridge', 'pancakes', 'sausages', 'jam', 'onion soup',
  'custard', 'herring', 'scones', 'barley loaf', 'oatcakes', 'mussels', 'lamb pie', 'pear tart', 'blackberry jam',
  'cheese scones', 'pea soup', 'treacle tart', 'hot cider', 'seed cake', 'hot soup', 'loaves', 'puddings', 'crusts',
  'fillings', 'pastry', 'dough', 'cake', 'flour', 'yeast', 'sugar', 'crust', 'pumpkins', 'water',
  'tart', 'buns', 'kippers', 'pasties', 'crumpets', 'muffins', 'trifle', 'flapjacks', 'chutney', 'ham', 'broth', 'cockles', 'fritters', 'pudding', 'shortbread', 'toffee', 'marmalade', 'biscuits',
]);

// prettier-ignore
const WEATHER = new Set([
  'wind', 'clouds', 'air', 'puddles', 'gusts', 'damp', 'chill', 'drizzle', 'cold snap', 'mud', 'breeze', 'frost',
  'fog', 'hailstones', 'thunder', 'rainbow', 'dew', 'sleet', 'storm clouds',
  'mist', 'haze', 'squalls', 'showers', 'downpour',
]);

// prettier-ignore
const PLACES = new Set([
  'border', 'capital', 'islands', 'railway', 'hills', 'crossing', 'route', 'tollgate', 'coast', 'pass', 'valley',
]);

// prettier-ignore
const IDEAS = new Set([
  'forecast', 'accounts', 'orders', 'repairs', 'shift', 'wages', 'inventory', 'contract', 'schedule', 'overtime',
  'price list', 'day rate', 'council', 'wedding', 'letter from the coast', 'price of flour', 'road works',
  'fire at the tannery', 'school fees', 'rumours', 'election', 'harvest fair', 'broken dam', 'bridge toll',
  'flood warning', 'fair prizes', 'stolen goat', 'pig race', 'market rules', 'old songs', 'dance tune', 'ballad',
  'harmonies', 'singing', 'new waltz', 'hornpipe', 'chorus', 'jig', 'carols', 'drinking songs', 'sea shanties',
  'border', 'long walk', 'sea crossing', 'timing', 'first step', 'budget', 'plan', 'last details', 'hard part',
  'deadline', 'order of things', 'measurements', 'noise', 'grudge', 'harsh words', 'both sides', 'old insult',
  'mooring rights', 'fishing rights', 'old boundary', 'clues', 'mimes', 'rules', 'forfeits', 'scoring',
  'first round', 'pattern', 'key word', 'speeches', 'pledges', 'tally', 'terms', 'promises', 'small print',
  'motive', 'alibis', 'timeline', 'vows', 'gossip', 'announcements', 'comings and goings', 'last sighting',
  'hiding places', 'procession', 'programme', 'menu', 'guest list', 'seating plan', 'recipe', 'grace', 'verses',
  'tune', 'words', 'rhymes', 'steps', 'turns', 'reels', 'lessons', 'rehearsal', 'lines', 'market days', 'errands',
  'secret meeting', 'bribe', 'handshake', 'council minutes', 'riddle', 'first aid', 'entries', 'totals',
  'page numbers', 'columns', 'landmarks', 'scale', 'legend', 'hard titles', 'gestures', 'prize', 'news',
  'letter', 'christening', 'elopement', 'scandal', 'toll', 'fees', 'flood', 'prizes', 'race', 'taxes', 'engagement', 'auction', 'lawsuit', 'banns', 'inheritance', 'feud', 'verdict', 'petition', 'bylaw', 'census', 'waltz', 'polka', 'minuet', 'reel', 'anthem', 'lullaby', 'shanties', 'journey', 'timetable', 'route', 'detour', 'crossing', 'details', 'costs', 'quotes', 'deadlines', 'chores', 'paperwork', 'bills',
]);

/** The kind of a bare noun from the pools (objects unless listed). */
export function kindOf(noun: string): NounKind {
  if (PEOPLE.has(noun)) return 'person';
  if (FOOD.has(noun) || THEME_FOODS.has(noun)) return 'food';
  if (WEATHER.has(noun)) return 'weather';
  if (IDEAS.has(noun)) return 'idea';
  if (PLACES.has(noun)) return 'place';
  return 'object';
}

/** Describing words by kind and leaning; objects use the everyday pools (GOOD, BAD, PLAIN). */
// prettier-ignore
export const KIND_ADJECTIVES: Readonly<
  Record<Exclude<NounKind, 'object'>, Readonly<Record<'up' | 'down' | 'even', readonly string[]>>>
> = {
  person: {
    up: ['kind', 'cheerful', 'clever', 'jolly', 'friendly', 'generous', 'honest', 'lucky', 'proud', 'happy', 'sweet',
      'brave', 'charming', 'lovely', 'wonderful', 'careful', 'bold', 'smart'],
    down: ['lazy', 'rude', 'stubborn', 'annoying', 'boring', 'miserable', 'nasty', 'silly', 'hopeless', 'useless'],
    even: ['young', 'eldest', 'quiet', 'tall', 'little', 'old', 'talkative', 'sleepy', 'busy', 'patient', 'grumpy',
      'gentle', 'wise'],
  },
  food: {
    up: ['delicious', 'fresh', 'warm', 'lovely', 'wonderful', 'excellent', 'fine', 'splendid', 'superb', 'good',
      'great', 'perfect', 'sweet'],
    down: ['awful', 'terrible', 'horrible', 'disgusting', 'rotten', 'gross', 'bitter', 'nasty', 'dreadful'],
    even: ['hot', 'cold', 'spiced', 'salted', 'homemade', 'leftover', 'stale', 'soggy', 'crisp', 'golden', 'sticky',
      'sour', 'bland', 'hearty', 'second', 'last'],
  },
  weather: {
    up: ['lovely', 'fine', 'fresh', 'pleasant', 'glorious', 'gentle', 'warm', 'clear', 'splendid'],
    down: ['awful', 'miserable', 'nasty', 'dreadful', 'gloomy', 'bitter', 'terrible', 'horrible', 'grey'],
    even: ['cold', 'wet', 'heavy', 'light', 'northerly', 'biting', 'mild', 'damp', 'chilly', 'soft', 'steady',
      'fierce'],
  },
  place: {
    up: ['lovely', 'beautiful', 'wonderful', 'glorious', 'pleasant', 'splendid', 'charming', 'fine'],
    down: ['awful', 'dreadful', 'miserable', 'dismal', 'gloomy', 'horrible', 'ugly', 'dangerous'],
    even: ['distant', 'far', 'northern', 'southern', 'old', 'new', 'quiet', 'busy', 'steep', 'windy', 'nearest'],
  },
  idea: {
    up: ['good', 'great', 'excellent', 'clever', 'useful', 'solid', 'clear', 'careful', 'brilliant', 'fine', 'smart',
      'promising'],
    down: ['bad', 'stupid', 'silly', 'hopeless', 'pointless', 'wrong', 'awful', 'risky', 'terrible', 'dreadful'],
    even: ['new', 'old', 'latest', 'long', 'short', 'second', 'other', 'last', 'strict', 'precise', 'whole', 'usual'],
  },
};

/** What people did to a thing of each kind, past tense and neutral; objects use DEEDS and their own verbs. */
// prettier-ignore
export const KIND_DEEDS: Readonly<Record<Exclude<NounKind, 'object'>, readonly string[]>> = {
  person: ['visited', 'met', 'invited', 'welcomed', 'introduced', 'thanked', 'teased', 'fetched', 'helped', 'hugged',
    'praised', 'warned', 'greeted', 'cheered', 'found', 'followed', 'collected', 'consoled', 'scolded', 'escorted',
    'advised', 'admired', 'missed'],
  food: ['baked', 'tasted', 'served', 'sold', 'salted', 'wrapped', 'packed', 'bought', 'warmed', 'sampled', 'priced',
    'saved', 'hid', 'ordered', 'sliced', 'weighed', 'covered', 'stirred', 'spiced', 'cooked', 'boiled', 'shared',
    'pickled', 'smoked', 'bottled', 'cooled', 'fried', 'toasted'],
  weather: ['predicted', 'watched', 'noticed', 'mentioned', 'forecast', 'felt', 'measured', 'described', 'recorded',
    'doubted', 'welcomed', 'dreaded'],
  place: ['visited', 'crossed', 'mapped', 'walked', 'toured', 'sketched', 'reached', 'left', 'described', 'explored',
    'praised', 'painted', 'surveyed'],
  idea: ['drafted', 'checked', 'debated', 'signed', 'copied', 'changed', 'mentioned', 'questioned', 'explained',
    'announced', 'noted', 'repeated', 'praised', 'doubted', 'recited', 'reviewed', 'discussed', 'posted', 'printed',
    'whispered', 'spread', 'settled', 'queried', 'rehearsed'],
};

/** The food and drink of every theme ("roast chestnuts", "chowder"). */
const THEME_FOODS: ReadonlySet<string> = new Set(THEMES.flatMap((t) => t.foods ?? []));

const THEME_THINGS: ReadonlyMap<string, ThingEntry> = new Map(
  THEMES.flatMap((t) => [...t.things, ...(t.belongings ?? [])]).map((t) => [t.noun, t]),
);

/** A scene's own thing ("rowing boat"), with the adjectives and work verbs its theme gives it, if the noun is one. */
export function themeThing(noun: string): ThingEntry | undefined {
  return THEME_THINGS.get(noun);
}

const PAST = new Map<string, readonly string[]>();
/** The past tense of a theme thing's own verbs ("caulk" → "caulked"), cached. */
export function ownDeeds(entry: ThingEntry): readonly string[] {
  let past = PAST.get(entry.noun);
  if (!past) {
    past = entry.verbs.map(pastTense);
    PAST.set(entry.noun, past);
  }
  return past;
}
