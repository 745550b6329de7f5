import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Workshops, forges, studios and mills. */
export const WORKSHOP: Theme = {
  name: 'workshop',
  keywords: [
    'workshop:room',
    'forge:room',
    'smithy:room',
    'studio:room',
    'mill:room',
    'sawmill:room',
    'factory:room',
    'garage:room',
    'carpentry',
    'pottery:room',
    'foundry:room',
  ],
  spots: [
    spot('workbench', 'feature', 'long|scarred'),
    spot('forge', 'feature', 'glowing|roaring'),
    spot('lathe', 'feature', 'old|loud'),
    spot('yard', 'area', 'back|mud-caked'),
    spot('loft', 'room', 'dusty|timber'),
    spot('kiln', 'feature', 'hot|brick'),
    spot('stores', 'room', 'cluttered|locked'),
    spot('sawpit', 'feature', 'deep|old'),
  ],
  things: [
    thing('anvil', 'heavy|scarred|ancient/iron', 'move|polish|hammer'),
    thing('bellows', 'wheezing|leaky|large/leather', 'mend|pump|patch'),
    thing('saw', 'blunt|rusty|trusty/hand|bow', 'sharpen|set|oil'),
    thing('vice', 'stiff|rusty|heavy/bench|iron', 'oil|tighten|loosen'),
    thing('toolbox', 'heavy|cluttered|dented/metal|wooden', 'sort|carry|tidy'),
    thing('plane', 'blunt|trusty|old/jack|smoothing', 'sharpen|adjust'),
    thing('chisel', 'blunt|chipped|everyday', 'sharpen|hone|find'),
    thing('kiln', 'hot|cracked|hungry/brick|gas', 'stoke|load|unload'),
    thing("potter's wheel", 'wobbly|squeaky|old', 'oil|centre|fix'),
    thing('timber stack', 'tall|damp|warped/oak|pine', 'stack|sort|cover'),
    thing('grindstone', 'well-worn|wobbly|heavy', 'turn|level|wet'),
    thing('water wheel', 'creaking|slow|mossy', 'grease|mend|tidy'),
  ],
  people: ['smith', 'carpenter', 'apprentice', 'potter', 'miller', 'foreman', 'glazier', 'wheelwright'],
  sights: [
    'the forge: is roaring|has gone cold|throws sparks everywhere',
    'the sawdust: is everywhere|gets in my boots',
    'the hammering: has not stopped|echoes down the lane',
    'the apprentice: dropped a tray|is whistling|burnt a finger',
  ],
  counts: ['nails', 'planks', 'hinges', 'pots', 'horseshoes', 'tools', 'bolts', 'sparks'],
  foods: ['bacon rolls', "builder's tea", 'pasties', 'cheese and pickle', 'flapjack'],
};
