import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Farms, barns, fields and vineyards. */
export const FARM: Theme = {
  name: 'farm',
  keywords: [
    'farm:area', 'farmyard:area', 'barn:room', 'field:area', 'fields:area', 'meadow:area', 'ranch:area', 'vineyard:area',
    'dairy:room', 'stable:room', 'stables:room', 'pasture:area', 'paddock:area', 'farmhouse:room', 'orchard:area', 'harvest',
  ],
  spots: [
    spot('barn', 'room', 'large|old|red'),
    spot('farmyard', 'area', 'mud-caked|busy'),
    spot('hayloft', 'room', 'dusty|snug'),
    spot('paddock', 'area', 'upper|little'),
    spot('duck pond', 'water', 'mud-caked|little'),
    spot('milking shed', 'room', 'cold|scrubbed'),
    spot('five-bar gate', 'feature', 'wooden|upper'),
    spot('haystack', 'feature', 'large|leaning'),
    spot('farmhouse kitchen', 'room', 'snug|large'),
    spot('hedgerow', 'feature', 'long|thick'),
    spot('grain store', 'room', 'dry|locked'),
  ],
  things: [
    thing('tractor', 'rusty|balky|ancient|mud-caked/red|blue', 'fix|fuel|start'),
    thing('hay bale', 'heavy|damp|square|wobbly/round', 'stack|carry|cover'),
    thing('fence post', 'leaning|crumbling|new/oak|chestnut', 'replace|hammer in|straighten'),
    thing('milk churn', 'dented|heavy|bare/steel', 'scrub|fill|carry'),
    thing('water trough', 'mossy|leaky|full/stone|galvanised', 'fill|scrub|mend'),
    thing('scarecrow', 'lopsided|ragged|grinning/straw', 'dress|prop up|move'),
    thing('plough', 'rusty|heavy|old/horse-drawn|iron', 'mend|oil|hitch up'),
    thing('barn door', 'sagging|heavy|creaking/sliding|red', 'rehang|oil|paint'),
    thing('hen house', 'leaky|crooked|new/wooden', 'muck out|mend|paint'),
    thing('pitchfork', 'bent|trusty|spare/long-handled', 'find|fix|sharpen'),
    thing('feed sack', 'heavy|split|half-empty/oat|barley', 'carry|stack|tie up'),
    thing('weathervane', 'crooked|rusty|jammed/cockerel|copper', 'straighten|oil|fix'),
    thing('cart', 'rickety|creaking|mud-caked/hay|wooden', 'load|mend|grease'),
    thing('frame', 'half-built|sturdy|crooked/timber|oak', 'raise|brace|square up'),
    thing('roof', 'leaky|sagging|half-finished/thatched|slate', 'patch|thatch|plan'),
  ],
  people: ['farmer', 'farmhand', 'shepherd', 'dairymaid', 'carpenter', 'neighbour', 'vet', 'blacksmith'],
  sights: [
    'the hens: are scratching about|got out again|are laying well',
    'the cows: are lowing|are coming in for milking|are lying down',
    'the sheep: are bleating|have found the gap in the hedge|are all in a huddle',
    'the rooster: will not stop crowing|is on the fence',
    'the wheat: is turning gold|is waving|is nearly ready',
    'the dog: is rounding up the geese|is asleep in the sun|is covered in mud',
  ],
  counts: ['hens', 'eggs', 'bales', 'sheep', 'cows', 'fence posts', 'beams', 'nails'],
  foods: ['new-laid eggs', 'buttermilk', 'farmhouse cheese', 'apple pie', 'cream teas', 'ploughman\'s lunch', 'new potatoes'],
};
