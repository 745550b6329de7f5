import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Taverns, inns, pubs and taprooms. */
export const TAVERN: Theme = {
  name: 'tavern',
  keywords: [
    'tavern:room', 'inn:room', 'pub:room', 'alehouse:room', 'taproom:room', 'bar:room', 'saloon:room', 'back room:room',
    'snug:room', 'cellar bar:room', 'public house:room',
  ],
  spots: [
    spot('bar', 'feature', 'long|oak'),
    spot('fireplace', 'feature', 'large|inglenook'),
    spot('snug', 'room', 'cosy|little'),
    spot('back room', 'room', 'smoky|crowded'),
    spot('cellar', 'room', 'chilly|beer'),
    spot('dartboard', 'feature'),
    spot('window seat', 'feature', 'bay|corner'),
    spot('beer garden', 'area', 'little|walled'),
    spot('piano', 'feature', 'old|upright'),
    spot('corner table', 'feature', 'sticky|round'),
  ],
  things: [
    thing('barrel', 'leaky|heavy|bare|new/ale|oak', 'tap|roll|change'),
    thing('dartboard', 'battered|wonky|old/cork', 'straighten|rehang'),
    thing('piano', 'out-of-tune|battered|old/upright', 'tune|play|dust'),
    thing('pump handle', 'sticky|brass|gleaming', 'polish|fix|pull'),
    thing('chalkboard', 'smudged|crooked|new/menu', 'rewrite|wipe|prop up'),
    thing('hearth', 'roaring|smoky|low/log', 'stoke|build up|light'),
    thing('tankard', 'dented|pewter|enormous|old', 'polish|fill|hang up'),
    thing('card table', 'wobbly|green|baize-topped', 'set up|level|tidy'),
    thing('sign', 'swinging|faded|creaking/painted|inn', 'repaint|rehang|oil'),
    thing('cribbage board', 'well-worn|old/wooden', 'find|set up'),
    thing('settle', 'creaky|high-backed/oak', 'move|wax|mend'),
    thing('hearth rug', 'singed|threadbare|old', 'beat|move|replace'),
    thing('cellar hatch', 'stiff|heavy/oak', 'oil|open|fix'),
    thing('quiz sheet', 'crumpled|blank|tricky', 'write|mark|hand out'),
  ],
  people: ['landlord', 'landlady', 'barmaid', 'cellarman', 'fiddler', 'regular', 'cook', 'pot boy'],
  sights: [
    'the fiddler: is tuning up|is playing a jig|has gone for a drink',
    'the fire: is crackling|is spitting|needs another log',
    'the regulars: are arguing about darts|are singing|want another round',
    'the landlord: is polishing glasses|is in a mood|just rang the bell',
    'the rain: is beating on the windows|has stopped|drips from every coat',
    'a dog: is asleep by the hearth|is begging for crisps|barked at the door',
  ],
  counts: ['tankards', 'barrels', 'darts', 'customers', 'stools', 'candles', 'songs', 'coins'],
  foods: ['cider', 'ale', 'pie and mash', 'pickled eggs', "shepherd's pie", 'hot toddy', 'pork scratchings'],
};
