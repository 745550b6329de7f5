import { spot, thing } from '../../scene/theme.ts';
import type { Theme, ThingEntry } from '../../scene/theme.ts';

/**
 * The everyday world of lines spoken outside any scenario: a street of houses, shops and a park. Also
 * called up by settings at home ("the kitchen of the cottage").
 */
export const EVERYDAY: Theme = {
  name: 'everyday',
  keywords: [
    'home', 'house', 'kitchen:room', 'cottage:room', 'flat', 'apartment', 'living room:room', 'neighbourhood',
    'backyard:area', 'porch:surface', 'parlour:room',
  ],
  spots: [
    spot('corner shop', 'room', 'little|old'),
    spot('park', 'area', 'little|leafy'),
    spot('bus shelter', 'feature', 'crowded|wet'),
    spot('cafe', 'room', 'little|new|corner'),
    spot('high street', 'path', 'busy|wet'),
    spot('post office', 'room', 'little|old'),
    spot('kitchen', 'room', 'tiny|steamy'),
    spot('front steps', 'feature', 'stone|sunny'),
    spot('laundrette', 'room', 'steamy|little'),
    spot('bakery', 'room', 'little|corner'),
    spot('canal', 'water', 'old|quiet'),
    spot('playground', 'area', 'little|new'),
    spot('back garden', 'area', 'little|long'),
    spot('kitchen window', 'feature', 'open|steamy'),
    spot('allotments', 'area', 'council|windy'),
    spot('chip shop', 'room', 'corner|little'),
  ],
  things: [
    thing('kettle', 'old|new|whistling|chipped|dented/electric|copper|steel', 'descale|fix|fill'),
    thing('bicycle', 'old|rusty|borrowed|squeaky|second-hand/blue|red|folding', 'fix|oil|pump up|lock up'),
    thing('noticeboard', 'new|crowded|messy|old/cork|green', 'tidy|update|sort out'),
    thing('radio', 'old|crackly|little|battered/transistor|kitchen', 'fix|tune|retune'),
    thing('washing line', 'long|sagging|old|new/rope|wire', 'fix|put up|take down'),
    thing('doorbell', 'new|loud|old|jammed/brass|electric', 'fix|replace|rewire'),
    thing('bookcase', 'tall|wobbly|crammed|leaning/pine|oak|white', 'sort|tidy|fix|move'),
    thing('sofa', 'old|lumpy|saggy|enormous/green|velvet|leather', 'move|shift|recover'),
    thing('window box', 'sunny|little|overgrown|new/wooden|terracotta', 'plant|water|weed'),
    thing('lawnmower', 'old|borrowed|rusty|temperamental/petrol|push', 'fix|oil|sharpen'),
    thing('kitchen clock', 'old|slow|loud|fast/round|plastic|wooden', 'wind|fix|reset'),
    thing('gate', 'squeaky|stiff|sagging|old/front|garden|wooden|iron', 'oil|paint|fix'),
    thing('shed', 'leaky|little|crammed|old/garden|wooden|tin-roofed', 'tidy|paint|turn out'),
    thing('jigsaw', 'vast|half-finished|tricky/thousand-piece|wooden', 'finish|start'),
    thing('crossword', "tricky|cryptic|half-done/Sunday|today's", 'finish|crack'),
    thing('bird feeder', 'new|little|swinging|bare/wooden|wire', 'fill|hang|move'),
    thing('parcel', 'heavy|mysterious|large|soggy|lumpy/brown-paper', 'open|wrap|post'),
    thing('letterbox', 'stiff|new|old|loud/brass|red', 'fix|oil'),
    thing('fence', 'leaning|wobbly|old|new/back|wooden|picket', 'paint|mend|prop up'),
    thing('bus timetable', 'new|old|faded/winter|summer', 'check|pin up'),
    thing('boiler', 'old|loud|temperamental|clanking', 'fix|bleed|service'),
    thing('tap', 'dripping|stiff|old|squeaky/kitchen|bathroom|brass', 'fix|mend|replace'),
    thing('attic', 'dusty|cluttered|crammed|draughty', 'turn out|tidy|sort'),
    thing('houseplant', 'limp|leggy|large|thirsty/spider|rubber', 'water|repot|move'),
  ],
  people: ['neighbour', 'postman', 'woman next door', 'shopkeeper', 'landlord', 'milkman', 'childminder'],
  sights: [
    'the bins: are out again|have been knocked over|are overflowing',
    'next door: are painting their fence|are having a party|are arguing again',
    'the buses: are running late|are full|keep skipping our stop',
    'the cherry tree: is in flower|is dropping blossom|has lost its leaves',
    'someone: is practising the trumpet|is mowing a lawn|is singing in the bath',
    'the streetlights: are flickering|came on early|are still on',
    'the cat from number nine: is asleep on our wall|is in our kitchen|brought in a mouse',
    'the washing: is flapping on every line|is nearly dry|blew into the hedge',
  ],
  counts: ['buses', 'cats', 'pigeons', 'parcels', 'chimneys', 'puddles', 'bicycles', 'windows'],
};

/** Food and drink found in every scene. */
export const COMMON_FOODS = [
  'tea', 'coffee', 'soup', 'toast', 'biscuits', 'cake', 'sandwiches', 'scones', 'apples', 'pie', 'stew', 'buns',
  'lemonade', 'cocoa', 'porridge', 'crumble', 'pancakes', 'plums', 'cheese', 'bread', 'jam tarts', 'muffins',
] as const;

/** Small things people carry anywhere (said as "my …" or "your …"). */
export const COMMON_BELONGINGS: readonly ThingEntry[] = [
  thing('notebook', 'little|battered|new|spare'),
  thing('scarf', 'red|woolly|long|striped', 'knit|mend'),
  thing('umbrella', 'old|large|spotted|borrowed', 'fix|dry out'),
  thing('satchel', 'leather|old|heavy', 'mend|pack'),
  thing('pocket watch', 'old|brass|silver', 'wind|fix'),
  thing('hat', 'old|straw|woolly|new'),
  thing('coat', 'old|long|borrowed|winter', 'mend'),
  thing('flask', 'tin|old|large', 'fill'),
  thing('basket', 'wicker|heavy|little', 'pack|fill'),
  thing('pencil', 'blunt|spare|stubby', 'sharpen'),
];
