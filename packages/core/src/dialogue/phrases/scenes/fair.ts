import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Fairs, festivals, fetes and carnivals. */
export const FAIR: Theme = {
  name: 'fair',
  keywords: [
    'fair:area', 'fairground:area', 'funfair:area', 'festival', 'fete:area', 'carnival', 'circus:area', 'lantern', 'lanterns',
    'bonfire', 'parade',
  ],
  spots: [
    spot('bandstand', 'feature', 'little|painted'),
    spot('coconut stand', 'feature'),
    spot('carousel', 'feature', 'old|painted'),
    spot('pie tent', 'room', 'busy|large'),
    spot('maypole', 'feature', 'tall|ribboned'),
    spot('bonfire', 'feature', 'vast|half-built'),
    spot('lantern stand', 'feature', 'vivid|little'),
    spot('tombola', 'feature'),
    spot('dance floor', 'surface', 'wooden|crowded'),
  ],
  things: [
    thing('lantern', 'glowing|paper|swaying|lopsided/red|gilt|paper', 'light|hang|mend'),
    thing('bunting', 'fluttering|tangled|endless/striped|paper', 'hang|untangle|string up'),
    thing('bonfire', 'vast|half-built|leaning|damp', 'build|stack|light'),
    thing('pie', 'prize|enormous|lopsided|steaming/plum|apple', 'bake|judge|taste'),
    thing('carousel horse', 'chipped|painted|gaudy/wooden', 'repaint|polish'),
    thing('coconut stand', 'crooked|busy|wobbly', 'set up|reset|run'),
    thing('raffle drum', 'squeaky|full|tin', 'turn|fill|carry'),
    thing('tent pole', 'bent|heavy|long/wooden', 'raise|straighten|hammer in'),
    thing('float', 'half-decorated|enormous|wobbly/parade', 'decorate|push|finish'),
    thing('fiddle', 'battered|old|squeaky', 'tune|play'),
    thing('costume', 'sequinned|ripped|outlandish/paper|fancy', 'mend|try on|sew'),
    thing('prize rosette', 'red|blue|crumpled', 'pin on|judge|hand out'),
    thing('toffee apple', 'sticky|glossy|vast', 'make|dip|wrap'),
  ],
  people: ['organiser', 'judge', 'fiddler', 'juggler', 'pie-maker', 'stallholder', 'steward', 'mayor'],
  sights: [
    'the lanterns: are swaying in the breeze|are being lit|glow all along the square',
    'the band: is striking up|plays too loudly|has started the dancing',
    'the children: are shrieking on the carousel|have toffee everywhere|are chasing a goose',
    'the smoke: drifts from the food stalls|smells of toffee',
    'the crowd: is cheering|is surging toward the stage|keeps growing',
    'someone: won the coconut shy|lost a shoe in the dancing',
  ],
  counts: ['lanterns', 'pies', 'tickets', 'prizes', 'balloons', 'stalls', 'songs', 'coconuts'],
  foods: ['toffee apples', 'candyfloss', 'roast chestnuts', 'mulled cider', 'hot pies', 'gingerbread', 'doughnuts'],
};
