import type { PlaceKind, SceneFacts, TimeOfDay } from '../scene/facts.ts';

/*
 * Word pools the act frames fill their slots from. They are large on purpose: a line is a frame plus
 * slot values, and the variety of the whole transcript (distinct word pairs) comes from these pools.
 * Every pool here fits every scene unless it is keyed by a scene fact.
 */

/** Warm adjectives (AFINN-positive, so a line that uses one reads as positive). */
export const GOOD = [
  'lovely', 'wonderful', 'great', 'good', 'nice', 'perfect', 'beautiful', 'brilliant', 'fantastic', 'charming',
  'excellent', 'fine', 'splendid', 'delightful', 'pleasant', 'superb', 'cheerful', 'glorious', 'fun', 'sweet',
  'marvellous', 'grand', 'clever', 'handsome', 'gorgeous', 'fresh', 'impressive', 'elegant', 'amazing', 'awesome',
] as const;

/** Sour adjectives (AFINN-negative). */
export const BAD = [
  'awful', 'terrible', 'dreadful', 'miserable', 'ugly', 'horrible', 'bad', 'poor', 'stupid', 'annoying',
  'boring', 'broken', 'messy', 'useless', 'hopeless', 'pathetic', 'disappointing', 'dull', 'dismal', 'lousy',
  'rotten', 'silly', 'tiresome', 'wretched', 'gloomy', 'nasty', 'clumsy', 'sad', 'worse', 'weird',
] as const;

/** Plain describing words with no sentiment. */
export const PLAIN = [
  'old', 'new', 'small', 'big', 'long', 'short', 'heavy', 'round', 'narrow', 'wide', 'green', 'blue', 'red',
  'wooden', 'copper', 'painted', 'second', 'last', 'tall', 'crooked', 'square', 'spare', 'other', 'third', 'half-finished',
] as const;

/**
 * Things for each everyday topic, as bare nouns: a line says them with a determiner or an owner
 * ("the bread", "our bread", "the baker's bread"; see OWNERS), which is where much of its variety comes from.
 */
export const TOPIC_THINGS: Readonly<Record<string, readonly string[]>> = {
  weather: ['wind', 'clouds', 'air', 'puddles', 'gusts', 'damp', 'chill', 'drizzle', 'forecast', 'cold snap', 'mud', 'breeze', 'weathervane', 'rain barrel', 'frost', 'shutters', 'washing line', 'umbrella', 'gutters', 'fog'],
  food: ['bread', 'soup', 'pies', 'cheese', 'apple cake', 'stew', 'pickles', 'plum tart', 'roast', 'honey buns', 'cider', 'dumplings', 'smoked fish', 'lentils', 'gingerbread', 'porridge', 'pancakes', 'sausages', 'jam', 'onion soup', 'custard', 'herring', 'scones', 'barley loaf'],
  work: ['accounts', 'apprentice', 'orders', 'deliveries', 'ledger', 'repairs', 'shift', 'wages', 'inventory', 'contract', 'tools', 'workbench', 'schedule', 'foreman', 'invoices', 'ladder', 'paint pots', 'toolbox', 'cart', 'order book'],
  news: ['council', 'new mill', 'wedding', 'letter from the coast', 'price of flour', 'road works', 'fire at the tannery', 'new doctor', 'school fees', 'ferry', 'rumours', 'election', 'bell tower', 'post coach', 'harvest fair', 'lost dog', 'new bakery', 'broken dam'],
  music: ['fiddler', 'old songs', 'drums', 'choir', 'accordion', 'dance tune', 'flute', 'ballad', 'bandstand', 'harmonies', 'singing', 'new waltz', 'hornpipe', 'whistle', 'songbook', 'lute', 'chorus', 'jig'],
  family: ['sister', 'cousin', 'twins', 'grandmother', 'baby', 'uncle', 'nephew', 'in-laws', 'aunt', 'brother', 'youngest', 'godson', 'niece', 'grandfather', 'eldest', 'stepfather'],
  place: ['corner', 'doorway', 'steps', 'benches', 'lamps', 'tables', 'far end', 'entrance', 'walls', 'floor', 'windows', 'noise', 'signpost', 'railings', 'chairs', 'crowd'],
  travel: ['coast road', 'mountain pass', 'night coach', 'river barge', 'border', 'inns on the way', 'maps', 'luggage', 'long walk', 'capital', 'islands', 'railway', 'ferry ticket', 'compass', 'saddlebags', 'toll bridge'],
};

