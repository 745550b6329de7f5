/**
 * A small lore corpus for search quality: the harbour town of Saltmere, its places, customs, history and
 * secrets, and questions a player or a character might ask, each with the passage that should answer it
 * (named by its document's title and a phrase only that passage holds). Some questions share words with
 * their passage, others only its meaning, so text and meaning each win some and their fusion most.
 */

export interface LoreDocument {
  title: string;
  /** Paragraphs separated by blank lines; each long enough to be a passage of its own. */
  content: string;
}

export interface LoreQuery {
  q: string;
  /** The expected passage: its document's title and a phrase found in it alone. */
  title: string;
  phrase: string;
}

const doc = (title: string, ...paragraphs: string[]): LoreDocument => ({ title, content: paragraphs.join('\n\n') });

export const LORE_DOCUMENTS: LoreDocument[] = [
  doc(
    'The Lantern Festival',
    'Every autumn on the first night of the new moon, the people of Saltmere hang paper lanterns along the quay. Each lantern carries the name of someone lost at sea, and the harbour glows until dawn.',
    'At midnight the lanterns are cut loose and set on the water. Children believe that a lantern drifting back to shore means the drowned one is not yet at rest, and they whisper apologies to it.',
  ),
  doc(
    'The Lighthouse on Gull Point',
    'The lighthouse stands on the northern cliff called Gull Point. Its keeper, Old Wen, has tended the lamp for forty years and has never let it go dark, not even in the great winter storm.',
    'The lamp burns whale oil brought by cart every second week. Wen keeps a logbook of every ship that passes, and many in town consult it when a vessel is overdue.',
  ),
  doc(
    'The Quarrel at the Quay',
    'Last spring Mara and Bram argued on the quay over a missing crate of salted cod. Bram accused her of selling it to the smugglers; she struck the ledger from his hands and it fell into the water.',
    'Since that day the two do not speak. Mara now unloads her catch at the far end of the harbour, and Bram counts every crate twice before he signs for it.',
  ),
  doc(
    'Bram the Harbourmaster',
    'Bram has been harbourmaster for eleven years. He collects the mooring fees, settles disputes between captains and keeps the town ledger, which he guards more carefully than his own purse.',
    'He is a widower who lives above the customs house with three cats. Few know that he was once a sailor on a pirate sloop before he settled in Saltmere and took an honest post.',
  ),
  doc(
    'Mara the Fisher',
    'Mara owns the blue boat named Heron and fishes the deep water beyond the reef. She is the best navigator in town and can read the weather from the colour of the morning sky.',
    'Her brother Tomas drowned six years ago when his boat overturned near the Teeth. Every festival she hangs the largest lantern on the quay for him and stays until the last light goes out.',
  ),
  doc(
    'The Teeth',
    'The Teeth are a line of black rocks just under the surface at the mouth of the bay. At low tide they show like a jaw, and at high tide they are invisible and deadly to any hull.',
    'Sailors steer by the lighthouse beam to keep clear of them. More ships have been wrecked on the Teeth than anywhere else along the coast, and divers still find coins among the rocks.',
  ),
  doc(
    'The Smugglers of the Cove',
    'A band of smugglers uses the hidden cove south of town to land brandy and silk without paying duty. They signal to each other with a shuttered lamp from the cliff path: two short flashes, one long.',
    'Their leader is known only as the Grey Widow. Some say she pays the town watch to look the other way on moonless nights, and that the customs house has its share of the profit.',
  ),
  doc(
    'The Salt Pans',
    'East of the harbour lie the salt pans, shallow pools where seawater is left to evaporate under the summer sun. The salt is raked into white heaps and sold to preserve fish through the winter.',
    'Working the pans is hard on the skin and the eyes. The rakers wear wide straw hats and wrap their hands in linen, and they sing a slow counting song to keep their strokes together.',
  ),
  doc(
    'The Drowned Bell',
    'Before the old chapel fell into the sea during a landslide a century ago, its bronze bell rang for every wedding in Saltmere. The bell now lies somewhere beneath the waves off the southern cliffs.',
    'Fishers swear they hear it toll underwater before a great storm. Nobody has ever found it, though the Grey Widow is said to have paid divers to search for it in secret.',
  ),
  doc(
    'The Herring Run',
    'Each spring vast shoals of herring arrive in the bay, and for three weeks every boat goes out twice a day. The whole town works through the nights gutting and salting the catch.',
    'A good run can feed Saltmere through the year; a poor one means debts and hunger. Old people still talk about the year the herring never came and the town nearly starved.',
  ),
  doc(
    'The Customs House',
    'The customs house is the largest stone building on the harbour front. Duties on every cargo are paid here, and the strongroom in the cellar holds the town treasury behind an iron door.',
    'The building was raised with money from the salt trade. Its clock tower can be seen from every street, and the clock has run exactly four minutes slow for as long as anyone remembers.',
  ),
  doc(
    'The Tavern of the Three Oars',
    'The Three Oars is the only tavern in Saltmere. Its landlady, Ysolde, brews a dark bitter ale from seaweed and barley that visitors find strange and locals refuse to do without.',
    'Sailors pay for their drinks with stories as often as with coin. Ysolde hears every rumour in town first, and she sells the best of them to whoever asks the right way.',
  ),
  doc(
    'The Weather Lore of Saltmere',
    'Red sky at dawn means a gale before evening; gulls flying inland mean rain. When the fog comes in from the east rather than the west, the old women say a death will follow within the week.',
    'Mara trusts the signs more than any almanac. She once turned the whole fleet back to port because the swallows flew low, and an hour later a squall capsized a trader from the north.',
  ),
  doc(
    'The Founding of Saltmere',
    'Saltmere was founded three hundred years ago by families fleeing a war in the inland valleys. They arrived with nothing but their carts and learned fishing from the shore people who already lived here.',
    'The first houses were built from the timbers of their own wagons. The founders swore an oath on the beach to share every catch in hard years, and that oath is recited at every town meeting still.',
  ),
  doc(
    'The Shipwright Yard',
    'Old Hesk and his daughters build boats in the yard beside the river mouth. They work in oak and larch, and every hull they launch has a carved heron on the prow for luck.',
    'A new boat takes a full season to build. The launch is a feast day: the town hauls the hull down greased logs into the water while Hesk pours a cup of ale over the bow.',
  ),
  doc(
    'The Healer of Kelp Lane',
    'Nessa the healer lives at the end of Kelp Lane and treats fevers, burns and broken bones with poultices of seaweed and honey. She asks no payment but accepts fish, firewood and news.',
    'She keeps a locked cupboard of stronger remedies. It is whispered that she sold a sleeping draught to someone on the night the customs strongroom was robbed, but she will not say to whom.',
  ),
  doc(
    'The Robbery of the Strongroom',
    'Two winters ago the iron door of the customs strongroom was found open at dawn and a chest of silver was gone. The guards had slept through the night and remembered nothing.',
    'Bram blamed the smugglers and demanded the watch search the cove, but nothing was found. The silver was never recovered, and the town raised the duties to cover the loss, which made many bitter.',
  ),
  doc(
    'The Seal Folk',
    'Children in Saltmere are told that seals are the drowned who chose to stay near home. Harming a seal is forbidden, and a fisher who finds one tangled in a net must cut the net free.',
    'On the longest night, some families leave a bowl of milk on the rocks for the seal folk. Mara has done so every year since her brother was lost.',
  ),
  doc(
    'The Town Watch',
    'The watch is six men and women led by Captain Orrin, who patrols the harbour front and the market with a lantern and a brass whistle. Their pay comes from the mooring fees.',
    'Orrin is honest but lazy, and the watch rarely climbs the cliff paths after dark. Many suspect that someone in the watch warns the smugglers before every search.',
  ),
  doc(
    'The Market Square',
    'On market days the square in front of the chapel ruins fills with stalls of fish, salt, rope, wool and pottery brought by carters from the inland villages.',
    'Disputes over weights are settled by the market reeve with the town scales, which are kept in the customs house and checked against the brass standard every new year.',
  ),
  doc(
    'The Storm of the Black Winter',
    'Forty years ago a storm raged for nine days. Waves broke over the sea wall, half the fleet was lost at its moorings, and the old chapel cliff began to crack.',
    'It was in that winter that Wen took over the lighthouse, after the old keeper died climbing the stairs in the gale. Wen kept the lamp alight through the worst of it, and no ship struck the Teeth.',
  ),
  doc(
    'Secret: The Widow Revealed',
    "The Grey Widow is Ysolde, the landlady of the Three Oars. Her cellar connects to the cliff path by an old drainage tunnel, and the smugglers' brandy is sold across her own bar.",
    "She ordered the strongroom robbery, drugging the guards with the healer's sleeping draught slipped into their ale. Only Mara knows, having seen the chest carried through the tunnel on the night of the theft.",
  ),
];

