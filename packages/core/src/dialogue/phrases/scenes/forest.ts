import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Forests, woods, groves and camps among the trees. */
export const FOREST: Theme = {
  name: 'forest',
  keywords: [
    'forest:area', 'wood:area', 'woods:area', 'woodland:area', 'grove:area', 'glade:area', 'clearing:area', 'thicket:area',
    'jungle:area', 'camp:area', 'campsite:area', 'trail:path', 'mountain', 'cabin:room', 'hut:room', 'valley:area',
  ],
  spots: [
    spot('clearing', 'area', 'mossy|sunny|little'),
    spot('stream', 'water', 'little|rocky|cold'),
    spot('old oak', 'tree', 'hollowed|main'),
    spot('log pile', 'feature', 'mossy|vast'),
    spot('campfire', 'feature', 'smoky|little'),
    spot('trail', 'path', 'mud-caked|narrow|winding'),
    spot('ridge', 'surface', 'windy|high'),
    spot('woodshed', 'room', 'leaky|little'),
    spot('pine grove', 'area', 'dark|quiet'),
    spot('waterfall', 'water', 'little|roaring'),
    spot('cabin', 'room', 'log|little'),
  ],
  things: [
    thing('hatchet', 'blunt|heavy|trusty|old/wood|felling', 'sharpen|swing|put away'),
    thing('woodpile', 'damp|vast|tidy/birch|oak', 'stack|cover|split'),
    thing('tent', 'leaky|sagging|patched|little/canvas|green', 'pitch|patch|take down'),
    thing('lantern', 'smoky|flickering|dim/tin|storm', 'light|fill|hang'),
    thing('map', 'soggy|ripped|faded/trail|hand-drawn', 'check|fold|redraw'),
    thing('bird box', 'crooked|new|bare/wooden|nesting', 'hang|check|fix'),
    thing('rope bridge', 'swaying|frayed|rickety|long', 'mend|test|tighten'),
    thing('stepping stones', 'slippery|mossy|wobbly', 'reset|test'),
    thing('kettle', 'sooty|dented|whistling/camp|tin', 'boil|fill|scrub'),
    thing('firepit', 'smoky|cold|ringed/stone', 'light|rake out|build up'),
    thing('signpost', 'crooked|mossy|faded/wooden|trail', 'straighten|repaint|fix'),
    thing('mushrooms', 'peculiar|tiny|vast|spotted/wild|field', 'pick|count|sketch'),
    thing('log', 'mossy|crumbling|vast|toppled/oak|birch', 'split|roll|saw'),
    thing('birch', 'silver|slender|peeling|young', 'measure|sketch'),
    thing('canoe', 'leaky|upturned|old/wooden|green', 'paint|launch|patch'),
    thing('fishing rod', 'bent|trusty|tangled/bamboo', 'mend|bait|cast'),
  ],
  people: ['forester', 'woodcutter', 'ranger', 'charcoal burner', 'trapper', 'hermit', 'guide', 'botanist'],
  sights: [
    'an owl: is hooting somewhere|watched us all night|flew right past',
    'the wind: is sighing in the pines|has dropped|shakes the leaves',
    'a deer: is at the edge of the clearing|bolted|is watching us',
    'the stream: is high|is chattering|is ice cold',
    'the fire: is crackling|has gone out|smells of pine',
    'the woodpeckers: are drumming|have gone quiet',
    'the mist: is lifting|hangs in the trees|is rolling down the ridge',
  ],
  counts: ['pine cones', 'logs', 'trees', 'mushrooms', 'owls', 'footprints', 'stones', 'acorns'],
  foods: ['toasted bread', 'blackberries', 'stew', 'campfire potatoes', 'nettle tea', 'trail biscuits', 'hazelnuts'],
};
