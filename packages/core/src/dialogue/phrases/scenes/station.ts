import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Space stations, starships and colonies. */
export const STATION: Theme = {
  name: 'station',
  keywords: [
    'space station', 'spaceship', 'starship', 'space', 'orbital', 'colony:area', 'mars', 'lunar', 'moonbase:area',
    'spacecraft', 'airlock:feature', 'bridge deck:room', 'observation deck:room', 'module:room', 'hab:room', 'habitat:room',
  ],
  spots: [
    spot('airlock', 'feature', 'outer|inner|forward'),
    spot('galley', 'room', 'cramped|loud'),
    spot('observation deck', 'room', 'dim|quiet'),
    spot('hydroponics bay', 'room', 'humid|green'),
    spot('command deck', 'room', 'busy|forward'),
    spot('docking ring', 'feature', 'outer|upper'),
    spot('engine room', 'room', 'humming|hot'),
    spot('corridor', 'path', 'long|curved|narrow'),
    spot('sleeping pods', 'room', 'crew|quiet'),
    spot('med bay', 'room', 'vivid|gleaming'),
  ],
  things: [
    thing('air filter', 'clogged|humming|spare|rattling/carbon', 'replace|swap out|check'),
    thing('solar panel', 'scorched|dusty|wobbly|new/port|starboard', 'realign|repair|dust off'),
    thing('oxygen gauge', 'flickering|jammed|new/backup|main', 'recalibrate|check|reset'),
    thing('hatch', 'stiff|sticky|heavy/airtight|cargo', 'seal|lubricate|open'),
    thing('tomato vine', 'spindly|heavy|leggy/hydroponic|dwarf', 'prune|water|harvest'),
    thing('comms array', 'crackling|misaligned|old/long-range', 'realign|repair|test'),
    thing('star chart', 'faded|outdated|new/holographic|printed', 'update|check|pin up'),
    thing('cargo crate', 'dented|heavy|sealed/supply|slate-grey', 'unpack|strap down|log'),
    thing('water recycler', 'gurgling|leaky|loud', 'flush|service|repair'),
    thing('robot arm', 'jerky|squeaky|slow/cargo|service', 'recalibrate|oil|reset'),
    thing('space suit', 'scuffed|patched|baggy/spare|orange', 'patch|check|hang up'),
    thing('porthole', 'frosted|scratched|round', 'polish|check|seal'),
    thing('coffee machine', 'temperamental|ancient|hissing', 'descale|fix|refill'),
    thing('rover', 'dusty|jammed|old/surface|six-wheeled', 'charge|repair|park'),
  ],
  people: ['commander', 'engineer', 'pilot', 'medic', 'botanist', 'cook', 'navigator', 'cadet'],
  sights: [
    'the stars: are so bright tonight|wheel past the porthole|never stop being strange',
    'the air vents: are humming|rattled all night|smell of mint',
    'the lights: are dimming|flicker every hour|switched to night mode',
    'the planet below: is turning blue|has a storm on it|looks close enough to touch',
    'the alarms: went off again|are quiet for once',
  ],
  counts: ['stars', 'bolts', 'hatches', 'crates', 'lights', 'readings', 'seedlings', 'orbits'],
  foods: ['ration bars', 'freeze-dried noodles', 'hydroponic lettuce', 'recycled coffee', 'protein stew', 'dried apricots'],
  belongings: [
    thing('datapad', 'cracked|spare|new', 'charge|update'),
    thing('headset', 'crackly|spare|battered', 'fix|charge'),
    thing('tool belt', 'heavy|well-worn|spare', 'pack|sort'),
    thing('torch', 'dim|spare|tiny', 'charge|fix'),
    thing('notebook', 'battered|little|spare'),
    thing('mug', 'chipped|magnetic|trusty', 'wash|refill'),
  ],
};