/** Whose a thing may be: the village's people, so "the bread" can be "the miller's bread". */
export const OWNERS = [
  "Tam's", "Nell's", "Pip's", "Bel's", "Orla's", "Hugo's", "Ivy's", "Jory's", "Kit's", "Lou's", "Mabs's", "Ned's", "Olly's", "Peg's", "Quill's", "Rosa's", "Sid's", "Tilly's", "Ursa's", "Vic's", "Wil's", "Xan's", "Yves's", "Zora's", "Abe's", "Bram's", "Cass's", "Dot's", "Eli's", "Fern's", "Gus's", "Hal's", "Ida's", "Jem's", "Kai's", "Lark's", "Moll's", "Noor's", "Oz's", "Pru's", "Rue's", "Sol's", "Tess's", "Ugo's", "Vera's", "Wren's", "the miller's", "the baker's", "the vicar's", "the smith's", "the mayor's", "the potter's", "the carter's", "the weaver's",
] as const;

/** Plain determiners, the most common ("the") listed most. */
export const DETERMINERS = ['the', 'our', 'your', 'my', 'their', 'his', 'her', 'some', 'no', 'all the', 'half the', 'the last'] as const;

/** Things any project (objective) involves. */
export const PROJECT_THINGS = [
  'timing', 'list', 'helpers', 'first step', 'budget', 'plan', 'last details', 'tools', 'hard part', 'deadline',
  'materials', 'order of things', 'sketch', 'volunteers', 'rota', 'measurements', 'rope', 'ladders', 'receipts', 'notes',
  'string', 'nails', 'drawings', 'lists', 'paint', 'spare parts',
] as const;

