import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Town and village halls, council chambers, courtrooms: places of meetings and votes. */
export const HALL: Theme = {
  name: 'hall',
  keywords: [
    'town hall:room', 'village hall:room', 'city hall:room', 'hall:room', 'council:room', 'chamber:room',
    'courtroom:room', 'court house:room', 'meeting', 'assembly', 'vote', 'parliament:room', 'committee',
  ],
  spots: [
    spot('stage', 'surface', 'little|creaky'),
    spot('back row', 'feature', 'draughty|bare'),
    spot('tea urn', 'feature', 'large|hissing'),
    spot('cloakroom', 'room', 'cramped|little'),
    spot('lectern', 'feature', 'wobbly|oak'),
    spot('kitchen hatch', 'feature'),
    spot('front steps', 'feature', 'stone|wide'),
    spot('committee room', 'room', 'stuffy|little'),
    spot('notice board', 'feature', 'crowded|glass'),
    spot('side door', 'feature', 'propped|back'),
  ],
  things: [
    thing('ballot box', 'locked|heavy|battered/wooden', 'seal|carry|count'),
    thing('agenda', 'long|crumpled|typed|revised', 'print|read|rewrite'),
    thing('minutes', 'long|handwritten|contested|late', 'write up|read|check'),
    thing('gavel', 'well-worn|heavy/oak', 'find|polish|bang'),
    thing('folding chairs', 'rickety|squeaky/metal|wooden', 'set out|stack|count'),
    thing('tea urn', 'hissing|dented|enormous', 'fill|descale|switch on'),
    thing('microphone', 'crackly|squealing|silent', 'fix|test|adjust'),
    thing('petition', 'long|crumpled|signed', 'count|read|deliver'),
    thing('map of the town', 'faded|enormous|contested/framed|printed', 'pin up|study|redraw'),
    thing('speech', 'rambling|long|short/written', 'rehearse|slice|rewrite'),
    thing('voting slips', 'crumpled|blank|smudged', 'count|hand out|sort'),
    thing('trestle table', 'wobbly|long/folding', 'set up|fold|level'),
    thing('banner', 'faded|crooked|new/painted|cotton', 'hang|straighten|paint'),
    thing('clock', 'slow|loud|wall', 'wind|reset'),
  ],
  people: ['mayor', 'councillor', 'clerk', 'chairwoman', 'treasurer', 'caretaker', 'returning officer', 'journalist'],
  sights: [
    'the councillors: are whispering in a huddle|keep checking their notes|are late again',
    'the tea urn: is hissing|has run dry|is surrounded',
    'the chairs: scrape every time anyone moves|are all taken',
    'the mayor: is shaking hands|looks pale|keeps clearing their throat',
    'the crowd: is muttering|is growing|has gone quiet',
    'the rain: is hammering on the roof|has stopped',
  ],
  counts: ['votes', 'chairs', 'names', 'signatures', 'people', 'cups', 'pages', 'hands'],
  foods: ['tea', 'custard creams', 'egg sandwiches', 'sausage rolls', 'fruit cake', 'bourbon biscuits'],
};
