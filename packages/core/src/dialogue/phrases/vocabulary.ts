import type { RuleSet } from '../grammar.ts';

/**
 * Word banks the other rules draw on: places, things, tasks, images, food, times. They are what makes
 * lines combinatorially varied, so they are large, mostly single words (a two-word entry repeats its
 * inner word pair every time it is drawn) and sentiment-neutral (checked against AFINN-165), except for
 * the warm and cold adjective banks, which carry the tone.
 */
const WARM_ADJECTIVES = [
  'wonderful', 'lovely', 'great', 'nice', 'good', 'amazing', 'awesome', 'fantastic', 'excellent',
  'beautiful', 'brilliant', 'delightful', 'perfect', 'superb', 'sweet', 'cheerful',
];
const COLD_ADJECTIVES = [
  'boring', 'stupid', 'annoying', 'pointless', 'useless', 'ridiculous', 'awful', 'terrible', 'dull',
  'lame', 'bad', 'wrong', 'pathetic', 'miserable', 'lousy', 'dumb', 'irritating', 'silly',
];

/** "a lovely", "an awful": in these banks a leading vowel letter is a vowel sound, except "use…". */
function withArticle(adjective: string): string {
  return `${'aeiou'.includes(adjective.charAt(0)) && !adjective.startsWith('use') ? 'an' : 'a'} ${adjective}`;
}

