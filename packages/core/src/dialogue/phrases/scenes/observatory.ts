import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Observatories, towers with telescopes, planetariums. */
export const OBSERVATORY: Theme = {
  name: 'observatory',
  keywords: ['observatory:room', 'telescope', 'planetarium:room', 'dome:room', 'stargazing', 'stars'],
  spots: [
    spot('dome', 'room', 'main|cold'),
    spot('telescope', 'feature', 'main|old'),
    spot('balcony', 'surface', 'windy|narrow'),
    spot('chart room', 'room', 'dusty|cluttered'),
    spot('spiral stairs', 'stairs', 'iron|steep'),
    spot('darkroom', 'room', 'little|stuffy'),
    spot('clock room', 'room', 'ticking'),
    spot('roof hatch', 'feature', 'stiff'),
  ],
  things: [
    thing('telescope', 'main|ancient|stiff|misaligned/brass|refracting', 'align|polish|focus'),
    thing('star chart', 'faded|enormous|ripped/hand-drawn|printed', 'update|pin up|study'),
    thing('lens', 'dusty|cracked|spare|vast/brass-rimmed', 'polish|swap|check'),
    thing('dome shutter', 'jammed|squealing|heavy', 'oil|open|fix'),
    thing('logbook', 'fat|water-stained|mislaid/observing', 'write up|search|read'),
    thing('cipher', 'baffling|scrawled|half-solved|peculiar', 'crack|copy|study'),
    thing('orrery', 'dusty|jammed|delicate/brass', 'wind|mend|dust'),
    thing('lantern', 'red|dim/hooded', 'light|shade|refill'),
    thing('pendulum clock', 'slow|ticking|ancient', 'wind|set|steady'),
    thing('photographic plate', 'fogged|cracked|precious/glass', 'develop|label|check'),
    thing('compass', 'spinning|old|brass', 'check|read|find'),
    thing('ladder', 'tall|wobbly|rolling', 'steady|move|climb'),
  ],
  people: ['astronomer', 'caretaker', 'night porter', 'assistant', 'professor', 'student', 'clockmaker', 'visitor'],
  sights: [
    'the stars: are out in force|keep hiding behind cloud|look close enough to touch',
    'the moon: is rising|is almost full|lights up the whole dome',
    'the dome: creaks in the wind|turned on its own',
    'a light on the hill: flickered again|is moving|went out',
    'the owls: are calling|sit on the railings',
  ],
  counts: ['stars', 'plates', 'steps', 'notes', 'lenses', 'clouds', 'symbols', 'hours'],
  foods: ['cocoa', 'flask tea', 'cheese sandwiches', 'ginger biscuits', 'soup'],
};
