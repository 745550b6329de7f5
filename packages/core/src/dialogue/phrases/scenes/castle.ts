import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Castles, keeps, palaces and manor houses. */
export const CASTLE: Theme = {
  name: 'castle',
  keywords: [
    'castle:area', 'keep:room', 'palace:area', 'fortress:area', 'citadel:area', 'throne room:room', 'great hall:room',
    'manor:area', 'ramparts:surface', 'battlements:surface', 'courtyard:area', 'dungeon:room', 'tower:feature', 'court',
    'royal', 'king', 'queen', 'knights',
  ],
  spots: [
    spot('banqueting hall', 'room', 'draughty|long'),
    spot('courtyard', 'area', 'cobbled|inner'),
    spot('gatehouse', 'room', 'old|stone'),
    spot('battlements', 'surface', 'windy|north'),
    spot('kitchens', 'room', 'steamy|castle'),
    spot('chapel', 'room', 'little|cold'),
    spot('stables', 'room', 'royal|old'),
    spot('drawbridge', 'feature', 'creaking|heavy'),
    spot('armoury', 'room', 'dusty|locked'),
    spot('spiral stair', 'stairs', 'narrow|well-worn'),
    spot('moat', 'water', 'cloudy|green'),
  ],
  things: [
    thing('portcullis', 'rusty|heavy|jammed|creaking/iron', 'oil|raise|lower'),
    thing('tapestry', 'faded|dusty|enormous|moth-eaten/hunting|woven', 'mend|beat|rehang'),
    thing('banner', 'tattered|faded|long/silk|heraldic', 'hang|mend|raise'),
    thing('suit of armour', 'dented|rusty|squeaky|bare/steel|gleaming', 'polish|oil|move'),
    thing('chandelier', 'dusty|enormous|swaying/iron|candle', 'lower|dust|relight'),
    thing('throne', 'creaky|ancient|enormous/oak|gilded', 'polish|dust|move'),
    thing('drawbridge chain', 'rusty|heavy|clanking/iron', 'grease|mend|check'),
    thing('torch bracket', 'sooty|bent|wobbly/iron', 'fix|scrub|tighten'),
    thing('long table', 'scarred|ancient|enormous/oak|banqueting', 'set|scrub|tidy'),
    thing('well', 'deep|mossy|echoing/stone|castle', 'draw from|cover|check'),
    thing('cannon', 'ancient|rusty|heavy/bronze|iron', 'polish|move|inspect'),
    thing('shield', 'dented|painted|heavy/oak|heraldic', 'repaint|hang|polish'),
    thing('cellar door', 'stiff|heavy|creaking/oak|iron-bound', 'oil|unlock|prop open'),
    thing('fireplace', 'vast|sooty|smoky/stone|carved', 'sweep|light|stock'),
    thing('rope ladder', 'frayed|long|tangled', 'mend|coil|hang'),
  ],
  people: ['steward', 'cook', 'groom', 'herald', 'guard', 'chamberlain', 'seamstress', 'falconer'],
  sights: [
    'the flags: are snapping in the wind|hang limp|were raised at dawn',
    'the guards: are changing over|are yawning|are playing dice',
    'the hounds: are barking in the yard|are asleep by the fire|want their supper',
    'the wind: howls along the battlements|rattles the shutters|is bitter up here',
    'the kitchens: smell of roasting|are in uproar|are steaming',
    'a falcon: is circling the tower|is hooded on its perch|just caught something',
  ],
  counts: ['steps', 'towers', 'torches', 'guards', 'arrows', 'banners', 'windows', 'barrels'],
  foods: ['roast pheasant', 'mead', 'spiced wine', 'venison pie', 'honey cakes', 'barley bread'],
};
