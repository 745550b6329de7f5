import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Theatres, stages and rehearsal rooms; also games and charades in a back room. */
export const THEATRE: Theme = {
  name: 'theatre',
  keywords: [
    'theatre:room', 'theater:room', 'stage:surface', 'backstage:room', 'opera', 'rehearsal', 'playhouse:room',
    'green room:room', 'charades', 'games', 'game',
  ],
  spots: [
    spot('stage', 'surface', 'bare|creaky'),
    spot('wings', 'area', 'dark|stage-left'),
    spot('green room', 'room', 'cramped|untidy'),
    spot('dressing room', 'room', 'little|mirrored'),
    spot('orchestra pit', 'feature'),
    spot('front row', 'feature', 'bare|velvet'),
    spot('box office', 'room', 'little|busy'),
    spot('prop table', 'feature', 'cluttered|long'),
  ],
  things: [
    thing('curtain', 'dusty|heavy|jammed/velvet|red', 'mend|draw|rehang'),
    thing('script', 'dog-eared|scribbled|new|annotated', 'learn|rewrite|read'),
    thing('costume rail', 'crowded|wobbly|long', 'sort|mend|wheel out'),
    thing('prop sword', 'bent|painted|wooden', 'fix|repaint|find'),
    thing('spotlight', 'flickering|hot|misaligned', 'focus|fix|aim'),
    thing('trapdoor', 'stiff|squeaky|hidden', 'oil|test|fix'),
    thing('backdrop', 'half-painted|faded|enormous/painted|canvas', 'paint|hang|roll up'),
    thing('cue sheet', 'crumpled|revised|long', 'check|rewrite|pin up'),
    thing('make-up box', 'messy|overflowing|battered', 'sort|restock|find'),
    thing('score', 'smudged|tricky|new', 'rehearse|mark up|learn'),
    thing('board game', 'battered|half-finished|new', 'set up|pack away|explain'),
    thing('pack of cards', 'greasy|dog-eared|new', 'shuffle|deal|count'),
  ],
  people: ['director', 'stage manager', 'prompter', 'understudy', 'lead actor', 'lighting technician', 'usher', 'playwright'],
  sights: [
    'the stage lights: flicker|came up too bright|went dark',
    'the cast: are running lines|are arguing in the wings|are late',
    'the orchestra: is tuning up|has started too early',
    'someone: is laughing in the green room|missed their cue|hid the prop dagger',
  ],
  counts: ['lines', 'cues', 'seats', 'costumes', 'props', 'tickets', 'scenes', 'rounds'],
  foods: ['interval ice cream', 'tea', 'sandwiches', 'mint humbugs', 'crisps'],
};
