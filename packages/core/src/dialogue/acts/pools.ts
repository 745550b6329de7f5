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

/** Things for each everyday topic (objective topics use PROJECT_THINGS and their own words). */
export const TOPIC_THINGS: Readonly<Record<string, readonly string[]>> = {
  weather: ['the wind', 'the clouds', 'the air', 'the puddles', 'the gusts', 'the damp', 'the chill', 'the drizzle', 'the forecast', 'the cold snap', 'the mud', 'the breeze'],
  food: ['the bread', 'the soup', 'the pies', 'the cheese', 'the apple cake', 'the stew', 'the pickles', 'the plum tart', 'the roast', 'the honey buns', 'the cider', 'the dumplings', 'the smoked fish', 'the lentils', 'the gingerbread', 'the porridge'],
  work: ['the accounts', 'the new apprentice', 'the orders', 'the deliveries', 'the ledger', 'the repairs', 'the shift', 'the wages', 'the inventory', 'the contract', 'the tools', 'the workbench', 'the schedule', 'the foreman'],
  news: ['the council', 'the new mill', 'the wedding', 'the letter from the coast', 'the price of flour', 'the road works', 'the fire at the tannery', 'the new doctor', 'the school fees', 'the ferry', 'the rumours', 'the election'],
  music: ['the fiddler', 'the old songs', 'the drums', 'the choir', 'the accordion', 'the dance tune', 'the flute', 'the ballad', 'the bandstand', 'the harmonies', 'the singing', 'the new waltz'],
  family: ['my sister', 'your cousin', 'the twins', 'my grandmother', 'the baby', 'your uncle', 'my nephew', 'the in-laws', 'your aunt', 'my brother', 'the youngest', 'the old folks'],
  place: ['the corner', 'the doorway', 'the steps', 'the benches', 'the lamps', 'the tables', 'the far end', 'the entrance', 'the walls', 'the floor', 'the windows', 'the noise'],
  travel: ['the coast road', 'the mountain pass', 'the night coach', 'the river barge', 'the border', 'the inns on the way', 'the maps', 'the luggage', 'the long walk', 'the capital', 'the islands', 'the railway'],
};

/** Things any project (objective) involves. */
export const PROJECT_THINGS = [
  'the timing', 'the list', 'the helpers', 'the first step', 'the budget', 'the plan', 'the last details', 'the tools',
  'the hard part', 'who does what', 'the deadline', 'the materials', 'the order of things', 'the sketch', 'the volunteers', 'the rota',
] as const;

/** Spots in each kind of place. */
export const SPOTS: Readonly<Record<PlaceKind, readonly string[]>> = {
  garden: ['by the roses', 'near the gate', 'under the pear tree', 'by the compost heap', 'along the hedge', 'by the bench', 'near the pond', 'behind the shed'],
  square: ['by the fountain', 'near the stalls', 'under the awning', 'by the well', 'near the clock', 'at the cake stall', 'by the cart', 'near the stage'],
  harbour: ['on the quay', 'by the nets', 'near the slipway', 'by the bollards', 'along the jetty', 'near the boats', 'by the crates', 'at the harbour wall'],
  farm: ['by the barn', 'near the pigsty', 'at the gate', 'by the hayrick', 'near the well', 'by the tractor', 'along the fence', 'in the yard'],
  street: ['by the bridge', 'near the bakery', 'on the corner', 'by the post office', 'near the chapel', 'along the lane', 'by the steps', 'at the crossroads'],
  field: ['by the stone wall', 'near the old oak', 'on the ridge', 'by the stile', 'along the path', 'near the brook', 'on the slope', 'at the edge'],
  inn: ['by the bar', 'near the dartboard', 'at the corner table', 'by the window', 'near the stairs', 'at the long table', 'by the piano', 'near the door'],
  hall: ['by the stage', 'near the doors', 'in the front row', 'by the notice board', 'near the podium', 'at the back', 'along the aisle', 'by the coat pegs'],
  house: ['in the kitchen', 'by the stove', 'at the table', 'near the dresser', 'on the stairs', 'by the window', 'in the hallway', 'near the larder'],
  workshop: ['by the lathe', 'near the anvil', 'at the bench', 'by the sawhorse', 'near the kiln', 'in the back', 'by the shelves', 'near the door'],
  library: ['by the shelves', 'at the reading table', 'near the desk', 'by the window seat', 'near the maps', 'in the archive', 'by the catalogue', 'near the globe'],
  tower: ['by the telescope', 'on the stairs', 'near the dome', 'by the charts', 'at the top', 'near the brass rail', 'by the clockwork', 'in the alcove'],
};

