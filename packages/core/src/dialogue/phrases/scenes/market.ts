import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Markets, bazaars and shops. */
export const MARKET: Theme = {
  name: 'market',
  keywords: [
    'market:area', 'marketplace:area', 'market square:area', 'bazaar:area', 'stall:feature', 'stalls:area', 'shop:room',
    'shops', 'emporium:room', 'arcade:path', 'trading',
  ],
  spots: [
    spot('cheese counter', 'feature', 'busy|corner'),
    spot('flower stand', 'feature', 'little|vivid'),
    spot('fruit stand', 'feature', 'crowded|large'),
    spot('covered hall', 'room', 'echoing|old'),
    spot('fish counter', 'feature', 'icy|long'),
    spot('clock tower', 'feature', 'old|brick'),
    spot('loading bay', 'area', 'mud-caked|back'),
    spot('bakery counter', 'feature', 'snug|busy'),
    spot('aisle', 'path', 'narrow|middle|far'),
    spot('fountain', 'feature', 'market|stone'),
  ],
  things: [
    thing('awning', 'faded|flapping|ripped|new/striped|canvas', 'roll up|mend|put up'),
    thing('scales', 'wobbly|ancient|accurate/brass|hanging', 'calibrate|polish|fix'),
    thing('price board', 'crooked|smudged|new/chalk|painted', 'rewrite|prop up|update'),
    thing('barrow', 'creaky|rickety/fruit|wooden', 'push|load|oil'),
    thing('crate', 'heavy|bare|split/apple|wooden', 'stack|unload|carry'),
    thing('cash tin', 'dented|heavy/tin|biscuit', 'count|lock|balance'),
    thing('till', 'jammed|loud|ancient/brass|cash', 'fix|tip out|count'),
    thing('bunting', 'faded|tattered|new/striped|paper', 'hang|take down|mend'),
    thing('trestle table', 'wobbly|long|folding|scratched', 'set up|fold|level'),
    thing('apple pyramid', 'tall|wobbly|neat/red|green', 'stack|rebuild|straighten'),
    thing('tarpaulin', 'leaky|flapping|heavy/blue|green', 'tie down|fold|patch'),
    thing('sign', 'hand-painted|crooked|swinging/wooden|chalk', 'repaint|hang|straighten'),
    thing('cheese wheel', 'vast|ripe|heavy/blue|smoked', 'slice|turn|weigh'),
    thing('sack', 'heavy|split|lumpy/potato|flour', 'carry|tie|stack'),
    thing('handcart', 'squeaky|rickety|old/wooden', 'push|oil|load'),
    thing('ledger', 'greasy|fat|dog-eared/account', 'balance|check|update'),
  ],
  people: ['greengrocer', 'cheesemonger', 'fishmonger', 'stallholder', 'market inspector', 'baker', 'flower-seller', 'porter'],
  sights: [
    'the stallholders: are shouting their prices|are packing up|are haggling',
    'the crowd: is thick around the cheese|is thinning out|keeps pushing',
    'a pigeon: stole a bun|is strutting about|is eyeing the bread',
    'the smell of bread: drifts everywhere|is making me hungry',
    'the fishmonger: is singing again|dropped a crate|is weighing eels',
    'the clock tower: just struck|is running late|is covered in scaffolding',
  ],
  counts: ['stalls', 'crates', 'apples', 'customers', 'coins', 'loaves', 'pigeons', 'baskets'],
  foods: ['hot chestnuts', 'apple turnovers', 'pork pies', 'cheese straws', 'sugared almonds', 'new bread', 'pears'],
};
