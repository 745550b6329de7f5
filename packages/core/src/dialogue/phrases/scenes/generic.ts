import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** A setting that names no known theme ("Mars Colony One", "the crossing"): things found almost anywhere. */
export const GENERIC: Theme = {
  name: 'generic',
  keywords: [],
  spots: [
    spot('entrance', 'feature', 'main|side|back'),
    spot('doorway', 'feature', 'open|narrow'),
    spot('corner', 'corner', 'far|quiet'),
    spot('stairs', 'stairs', 'back|narrow|old'),
    spot('window', 'feature', 'large|open|end'),
  ],
  things: [
    thing('door', 'heavy|old|stiff|creaky/front|side|oak', 'oil|fix|paint|prop open'),
    thing('lamp', 'old|tall|flickering|dim/brass|oil', 'fix|light|move'),
    thing('noticeboard', 'crowded|old|new|messy/cork', 'tidy|update'),
    thing('bench', 'long|old|wobbly/wooden|stone', 'fix|paint|move'),
    thing('clock', 'old|large|slow|loud/brass|wall', 'wind|fix'),
    thing('sign', 'old|new|crooked|faded/painted|wooden', 'repaint|fix|put up'),
    thing('table', 'long|old|wobbly|scratched/oak|pine', 'tidy|set|wipe'),
    thing('chair', 'spare|old|rickety|wobbly/wooden|folding', 'fix|move'),
    thing('crate', 'heavy|old|battered|large/wooden|tea', 'carry|unpack|stack'),
    thing('map', 'old|large|new|ripped|faded/hand-drawn|paper', 'check|pin up|redraw'),
    thing('stove', 'old|little|smoky/iron|wood-burning', 'light|scrub'),
    thing('ladder', 'tall|old|wobbly/wooden|metal', 'hold|carry|fetch'),
    thing('bell', 'old|little|loud/brass|iron', 'ring|polish'),
    thing('lantern', 'old|smoky/tin|glass', 'light|fill|hang'),
    thing('rug', 'old|faded|thick|threadbare/woven|striped', 'beat|roll up|move'),
  ],
  people: ['caretaker', 'newcomer', 'regular', 'organiser', 'cook', 'doorkeeper'],
  sights: [
    'people: keep coming and going|are talking in low voices|are gathering by the door',
    'somebody: left the door open|is humming nearby|dropped a glove',
    'the lamps: are lit already|are flickering|need oil',
    'the floor: creaks with every step|is freshly swept|is covered in boot prints',
    'the room: is busier than usual|has gone quiet|smells of woodsmoke',
  ],
  counts: ['people', 'chairs', 'lamps', 'doors', 'windows', 'footsteps', 'crates'],
};