export const LORE_QUERIES: LoreQuery[] = [
  // Shared words with the passage (text search should find these).
  { q: 'paper lanterns on the quay', title: 'The Lantern Festival', phrase: 'hang paper lanterns' },
  { q: 'lanterns cut loose at midnight', title: 'The Lantern Festival', phrase: 'cut loose' },
  { q: 'Old Wen lighthouse keeper', title: 'The Lighthouse on Gull Point', phrase: 'forty years' },
  { q: 'whale oil for the lamp', title: 'The Lighthouse on Gull Point', phrase: 'whale oil' },
  { q: 'Mara and Bram argued over salted cod', title: 'The Quarrel at the Quay', phrase: 'salted cod' },
  { q: 'mooring fees and the town ledger', title: 'Bram the Harbourmaster', phrase: 'mooring fees' },
  { q: 'Bram pirate sloop', title: 'Bram the Harbourmaster', phrase: 'pirate sloop' },
  { q: 'Mara blue boat Heron', title: 'Mara the Fisher', phrase: 'blue boat' },
  { q: 'black rocks at the mouth of the bay', title: 'The Teeth', phrase: 'black rocks' },
  { q: 'smugglers signal shuttered lamp', title: 'The Smugglers of the Cove', phrase: 'shuttered lamp' },
  { q: 'Grey Widow pays the watch', title: 'The Smugglers of the Cove', phrase: 'Grey Widow' },
  { q: 'salt pans evaporate seawater', title: 'The Salt Pans', phrase: 'evaporate' },
  { q: 'bronze bell of the old chapel', title: 'The Drowned Bell', phrase: 'bronze bell' },
  { q: 'herring shoals in spring', title: 'The Herring Run', phrase: 'shoals of herring' },
  { q: 'clock tower four minutes slow', title: 'The Customs House', phrase: 'four minutes slow' },
  { q: 'Ysolde seaweed ale', title: 'The Tavern of the Three Oars', phrase: 'seaweed and barley' },
  { q: 'fog from the east death', title: 'The Weather Lore of Saltmere', phrase: 'fog comes in from the east' },
  { q: 'founders oath recited at town meeting', title: 'The Founding of Saltmere', phrase: 'oath is recited' },
  { q: 'carved heron on the prow', title: 'The Shipwright Yard', phrase: 'carved heron' },
  { q: 'Nessa healer Kelp Lane poultices', title: 'The Healer of Kelp Lane', phrase: 'poultices' },
  {
    q: 'chest of silver stolen from the strongroom',
    title: 'The Robbery of the Strongroom',
    phrase: 'chest of silver',
  },
  { q: 'Captain Orrin brass whistle', title: 'The Town Watch', phrase: 'brass whistle' },
  { q: 'town scales market reeve', title: 'The Market Square', phrase: 'market reeve' },
  // Names and rare words, as people type them (search by text is strongest here; the vector of one rare
  // word or a short phrase often lands nearer other passages, e.g. 'Wen', 'gutting', 'sea wall').
  { q: 'Tomas', title: 'Mara the Fisher', phrase: 'Tomas drowned' },
  { q: 'Hesk', title: 'The Shipwright Yard', phrase: 'Old Hesk' },
  { q: 'Orrin', title: 'The Town Watch', phrase: 'Captain Orrin' },
  { q: 'two short flashes, one long', title: 'The Smugglers of the Cove', phrase: 'two short flashes' },
  { q: 'oak and larch', title: 'The Shipwright Yard', phrase: 'oak and larch' },
  { q: 'Kelp Lane', title: 'The Healer of Kelp Lane', phrase: 'Kelp Lane' },
  { q: 'Gull Point', title: 'The Lighthouse on Gull Point', phrase: 'Gull Point' },
  { q: 'swallows flew low', title: 'The Weather Lore of Saltmere', phrase: 'swallows flew low' },
  { q: 'Wen', title: 'The Lighthouse on Gull Point', phrase: 'forty years' },
  { q: 'Ysolde', title: 'The Tavern of the Three Oars', phrase: 'seaweed and barley' },
  { q: 'Three Oars', title: 'The Tavern of the Three Oars', phrase: 'seaweed and barley' },
  { q: 'drainage tunnel', title: 'Secret: The Widow Revealed', phrase: 'drainage tunnel' },
  { q: 'gutting', title: 'The Herring Run', phrase: 'shoals of herring' },
  { q: 'wagons', title: 'The Founding of Saltmere', phrase: 'oath is recited' },
  { q: 'sea wall', title: 'The Storm of the Black Winter', phrase: 'nine days' },
  { q: 'landslide', title: 'The Drowned Bell', phrase: 'bronze bell' },
  { q: 'firewood', title: 'The Healer of Kelp Lane', phrase: 'poultices' },
  { q: 'straw hats', title: 'The Salt Pans', phrase: 'counting song' },
  { q: 'pottery', title: 'The Market Square', phrase: 'pottery' },
  { q: 'duties raised', title: 'The Robbery of the Strongroom', phrase: 'raised the duties' },
  // Meaning only, or mostly (search by meaning should find these).
  { q: 'when do people remember those who died at sea', title: 'The Lantern Festival', phrase: 'hang paper lanterns' },
  {
    q: 'what does it mean if a floating light comes back to the beach',
    title: 'The Lantern Festival',
    phrase: 'drifting back',
  },
  { q: 'who keeps the beacon burning on the headland', title: 'The Lighthouse on Gull Point', phrase: 'forty years' },
  {
    q: 'why are the fisherwoman and the port official not talking to each other',
    title: 'The Quarrel at the Quay',
    phrase: 'do not speak',
  },
  {
    q: 'what did the harbour chief do before he came to town',
    title: 'Bram the Harbourmaster',
    phrase: 'pirate sloop',
  },
  { q: 'how did her sibling die', title: 'Mara the Fisher', phrase: 'Tomas drowned' },
  { q: 'hidden reef that sinks vessels', title: 'The Teeth', phrase: 'jaw' },
  { q: 'where is contraband brought ashore without taxes', title: 'The Smugglers of the Cove', phrase: 'hidden cove' },
  { q: 'a sound beneath the sea warns of bad weather', title: 'The Drowned Bell', phrase: 'toll underwater' },
  { q: 'the year there was famine because no fish arrived', title: 'The Herring Run', phrase: 'never came' },
  { q: 'where is the money of the town locked away', title: 'The Customs House', phrase: 'town treasury' },
  {
    q: 'paying for beer by telling tales',
    title: 'The Tavern of the Three Oars',
    phrase: 'pay for their drinks with stories',
  },
  { q: 'omens in the sky that predict storms', title: 'The Weather Lore of Saltmere', phrase: 'Red sky at dawn' },
  { q: 'refugees from fighting settled the coast', title: 'The Founding of Saltmere', phrase: 'fleeing a war' },
  { q: 'celebration when a new vessel goes into the water', title: 'The Shipwright Yard', phrase: 'feast day' },
  { q: 'who gave a sedative on the night of the theft', title: 'The Healer of Kelp Lane', phrase: 'sleeping draught' },
  {
    q: 'taxes went up after the treasure vanished',
    title: 'The Robbery of the Strongroom',
    phrase: 'raised the duties',
  },
  { q: 'is it allowed to hurt the animals that lie on the rocks', title: 'The Seal Folk', phrase: 'Harming a seal' },
  { q: 'someone tips off the criminals before raids', title: 'The Town Watch', phrase: 'warns the smugglers' },
  { q: 'a tempest that lasted more than a week', title: 'The Storm of the Black Winter', phrase: 'nine days' },
  {
    q: 'the innkeeper is secretly the leader of the contraband gang',
    title: 'Secret: The Widow Revealed',
    phrase: 'Grey Widow is Ysolde',
  },
  { q: 'how was the stolen chest taken out', title: 'Secret: The Widow Revealed', phrase: 'through the tunnel' },
];