/** Landmarks in each kind of place (nouns); a line puts a preposition and a determiner before one (see spotIn). */
export const LANDMARKS: Readonly<Record<PlaceKind, readonly string[]>> = {
  garden: ['roses', 'gate', 'pear tree', 'compost heap', 'hedge', 'bench', 'pond', 'shed', 'sundial', 'bean rows', 'cold frame', 'wheelbarrow', 'greenhouse', 'rhubarb patch', 'rain butt', 'beehives', 'arbour', 'potting bench', 'lavender', 'old well'],
  square: ['fountain', 'stalls', 'awning', 'well', 'clock', 'cake stall', 'cart', 'stage', 'bandstand', 'flower seller', 'church steps', 'ribbon stall', 'horse trough', 'lamp post', 'war memorial', 'tea tent', 'puppet booth', 'coconut shy', 'town pump', 'bakery door'],
  harbour: ['quay', 'nets', 'slipway', 'bollards', 'jetty', 'boats', 'crates', 'harbour wall', 'fish market', 'lifeboat shed', 'lobster pots', 'breakwater', 'net loft', 'ropewalk', 'tide gauge', 'chandlery', 'fish cellar', 'boat ramp', 'mooring rings', 'smokehouse'],
  farm: ['barn', 'pigsty', 'gate', 'hayrick', 'well', 'tractor', 'fence', 'yard', 'dairy', 'hen house', 'orchard wall', 'woodpile', 'cart shed', 'duck pond', 'granary', 'stable door', 'milking stool', 'cider press', 'sheep dip', 'root cellar'],
  street: ['bridge', 'bakery', 'corner', 'post office', 'chapel', 'lane', 'steps', 'crossroads', 'pump', 'butcher', 'school gate', 'horse trough', 'pawnshop', 'cobbler', 'lamp post', 'pharmacy', 'tailor', 'alley', 'market cross', 'fire station'],
  field: ['stone wall', 'old oak', 'ridge', 'stile', 'path', 'brook', 'slope', 'hedgerow gap', 'standing stone', 'sheepfold', 'ditch', 'beech copse', 'scarecrow', 'hay bales', 'badger sett', 'old barrow', 'rabbit warren', 'gorse', 'milestone', 'pond'],
  inn: ['bar', 'dartboard', 'corner table', 'window', 'stairs', 'long table', 'piano', 'door', 'settle', 'cellar hatch', 'card table', 'coat rack', 'fireside', 'snug', 'taproom', 'skittle alley', 'kitchen hatch', 'barrel stack', 'window seat', 'stools'],
  hall: ['stage', 'doors', 'front row', 'notice board', 'podium', 'back row', 'aisle', 'coat pegs', 'tea urn', 'ballot box', 'gallery', 'side door', 'lectern', 'piano', 'bunting', 'trestle tables', 'portrait', 'cloakroom', 'balcony', 'clock'],
  house: ['kitchen table', 'stove', 'dresser', 'stairs', 'window', 'hallway', 'larder', 'sink', 'rocking chair', 'bread bin', 'pantry', 'back door', 'mangle', 'linen press', 'coal scuttle', 'cellar steps', 'dresser drawer', 'spice rack', 'settle', 'laundry basket'],
  workshop: ['lathe', 'anvil', 'bench', 'sawhorse', 'kiln', 'shelves', 'door', 'vice', 'grindstone', 'glue pot', 'timber rack', 'forge', 'forge bellows', 'paint rack', 'clamp stand', 'tool wall', 'scrap bin', 'drill press', 'work lamp', 'lumber pile'],
  library: ['shelves', 'reading table', 'desk', 'window seat', 'map cabinet', 'archive', 'catalogue', 'globe', 'ladder', 'newspaper rack', 'card index', 'lamp', 'reading lamp', 'returns trolley', 'ledger shelf', 'stamp pad', 'quiet room', 'poetry shelves', 'atlas stand', 'clock'],
  tower: ['telescope', 'stairs', 'dome', 'charts', 'top landing', 'brass rail', 'clockwork', 'alcove', 'orrery', 'logbook desk', 'lens case', 'trapdoor', 'star map', 'transit clock', 'eyepiece box', 'chart table', 'spiral stair', 'brass quadrant', 'observing chair', 'ladder'],
};

/** Prepositions of place, for "by the fountain", "behind our stage". */
export const NEAR = ['by', 'near', 'beside', 'behind', 'next to', 'past', 'opposite', 'round by', 'just by', 'over by', 'close to', 'in front of'] as const;

/** Determiners before a landmark. */
export const LANDMARK_DETERMINERS = ['the', 'that', 'our', 'the far', 'your', 'this', 'their', 'yon'] as const;

