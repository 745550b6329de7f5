/*
 * Things an objective involves, found from its words: "finish the festival lanterns" talks about wicks,
 * paper shades and paste; "solve the cipher" about symbols and the codebook. A keyword matches a word of
 * the objective by its start ("lantern" matches "lanterns"). Objectives no keyword matches fall back to
 * the things any project has (PROJECT_THINGS). Bare nouns, fit for any scene (see forbiddenWords).
 */
export const OBJECTIVE_THINGS: Readonly<Record<string, readonly string[]>> = {
  lantern: ['wicks', 'paper shades', 'paste', 'willow frames', 'candle stubs', 'coloured paper', 'hooks', 'glue pot'],
  festival: ['bunting', 'stalls', 'banners', 'programme', 'costumes', 'procession', 'flags', 'ribbons'],
  key: ['lock', 'keyring', 'coat pockets', 'drawer', 'spare key', 'doormat', 'key hook', 'loose floorboard'],
  lost: ['last sighting', 'search party', 'pockets', 'footprints', 'lost property box', 'hiding places'],
  ledger: ['columns', 'entries', 'ink', 'receipts', 'page numbers', 'strongbox', 'bookkeeper', 'totals'],
  quarrel: ['grudge', 'harsh words', 'both sides', 'old insult', 'peace offering', 'witnesses'],
  pier: ['planks', 'mooring rights', 'bollards', 'old boundary', 'fishing rights', 'harbour master'],
  charade: ['clues', 'mimes', 'teams', 'hourglass', 'scoreboard', 'hard titles', 'gestures'],
  game: ['rules', 'dice', 'counters', 'board', 'forfeits', 'scoring', 'first round', 'prize'],
  neighbour: ['blankets', 'buckets', 'hot soup', 'dry clothes', 'sandbags', 'spare beds', 'wheelbarrow'],
  help: ['willing hands', 'supplies', 'carts', 'sign-up sheet', 'first aid box', 'spare boots'],
  bridge: ['stones', 'beams', 'ropes', 'mortar', 'handrail', 'footings', 'timber', 'keystone'],
  cipher: ['symbols', 'codebook', 'letters', 'key word', 'tally marks', 'pattern', 'margins', 'grid'],
  observatory: ['telescope', 'star charts', 'lenses', 'dome shutter', 'logbook', 'brass dials', 'clockwork'],
  frame: ['beams', 'pegs', 'mallets', 'crossbeams', 'joints', 'posts', 'braces', 'plumb line'],
  roof: ['shingles', 'rafters', 'thatch', 'ridge beam', 'slates', 'gutter', 'battens'],
  vote: ['ballots', 'speeches', 'pledges', 'ballot box', 'voters', 'tally', 'candidates'],
  mayor: ['letters', 'contract', 'witnesses', 'signatures', 'council minutes', 'secret meeting', 'bribe'],
  deal: ['terms', 'handshake', 'paperwork', 'small print', 'go-between', 'promises'],
  bonfire: ['kindling', 'logs', 'matches', 'dry brush', 'straw', 'fire buckets', 'effigy'],
  pie: ['crusts', 'fillings', 'judges', 'rolling pin', 'blue ribbon', 'pastry', 'oven tins'],
  contest: ['entries', 'judges', 'prize', 'rules', 'rivals', 'score cards'],
  bread: ['flour', 'dough', 'yeast', 'loaves', 'proving bowls', 'oven', 'kneading board', 'crust'],
  bake: ['flour', 'oven', 'mixing bowls', 'sugar', 'baking trays', 'recipe'],
  fair: ['stall', 'price tags', 'baskets', 'bunting', 'crowds', 'sign'],
  harvest: ['sheaves', 'pumpkins', 'apple baskets', 'cider barrels', 'long tables', 'grace'],
  supper: ['guest list', 'seating plan', 'menu', 'puddings', 'table linen', 'candlesticks', 'stew pot'],
  news: ['letters', 'gossip', 'notice board', 'broadsheet', 'post', 'announcements'],
  week: ['market days', 'visitors', 'errands', 'comings and goings'],
  winch: ['crank', 'cable', 'gears', 'grease', 'pawl', 'handle'],
  boat: ['oars', 'hull', 'sails', 'rudder', 'caulking', 'tar'],
  garden: ['seedlings', 'trowels', 'compost', 'beds', 'watering cans', 'stakes'],
  map: ['compass', 'landmarks', 'scale', 'legend', 'paths', 'markings'],
  treasure: ['clues', 'chest', 'shovels', 'old map', 'riddle', 'markings'],
  play: ['script', 'costumes', 'lines', 'props', 'rehearsal', 'curtain'],
  song: ['verses', 'chorus', 'tune', 'harmonies', 'words', 'rhymes'],
  dance: ['steps', 'partners', 'fiddler', 'turns', 'reels'],
  school: ['slates', 'lessons', 'satchels', 'chalk', 'registers'],
  fence: ['posts', 'rails', 'wire', 'gate', 'hinges', 'post hole'],
  well: ['bucket', 'windlass', 'rope', 'cover stone', 'water'],
  mystery: ['clues', 'suspects', 'alibis', 'motive', 'footprints', 'timeline'],
  thief: ['suspects', 'alibis', 'stolen goods', 'footprints', 'motive'],
  wedding: ['rings', 'vows', 'bouquet', 'guest list', 'cake', 'dress'],
  market: ['stalls', 'scales', 'price boards', 'crates', 'coin box'],
};

const KEYWORDS = Object.keys(OBJECTIVE_THINGS);

/** The things an objective's topic involves, or null when none of its words is known. */
export function objectiveThings(topic: string): readonly string[] | null {
  const words = topic.toLowerCase().match(/[a-z]+/g) ?? [];
  const found: string[] = [];
  for (const key of KEYWORDS) if (words.some((w) => w.startsWith(key))) found.push(...OBJECTIVE_THINGS[key]!);
  return found.length > 0 ? [...new Set(found)] : null;
}