/** What people do in each kind of place (a gerund phrase). */
export const DOINGS: Readonly<Record<PlaceKind, readonly string[]>> = {
  garden: ['weeding the beds', 'pruning the roses', 'raking leaves', 'tying up the beans', 'watering the herbs', 'mending the trellis'],
  square: ['setting up stalls', 'hanging bunting', 'selling pies', 'stacking crates', 'sweeping the cobbles', 'counting coins'],
  harbour: ['mending nets', 'tarring a hull', 'unloading crates', 'coiling rope', 'scrubbing the deck', 'sorting the catch'],
  farm: ['mucking out', 'feeding the hens', 'stacking hay', 'fixing the fence', 'milking', 'sharpening the scythe'],
  street: ['sweeping the steps', 'painting a shutter', 'carrying parcels', 'queueing at the baker', 'fixing a cart wheel', 'chalking the walls'],
  field: ['walking the dogs', 'picking berries', 'clearing the path', 'mending the wall', 'herding sheep', 'gathering kindling'],
  inn: ['pouring drinks', 'wiping tables', 'playing cards', 'tuning the piano', 'rolling barrels', 'shuffling the deck'],
  hall: ['setting out chairs', 'pinning notices', 'counting votes', 'rehearsing speeches', 'stacking hymn books', 'sorting papers'],
  house: ['peeling potatoes', 'darning socks', 'kneading dough', 'stoking the stove', 'laying the table', 'washing up'],
  workshop: ['planing boards', 'sharpening chisels', 'sanding a chair', 'fixing a hinge', 'oiling the gears', 'soldering wire'],
  library: ['sorting books', 'copying letters', 'mending bindings', 'dusting shelves', 'reading old maps', 'indexing cards'],
  tower: ['polishing the lens', 'charting stars', 'winding the clockwork', 'reading the logbook', 'adjusting the mirror', 'sketching constellations'],
};

/** Time words for each time of day; they never contradict it. */
export const WHEN: Readonly<Record<TimeOfDay, readonly string[]>> = {
  dawn: ['this early', 'at first light', 'before breakfast', 'at this hour', 'so early in the day', 'before the bells'],
  morning: ['this morning', 'before noon', 'at this hour', 'so early in the day', 'after breakfast', 'before lunch'],
  afternoon: ['this afternoon', 'after lunch', 'at this hour', 'before the evening', 'by teatime', 'today'],
  dusk: ['this evening', 'as it gets dark', 'tonight', 'at this hour', 'before the lamps go out', 'with the light going'],
  evening: ['this evening', 'tonight', 'at this hour', 'after supper', 'so late', 'before bed'],
  night: ['tonight', 'at this hour', 'so late', 'in the dark', 'past midnight', 'before bed'],
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
  dawn: ['Have a good day', 'See you at lunch', 'Off I go'], morning: ['Have a good day', 'See you at lunch', 'Off I go'],
  afternoon: ['See you later', 'Enjoy the afternoon', 'Off I go'], dusk: ['Good night', 'Enjoy the evening', 'See you tomorrow'],
  evening: ['Good night', 'Sleep well', 'See you tomorrow'], night: ['Good night', 'Sleep well', 'Mind the dark'],
};

/** Things that can be in the air or on the ground, by scene: sunlight only by day, the sky only outdoors. */
export function ambience(facts: SceneFacts): readonly string[] {
  const dark = facts.timeOfDay === 'dusk' || facts.timeOfDay === 'evening' || facts.timeOfDay === 'night';
  if (facts.indoor) return dark ? ['the lamplight', 'the candles', 'the draught', 'the shadows'] : ['the light through the window', 'the dust', 'the draught', 'the quiet'];
  const weather = facts.weather === 'fair' ? [] : [`the ${facts.weather}`];
  return [...weather, ...(dark ? ['the lanterns', 'the stars', 'the dark', 'the evening air'] : ['the sun', 'the sky', 'the daylight', 'the breeze'])];
}