/** What people do in each kind of place (a gerund phrase). */
export const DOINGS: Readonly<Record<PlaceKind, readonly string[]>> = {
  garden: ['weeding the beds', 'pruning the roses', 'raking leaves', 'tying up the beans', 'watering the herbs', 'mending the trellis', 'picking plums', 'digging potatoes', 'turning compost', 'clipping the hedge', 'sowing lettuce', 'staking tomatoes'],
  square: ['setting up stalls', 'hanging bunting', 'selling pies', 'stacking crates', 'sweeping the cobbles', 'counting coins', 'juggling oranges', 'haggling over ribbons', 'tuning a fiddle', 'carrying benches', 'painting signs', 'folding awnings'],
  harbour: ['mending nets', 'tarring a hull', 'unloading crates', 'coiling rope', 'scrubbing the deck', 'sorting the catch', 'lighting lanterns', 'hauling pots', 'splicing line', 'bailing a dinghy', 'gutting mackerel', 'stringing floats'],
  farm: ['mucking out', 'feeding the hens', 'stacking hay', 'fixing the fence', 'milking', 'sharpening the scythe', 'sawing beams', 'hauling timber', 'shoeing the mare', 'mixing mortar', 'collecting eggs', 'splitting logs'],
  street: ['sweeping the steps', 'painting a shutter', 'carrying parcels', 'queueing at the baker', 'fixing a cart wheel', 'chalking the walls', 'bailing out cellars', 'stacking sandbags', 'shovelling mud', 'propping up fences', 'hauling planks', 'clearing drains'],
  field: ['walking the dogs', 'picking berries', 'clearing the path', 'mending the wall', 'herding sheep', 'gathering kindling', 'flying kites', 'counting lambs', 'cutting thistles', 'fixing the stile', 'picking mushrooms', 'tracking foxes'],
  inn: ['pouring drinks', 'wiping tables', 'playing cards', 'tuning the piano', 'rolling barrels', 'shuffling the deck', 'throwing darts', 'polishing glasses', 'telling stories', 'stacking stools', 'singing along', 'keeping score'],
  hall: ['setting out chairs', 'pinning notices', 'counting votes', 'rehearsing speeches', 'stacking hymn books', 'sorting papers', 'writing minutes', 'folding leaflets', 'arguing with clerks', 'checking names', 'sweeping the stage', 'lining up ballots'],
  house: ['peeling potatoes', 'darning socks', 'kneading dough', 'stoking the stove', 'laying the table', 'washing up', 'shelling peas', 'scrubbing pans', 'ironing sheets', 'chopping onions', 'polishing spoons', 'sorting buttons'],
  workshop: ['planing boards', 'sharpening chisels', 'sanding a chair', 'fixing a hinge', 'oiling the gears', 'soldering wire', 'gluing joints', 'turning bowls', 'filing keys', 'varnishing shelves', 'measuring planks', 'sweeping shavings'],
  library: ['sorting books', 'copying letters', 'mending bindings', 'dusting shelves', 'reading old maps', 'indexing cards', 'labelling boxes', 'reading aloud', 'pressing flowers', 'stamping cards', 'shelving atlases', 'repairing spines'],
  tower: ['polishing the lens', 'charting stars', 'winding the clockwork', 'reading the logbook', 'adjusting the mirror', 'sketching constellations', 'oiling the dome track', 'copying ciphers', 'sorting star charts', 'cleaning eyepieces', 'checking the barometer', 'trimming lamp wicks'],
};

/** Time words for each time of day; they never contradict it. */
export const WHEN: Readonly<Record<TimeOfDay, readonly string[]>> = {
  dawn: ['this early', 'at first light', 'before breakfast', 'at this hour', 'so early in the day', 'before the bells', 'at cockcrow', 'before the milk cart', 'while the town sleeps', 'before the first bell', 'at five', 'pre-dawn', 'at daybreak', 'before six', 'at sunup', 'early on'],
  morning: ['this morning', 'before noon', 'at this hour', 'so early in the day', 'after breakfast', 'before lunch', 'since nine', 'before the market opens', 'mid-morning', 'first thing', 'at ten', 'around eleven', 'mid-morning', 'before ten', 'earlier today', 'just now'],
  afternoon: ['this afternoon', 'after lunch', 'at this hour', 'before the evening', 'by teatime', 'today', 'since two', 'after the noon bell', 'all afternoon', 'before the shops close', 'at two', 'around three', 'past noon', 'at teatime', 'before four', 'just now'],
  dusk: ['this evening', 'as it gets dark', 'tonight', 'at this hour', 'before the lamps go out', 'with the light going', 'since sundown', 'before the fireworks', 'while the lanterns glow', 'at lamp-lighting', 'at sundown', 'around six', 'at twilight', 'just now', 'before seven', 'at nightfall'],
  evening: ['this evening', 'tonight', 'at this hour', 'after supper', 'so late', 'before bed', 'since eight', 'after the last coach', 'before closing time', 'all evening', 'at nine', 'around eight', 'just now', 'before ten', 'after dinner', 'at dusk'],
  night: ['tonight', 'at this hour', 'so late', 'in the dark', 'past midnight', 'before bed', 'since the bells', 'while the town sleeps', 'till dawn', 'in the small hours', 'at two', 'around one', 'just now', 'before three', 'after midnight', 'at this late hour'],
};

