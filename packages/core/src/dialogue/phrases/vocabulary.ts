import type { RuleSet } from '../grammar.ts';

/**
 * Word banks the other rules draw on: tone adjectives, degrees, deadlines, images, numbers, and the
 * prepositions of each footing. Places, things, tasks, food, people and times come from the scene
 * (scene/scene-rules.ts). Banks are sentiment-neutral (AFINN-165), except for the warm and cold
 * adjectives, which carry the tone.
 */
const WARM_ADJECTIVES = [
  'wonderful', 'lovely', 'great', 'nice', 'good', 'amazing', 'fantastic', 'excellent', 'brilliant', 'delightful',
  'marvellous', 'splendid', 'grand', 'charming', 'glorious', 'superb', 'terrific', 'gorgeous', 'smashing', 'beautiful',
  'magical', 'heavenly', 'cheering', 'perfect',
];
/** Adjectives of a cold tone; also how a grumbling line is recognised (line-context.ts). */
export const COLD_ADJECTIVES = [
  'boring', 'stupid', 'annoying', 'pointless', 'useless', 'ridiculous', 'awful', 'terrible', 'dull', 'lame', 'bad',
  'wrong', 'pathetic', 'miserable', 'lousy', 'dumb', 'irritating', 'silly', 'tedious', 'dreadful', 'hopeless',
  'rotten', 'dismal', 'shoddy', 'feeble', 'absurd', 'tiresome',
];

/** "a lovely", "an awful": in these banks a leading vowel letter is a vowel sound, except "use…". */
function withArticle(adjective: string): string {
  return `${'aeiou'.includes(adjective.charAt(0)) && !adjective.startsWith('use') ? 'an' : 'a'} ${adjective}`;
}

const PERSON_ADJECTIVES = ['new', 'old', 'young', 'retired', 'tall', 'quiet', 'other', 'elderly', 'visiting', 'part-time'];
const IMAGE_ADJECTIVES = [
  'drifting', 'glowing', 'whispering', 'floating', 'paper', 'clockwork', 'velvet', 'endless', 'underwater', 'starlit',
  'spiralling', 'humming', 'feathered', 'glass', 'golden', 'migrating', 'sleeping', 'tiny', 'enormous', 'singing',
  'invisible', 'folded', 'luminous', 'dreaming', 'weightless', 'silken', 'copper',
];


export const VOCABULARY_RULES = {
  det: ['the', 'the', 'that', 'this', 'our'],
  detPlural: ['the', 'the', 'those', 'these', 'our'],
  spotDet: ['the', 'the', 'that', 'our', 'this'],
  // People of the scene are "the gardener", or, as locals say, "our gardener".
  personDet: ['the', 'the', 'the', 'our', 'that'],
  possessive: ['my', 'my', 'your'],
  // Who someone is, beside their role: "the new gardener", "the librarian's nephew".
  personAdj: PERSON_ADJECTIVES,
  kin: ['nephew', 'niece', 'sister', 'brother', 'cousin', 'assistant', 'apprentice', 'neighbour', 'son', 'daughter'],
  // Prepositions by footing (scene/theme.ts): how one stands in relation to a place of the scene.
  'at.room': ['in', 'in', 'inside', 'outside', 'near', 'at the back of', 'just outside'],
  'at.area': ['in', 'in', 'around', 'across', 'out in', 'over in', 'at the edge of', 'near'],
  'at.surface': ['on', 'on', 'out on', 'across', 'at the far end of', 'near'],
  'at.feature': ['by', 'near', 'beside', 'next to', 'behind', 'over by', 'at', 'round by'],
  'at.water': ['by', 'beside', 'along', 'down by', 'near', 'at the edge of'],
  'at.path': ['along', 'on', 'down', 'halfway down', 'at the end of', 'at the top of'],
  'at.tree': ['under', 'beneath', 'by', 'in the shade of', 'near'],
  'at.corner': ['in', 'in', 'near', 'over in', 'by'],
  'at.stairs': ['on', 'halfway up', 'at the top of', 'at the foot of', 'by'],
  deadlinePhrase: ['before {deadline}', 'by {deadline}', 'ahead of {deadline}'],
  // After a deed: when it was done, or now and then how ("I mended it on the quiet").
  deedWhen: ['{past}', '{past}', '{past}', '{manner}'],
  deadline: [
    'sunset', 'noon', 'supper', 'tomorrow', 'nightfall', 'lunch', 'dark', 'Sunday', 'midsummer', 'dawn',
    'Friday', 'Monday', 'teatime', 'the weekend', 'the festival', 'the harvest', 'the end of the week',
  ],
  image: ['{imageAdj} {imageNoun}', '{imageNoun} made of {imageStuff}', '{imageAdj} {imageNoun} {place}'],
  imageAdj: IMAGE_ADJECTIVES,
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
    'really', 'truly', 'so', 'genuinely', 'properly', 'very', 'fairly', 'quite', 'remarkably', 'rather', 'utterly',
    'simply', 'downright', 'ever so', 'most', 'thoroughly',
  ],
  number: ['three', 'five', 'seven', 'nine', 'twelve', 'fifteen', 'twenty', 'forty', 'sixty', 'eleven'],
  clock: ['six', 'seven', 'eight', 'nine', 'ten', 'noon', 'dawn', 'five', 'four', 'dusk'],
  ordinal: ['one', 'two', 'three', 'four', 'five', 'six', 'seven'],
} satisfies RuleSet;
