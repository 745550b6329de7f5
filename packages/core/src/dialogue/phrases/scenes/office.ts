import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Counting houses, banks and offices. */
export const OFFICE: Theme = {
  name: 'office',
  keywords: [
    'counting house:room', 'office:room', 'offices:room', 'bank:room', 'study:room',
    'records room:room', 'clerks', 'ledger', 'firm',
  ],
  spots: [
    spot('front counter', 'feature', 'long|gleaming'),
    spot('strongroom', 'room', 'locked|chilly'),
    spot('clerks\' desks', 'feature', 'crowded|ink-stained'),
    spot('back office', 'room', 'stuffy|little'),
    spot('filing cabinets', 'feature', 'tall|slate-grey'),
    spot('window', 'feature', 'grimy|tall'),
    spot('stairwell', 'stairs', 'narrow|dark'),
    spot('partner\'s office', 'room', 'panelled|locked'),
    spot('post room', 'room', 'cramped|busy'),
  ],
  things: [
    thing('ledger', 'fat|mislaid|dog-eared|heavy/account|leather-bound', 'balance|search|check'),
    thing('vault door', 'heavy|balky|ancient/iron|combination', 'open|lock|check'),
    thing('inkwell', 'dry|chipped|sticky/glass|brass', 'fill|scrub'),
    thing('receipt book', 'ripped|thick|carbon', 'check|file|search'),
    thing('abacus', 'old|wobbly|wooden', 'dust|use'),
    thing('filing drawer', 'jammed|overflowing|locked/bottom|upper', 'sort|unlock|search'),
    thing('lamp', 'dim|flickering|green/desk|brass', 'fix|trim|move'),
    thing('stamp', 'inky|official|well-worn/rubber|date', 'ink|reset|find'),
    thing('strongbox', 'dented|locked|heavy/tin|iron', 'open|count|stash'),
    thing('rubber plant', 'dusty|drooping|enormous', 'water|dust|move'),
    thing('clock', 'slow|ticking|loud/wall|office', 'wind|reset'),
    thing('coat stand', 'wobbly|crowded/bentwood', 'straighten|move'),
    thing('letter', 'unsigned|crumpled|pressing|sealed', 'read|file|answer'),
    thing('key ring', 'heavy|jangling|mislaid', 'find|count|hang up'),
  ],
  people: ['head clerk', 'junior clerk', 'bookkeeper', 'cashier', 'partner', 'messenger boy', 'night watchman', 'typist'],
  sights: [
    'the clock: ticks so loudly|is ten minutes fast|just struck nine',
    'the lamps: are burning low|flicker in the draught',
    'someone: has been through the drawers|left the safe ajar|is whistling downstairs',
    'the rain: streaks the windows|has not let up',
    'the floorboards: creak by the strongroom|give everyone away',
  ],
  counts: ['ledgers', 'coins', 'receipts', 'keys', 'drawers', 'clerks', 'pages', 'signatures'],
  foods: ["builder's tea", 'digestives', 'cold toast', 'a meat pie', 'peppermints'],
};