/** How to say hello at each time of day. */
export const HELLOS: Readonly<Record<TimeOfDay, readonly string[]>> = {
  dawn: ['Good morning', 'Morning', 'Up early too', 'Hello there'],
  morning: ['Good morning', 'Morning', 'Hello', 'Hello there'],
  afternoon: ['Good afternoon', 'Hello', 'Afternoon', 'Hello there', 'Hi'],
  dusk: ['Good evening', 'Evening', 'Hello', 'Hello there'],
  evening: ['Good evening', 'Evening', 'Hello', 'Hi'],
  night: ['Evening', 'Still up', 'Hello', 'Hello there'],
};

/** How to say goodbye at each time of day. */
export const BYES: Readonly<Record<TimeOfDay, readonly string[]>> = {
  dawn: ['Have a good day', 'See you at lunch', 'Off I go', 'Until later', 'Take care', 'Cheerio'],
  morning: ['Have a good day', 'See you at lunch', 'Off I go', 'Until later', 'Take care', 'Cheerio'],
  afternoon: ['See you later', 'Enjoy the afternoon', 'Off I go', 'Take care', 'Cheerio', 'Until supper'],
  dusk: ['Good night', 'Enjoy the evening', 'See you tomorrow', 'Take care', 'Cheerio', 'Mind the steps'],
  evening: ['Good night', 'Sleep well', 'See you tomorrow', 'Take care', 'Cheerio', 'Until tomorrow'],
  night: ['Good night', 'Sleep well', 'Mind the dark', 'Take care', 'Until tomorrow', 'Rest well'],
};

/** Things that can be in the air or on the ground, by scene: sunlight only by day, the sky only outdoors. */
export function ambience(facts: SceneFacts): readonly string[] {
  const dark = facts.timeOfDay === 'dusk' || facts.timeOfDay === 'evening' || facts.timeOfDay === 'night';
  if (facts.indoor) return dark ? ['the lamplight', 'the candles', 'the draught', 'the shadows'] : ['the light through the window', 'the dust', 'the draught', 'the quiet'];
  const weather = facts.weather === 'fair' ? [] : [`the ${facts.weather}`];
  return [...weather, ...(dark ? ['the lanterns', 'the stars', 'the dark', 'the evening air'] : ['the sun', 'the sky', 'the daylight', 'the breeze'])];
}

/** People of the village who do things in a told event ("the miller mended …"). */
export const DOERS = [
  'I', 'we', 'the baker', 'the miller', 'old Tam', 'the vicar', 'Granny Orr', 'the smith', 'the mayor', 'my cousin',
  'your brother', 'Aunt Bel', 'the schoolteacher', 'the ferryman', 'the doctor', 'the innkeeper', 'the potter', 'Nell',
  'the fisherman', 'widow Hale', 'the carter', 'the twins', 'Pip', 'the weaver', 'Mrs Amos', 'the cooper', 'somebody', 'the boys',
  'Orla', 'Hugo', 'Ivy', 'Jory', 'Kit', 'Lou', 'Mabs', 'Ned', 'Peg', 'Rosa', 'Sid', 'Tilly', 'Fern', 'Gus', 'Hal', 'Ida', 'Jem', 'Moll',
] as const;

/** What they did (past tense, neutral in sentiment). */
export const DEEDS = [
  'mended', 'painted', 'carried', 'hid', 'found', 'dropped', 'borrowed', 'counted', 'sold', 'wrapped', 'polished', 'moved',
  'tied up', 'stacked', 'fetched', 'sorted', 'checked', 'measured', 'loaded', 'spotted', 'washed', 'tested', 'weighed',
  'sketched', 'labelled', 'packed', 'hung up', 'stored', 'swapped', 'repainted', 'unpacked', 'inspected', 'dragged', 'lifted',
  'returned', 'ordered', 'traded', 'lent out', 'raffled', 'stitched', 'oiled', 'rescued', 'buried', 'dusted', 'glued',
  'varnished', 'patched', 'scrubbed', 'weighed up', 'recounted', 'fished out', 'propped up', 'rolled up', 'folded', 'tidied',
] as const;