export const VOCABULARY_RULES = {
  thing: [
    '{det} {noun}', '{det} {adj} {noun}', '{det} {adj} {noun}', '{det} {adj} {noun}',
    '{det} {adj} {noun} {place}', '{det} {adj} {noun} {place}', 'the {adj} {noun} {belonging}',
  ],
  det: ['the', 'the', 'the', 'that', 'this', 'our', 'your', 'my'],
  belonging: [
    'the baker owns', 'the harbourmaster keeps', 'the clockmaker mended', 'on the corner',
    'with the {adj} door', 'with {adj} shutters', 'from the fete', 'everyone mentions', 'nobody uses',
    'the children climb', 'that squeaks', 'we painted', 'you repaired', 'behind the chapel',
    'by the {adj} steps',
  ],
  adj: [
    'old', 'new', 'little', 'tall', 'narrow', 'crooked', 'painted', 'wooden', 'stone', 'blue', 'red', 'green',
    'copper', 'brick', 'round', 'tiny', 'vast', 'hidden', 'leaning', 'striped', 'patched', 'mossy', 'dusty',
    'northern', 'eastern', 'western', 'upper', 'lower', 'second', 'whitewashed', 'brass', 'glass', 'iron',
    'silver', 'sunlit', 'moonlit', 'creaky', 'tiled', 'yellow', 'far', 'twin', 'oak', 'cedar', 'lopsided',
    'lacquered', 'borrowed', 'spare', 'windswept', 'pine', 'walnut', 'slate', 'amber', 'rickety', 'square',
    'squat', 'slanted', 'faded', 'chipped', 'gilded', 'rusted', 'shuttered', 'thatched', 'cobbled', 'boggy',
    'sandy', 'damp', 'bare', 'crowded', 'quiet', 'echoing', 'velvet', 'marble', 'tin', 'bronze', 'chalky',
    'tangled', 'overgrown', 'pale', 'dark', 'tarred', 'flimsy', 'sturdy', 'heavy',
  ],
  noun: [
    'lighthouse', 'bakery', 'market', 'bridge', 'mill', 'orchard', 'pond', 'tower', 'library', 'ferry',
    'harbour', 'garden', 'well', 'chapel', 'workshop', 'greenhouse', 'bell', 'kite', 'lantern', 'boat',
    'fountain', 'staircase', 'archway', 'courtyard', 'rooftop', 'alley', 'canal', 'meadow', 'barn',
    'windmill', 'observatory', 'bookshop', 'teahouse', 'kiosk', 'pottery', 'station', 'attic', 'cellar',
    'balcony', 'terrace', 'pier', 'boardwalk', 'quarry', 'vineyard', 'beehive', 'bandstand', 'carousel',
    'signpost', 'map', 'notebook', 'radio', 'telescope', 'bicycle', 'piano', 'violin', 'quilt', 'teapot',
    'kettle', 'letter', 'postcard', 'photograph', 'compass', 'umbrella', 'toolbox', 'ladder', 'wheelbarrow',
    'net', 'sundial', 'mailbox', 'bench', 'gate', 'fence', 'cart', 'barrel', 'dovecote', 'oven', 'spindle',
    'chest', 'bookcase', 'birdhouse', 'lamppost', 'footbridge', 'hammock', 'clock', 'tapestry', 'mural',
    'banner', 'scarecrow', 'anchor', 'wagon', 'rowboat', 'hayloft', 'granary', 'smithy', 'forge', 'jetty',
    'gazebo', 'pavilion', 'belfry', 'cottage', 'fireplace', 'chimney', 'cupboard', 'mirror', 'globe', 'harp',
    'drum', 'saddle', 'sled', 'canoe', 'wheel', 'trellis', 'arbour', 'hedge', 'statue', 'weathervane',
  ],
  place: [
    '{prep} {placeDet} {placeNoun}', '{prep} {placeDet} {adj} {placeNoun}',
    '{prep} {placeDet} {adj} {placeNoun}',
  ],
  placeDet: ['the', 'the', 'that', 'our', 'this'],
  prep: [
    'by', 'near', 'behind', 'past', 'beside', 'above', 'below', 'around', 'at', 'outside', 'inside', 'beyond',
    'along', 'under', 'opposite', 'towards', 'across', 'over', 'round', 'alongside',
  ],
  placeNoun: [
    'river', 'square', 'station', 'hill', 'mill', 'school', 'bridge', 'gate', 'park', 'dock', 'crossroads',
    'church', 'inn', 'stableyard', 'reservoir', 'ridge', 'boathouse', 'allotment', 'clifftop', 'wharf',
    'bakery', 'library', 'lighthouse', 'pier', 'canal', 'orchard', 'chapel', 'meadow', 'well', 'sawmill',
    'brewery', 'tannery', 'quay', 'green', 'common', 'harbour', 'marsh', 'dune', 'wood', 'pasture', 'ferry',
    'market', 'lane', 'terrace', 'rampart', 'waterfront', 'spinney', 'vicarage', 'schoolhouse', 'weir',
  ],
  time: [
    'today', 'tonight', 'lately', 'again', 'now', 'this morning', 'this evening', 'all week', 'since dawn',
    'at noon', 'these days', 'twice now', 'nowadays', 'this week', 'right now', 'at dusk',
  ],
  partOfDay: ['morning', 'afternoon', 'evening', 'day'],
  food: [
    'soup', 'pie', 'bread', 'tea', 'coffee', 'cake', 'dumplings', 'noodles', 'chestnuts', 'lemonade', 'tarts',
    'cheese', 'biscuits', 'stew', 'jam', 'cocoa', 'buns', 'pancakes', 'cider', 'toast', 'scones', 'porridge',
    'muffins', 'plums', 'pears', 'figs', 'crumble', 'pastries', 'chowder', 'flatbread',
  ],
  task: [
    '{taskVerb} {thing}', '{taskVerb} {thing}', '{taskVerb} {thing}', '{taskVerb} {thing} {deadlinePhrase}',
  ],
  taskVerb: [
    'fix', 'paint', 'map', 'rinse', 'rebuild', 'measure', 'sketch', 'label', 'move', 'patch', 'organise',
    'tidy', 'restock', 'decorate', 'inspect', 'survey', 'catalogue', 'rearrange', 'reinforce', 'sweep',
    'polish', 'repaint', 'redesign', 'scrub', 'varnish', 'rehang', 'weigh', 'photograph', 'wrap', 'haul',
    'dust', 'prop up', 'tally', 'mend', 'sand', 'oil', 're-roof', 'limewash', 'unpack', 'insulate', 'rewire',
    'drain', 'fill', 'guard', 'light', 'stock', 'box up', 'shift', 'level', 'straighten', 'brace', 'caulk',
  ],
  deadlinePhrase: ['before {deadline}', 'by {deadline}', 'ahead of {deadline}'],
  deadline: [
    'sunset', 'noon', 'supper', 'tomorrow', 'nightfall', 'lunch', 'dark', 'Sunday', 'midsummer', 'dawn',
    'Friday', 'Monday', 'teatime', 'midnight', 'morning', 'the weekend', 'the festival', 'the harvest',
  ],
  image: ['{imageAdj} {imageNoun}', '{imageNoun} made of {imageStuff}', '{imageAdj} {imageNoun} {place}'],
  imageAdj: [
    'drifting', 'glowing', 'whispering', 'floating', 'paper', 'clockwork', 'velvet', 'endless', 'underwater',
    'starlit', 'spiralling', 'humming', 'feathered', 'glass', 'golden', 'migrating', 'sleeping', 'tiny',
    'enormous', 'singing', 'invisible', 'folded', 'luminous', 'dreaming', 'weightless', 'silken', 'copper',
  ],
  imageNoun: [
    'comets', 'lanterns', 'whales', 'moths', 'cathedrals', 'constellations', 'tides', 'staircases', 'clocks',
    'forests', 'rivers', 'mirrors', 'kites', 'bells', 'sparrows', 'islands', 'libraries', 'foxes', 'balloons',
    'orchards', 'trains', 'jellyfish', 'hourglasses', 'owls', 'herons', 'gardens', 'ships', 'violins',
  ],
  imageStuff: [
    'moonlight', 'seaglass', 'maps', 'smoke', 'birdsong', 'rain', 'sugar', 'snow', 'lace', 'ink', 'frost',
  ],
  warmAdj: WARM_ADJECTIVES,
  coldAdj: COLD_ADJECTIVES,
  aWarmAdj: WARM_ADJECTIVES.map(withArticle),
  aColdAdj: COLD_ADJECTIVES.map(withArticle),
  intensifier: [
    'really', 'truly', 'so', 'genuinely', 'properly', 'very', 'fairly', 'quite', 'remarkably', 'rather',
  ],
  number: ['three', 'five', 'seven', 'nine', 'twelve', 'fifteen', 'twenty', 'forty', 'sixty', 'eleven'],
  countNoun: [
    'gulls', 'lanterns', 'crates', 'boats', 'chimneys', 'carts', 'bells', 'barrels', 'footsteps', 'windows',
    'steps', 'sacks', 'geese', 'ducks', 'candles', 'nails', 'planks', 'ropes',
  ],
  clock: ['six', 'seven', 'eight', 'nine', 'ten', 'noon', 'dawn', 'five', 'four', 'dusk'],
  ordinal: ['one', 'two', 'three', 'four', 'five', 'six', 'seven'],
} satisfies RuleSet;
