import { spot, thing } from '../../scene/theme.ts';
import type { Theme } from '../../scene/theme.ts';

/** Schools, classrooms, colleges and academies. */
export const SCHOOL: Theme = {
  name: 'school',
  keywords: [
    'school:room', 'schoolhouse:room', 'classroom:room', 'academy:room', 'college:room', 'university:area',
    'playground:area', 'lecture hall:room', 'staff room:room', 'campus:area',
  ],
  spots: [
    spot('classroom', 'room', 'bare|chalky'),
    spot('playground', 'area', 'loud|wet'),
    spot('staff room', 'room', 'stuffy|little'),
    spot('corridor', 'path', 'long|echoing'),
    spot('gym', 'room', 'draughty|old'),
    spot('cloakroom', 'room', 'crowded|smelly'),
    spot('bike shed', 'feature', 'leaky|old'),
    spot('front gate', 'feature', 'iron|school'),
  ],
  things: [
    thing('blackboard', 'smudged|cracked|wobbly|vast', 'wipe|write on|rehang'),
    thing('register', 'thick|late|dog-eared', 'call|mark|fill in'),
    thing('globe', 'faded|dented|spinning', 'dust|spin|fix'),
    thing('bell', 'loud|shrill|old/brass|hand', 'ring|polish|fix'),
    thing('desk', 'scratched|wobbly|inky/wooden|lift-lid', 'tidy|fix|carve'),
    thing('noticeboard', 'crowded|messy/cork', 'update|tidy'),
    thing('odds-and-ends box', 'overflowing|smelly|vast', 'sort|tip out'),
    thing('timetable', 'new|baffling|colour-coded', 'check|pin up|rewrite'),
    thing('science kit', 'dusty|patchy|locked', 'sort|check|set up'),
    thing('piano', 'out-of-tune|upright|old', 'tune|play|move'),
    thing('pencil sharpener', 'jammed|blunt|wall-mounted', 'tip out|fix'),
    thing('exam paper', 'tricky|crumpled|unmarked', 'mark|set|collect'),
  ],
  people: ['headteacher', 'teacher', 'caretaker', 'dinner lady', 'pupil', 'school secretary', 'music teacher', 'governor'],
  sights: [
    'the bell: just rang|is late again|is stuck',
    'the children: are racing round the playground|are singing in the hall|have gone quiet',
    'the radiators: are clanking|are barely warm',
    'the corridors: smell of floor polish|are full of coats',
  ],
  counts: ['desks', 'pupils', 'books', 'pencils', 'chairs', 'coats', 'bells', 'lessons'],
  foods: ['school dinners', 'jam roly-poly', 'custard', 'fish fingers', 'milk', 'shortbread'],
};
