import type { RelationshipLabel } from '../../model.ts';
import type { Random } from '../../ports/index.ts';
import { pick } from '../../random/index.ts';
import { isDark } from '../scene/facts.ts';
import type { ActLineInput, Bond, Manner } from './line-input.ts';

export type { Bond, Manner } from './line-input.ts';

/*
 * The set phrases of talk (hellos, goodbyes, thank-yous, laughs and groans) said the way people vary
 * them: by temperament (a lively speaker exclaims, a fretful one worries aloud, a careful one minds the
 * time), by how they stand with the listener (an old friend is "my dear", a rival gets the bare name),
 * by the hour, the weather and whether they are indoors, by how tired or cheerful they are, and by
 * naming the listener, someone about or the thing at hand. Each function returns a phrase that may hold
 * the act frames' slots ({name}, {thing}, {spot}, {doer}, {doing}, {when}, {good}, {hello}, {bye}) and
 * inline choices ([a|b]); compose-act.ts fills them.
 */

export function bondOf(label: RelationshipLabel | null | undefined): Bond {
  switch (label) {
    case 'close friend':
      return 'close';
    case 'friend':
      return 'friendly';
    case 'acquaintance':
      return 'known';
    case 'rival':
    case 'enemy':
      return 'cool';
    case 'stranger':
    case null:
    case undefined:
      return 'new';
  }
}

/** Below this energy a speaker says they are tired; above the other, that they are full of beans. */
export const TIRED = 0.3;
export const FRESH = 0.75;
/** A trait at or above this shows in the set phrases (at or below 1 − this, its opposite). */
export const MARKED = 0.6;

interface Marks {
  lively: boolean;
  quiet: boolean;
  fretful: boolean;
  warm: boolean;
  sharp: boolean;
  careful: boolean;
  curious: boolean;
}

function marksOf(input: ActLineInput): Marks {
  const p = input.speaker?.personality;
  if (!p)
    return { lively: false, quiet: false, fretful: false, warm: false, sharp: false, careful: false, curious: false };
  return {
    lively: p.extraversion >= MARKED,
    quiet: p.extraversion <= 1 - MARKED,
    fretful: p.neuroticism >= MARKED,
    warm: p.agreeableness >= MARKED,
    sharp: p.agreeableness <= 1 - MARKED,
    careful: p.conscientiousness >= MARKED,
    curious: p.openness >= MARKED,
  };
}

const NEUTRAL: Manner = { bond: 'new', energy: 0.6, pleasure: 0 };
const mannerOf = (input: ActLineInput): Manner => input.manner ?? NEUTRAL;

/** Picks one list of phrases among those that apply (each list weighted alike), then one phrase of it. */
function among(random: Random, lists: readonly (readonly string[] | false)[]): string {
  const open = lists.filter((l): l is readonly string[] => l !== false && l.length > 0);
  return pick(random, pick(random, open));
}

// ---------------------------------------------------------------------------------------------------
// Greetings

const HI_BY_BOND: Readonly<Record<Bond, readonly string[]>> = {
  close: [
    '{name}, my dear',
    '{hello}, my dear {name}',
    '{name}, old friend',
    'There you are, {name}',
    '{hello}, {name}, you rogue',
  ],
  friendly: ['{hello}, {name}', 'Ah, {name}', '{name}! {hello}', '{hello} there, {name}'],
  known: ['{hello}, {name}', 'Ah, {name}', '{name}, {hello}', '{hello}, neighbour'],
  new: [
    '{hello}, {name}',
    '{name}, {hello}',
    '{hello}, you must be {name}',
    'Ah, {hello}, {name}',
    '{hello}, {name}, I think',
    '{hello}, {name}, and welcome',
  ],
  cool: ['{name}', 'Oh. {hello}, {name}', '{hello}, {name}, I suppose', 'You again, {name}'],
};

/** A hello to everyone about. */
const TO_ALL = ['{hello}, all', '{hello}, everyone', '{hello}, friends', '{hello}, the lot of you'];

const HI_BY_TEMPER = {
  lively: ['Hey, {name}', 'Look who it is', '{name}! At last'],
  quiet: ['Oh, {hello}', 'Ah, {hello}, {name}'],
  fretful: ['Oh, {name}, it is you', 'Oh, thank goodness, {name}'],
  careful: ['{hello}, {name}, right on time'],
} as const;

/** The opening words of a greeting: a hello for the hour, said as the tie to the listener and the temper have it. */
export function hi(input: ActLineInput): string {
  const r = input.random;
  if (input.name === '') return pick(r, TO_ALL);
  const m = marksOf(input);
  const bond = mannerOf(input).bond;
  return among(r, [
    HI_BY_BOND[bond],
    HI_BY_BOND[bond],
    bond !== 'cool' && m.lively && HI_BY_TEMPER.lively,
    m.quiet && HI_BY_TEMPER.quiet,
    m.fretful && HI_BY_TEMPER.fretful,
    m.careful && HI_BY_TEMPER.careful,
  ]);
}

const WEATHER_NOTES = {
  rain: ['mind the puddles {spot}', 'the rain has soaked {thing}', '{thing} is dripping', 'the rain got into {thing}'],
  storm: ['the storm rattled {thing}', 'hold on to {thing}', '{thing} blew over {spot}'],
  snow: ['mind the ice {spot}', 'snow on {thing} already', 'the snow buried {thing}'],
  fog: ['I nearly missed you in this fog', 'the fog hid {thing}', 'I lost {doer} in the fog'],
  wind: ['hold on to your hat', 'the wind took {thing}', '{thing} nearly blew away', 'the wind is at {thing}'],
} as const;

const SCENE_NOTES = {
  darkOut: [
    '{thing} looks {good} {when}',
    'the lanterns are lit {spot}',
    'I followed the lights {spot}',
    '{doer} is {doing} {spot}',
  ],
  lightOut: ['{thing} looks {good} {when}', 'what a {good} day for {topic}', '{doer} is {doing} {spot}'],
  darkIn: [
    'come closer to the lamp',
    'the lamps are lit {spot}',
    '{doer} is {doing} {spot}',
    '{thing} looks {good} by lamplight',
  ],
  lightIn: ['come in, come in', '{thing} looks {good} {when}', '{doer} is {doing} {spot}'],
} as const;

const GREET_NOTES = {
  tired: ['I am half asleep after {doing}', 'I am worn out from {doing}', 'been {doing} {when}, and I ache'],
  fresh: ['just back from {doing}, and I feel grand', 'I have seen to {thing} already'],
  low: ['{thing} has me down', 'not my day; {thing} again'],
  bright: ['{thing} cheered me up {when}', 'I am in a {good} mood {when}'],
  lively: ['tell me everything about {thing}', 'I have news about {thing}', 'you must meet {doer}'],
  fretful: ['I was afraid I had missed you {spot}', 'I keep fretting about {thing}', 'have you seen {doer} anywhere'],
  warm: ['I saved you a seat {spot}', 'I kept {thing} for you', 'how is {doer}'],
  sharp: ['you took your time', 'I hope you brought {thing}', 'late again for {topic}'],
  careful: ['I have a list for {topic}', 'we should go over {thing}', 'I brought {thing} for {topic}'],
  curious: ['what have you got there', 'I have been wondering about {thing}', 'is that {thing} you have'],
  close: ['I have missed you', 'I kept you a spot {spot}', 'you never came by for {thing}'],
  cool: ['I did not expect you {spot}', 'I see you found {thing}', 'still busy with {thing}, I see'],
  topic: [
    'just in time for {topic}',
    'you missed {thing} earlier',
    '{doer} said you would be about',
    'been {doing} {spot}',
  ],
} as const;

/** What a greeter says after the hello: about the weather or the hour, their state, their temper, their tie, or the thing at hand. */
export function greetNote(input: ActLineInput): string {
  const r = input.random;
  const m = marksOf(input);
  const { bond, energy, pleasure } = mannerOf(input);
  const f = input.facts;
  const scene = f.indoor
    ? isDark(f)
      ? SCENE_NOTES.darkIn
      : SCENE_NOTES.lightIn
    : isDark(f)
      ? SCENE_NOTES.darkOut
      : SCENE_NOTES.lightOut;
  return among(r, [
    !f.indoor && f.weather !== 'fair' && WEATHER_NOTES[f.weather],
    scene,
    energy < TIRED && GREET_NOTES.tired,
    energy > FRESH && GREET_NOTES.fresh,
    pleasure < -0.2 && GREET_NOTES.low,
    pleasure > 0.3 && GREET_NOTES.bright,
    m.lively && GREET_NOTES.lively,
    m.fretful && GREET_NOTES.fretful,
    m.warm && bond !== 'cool' && GREET_NOTES.warm,
    m.sharp && GREET_NOTES.sharp,
    m.careful && GREET_NOTES.careful,
    m.curious && GREET_NOTES.curious,
    bond === 'close' && GREET_NOTES.close,
    bond === 'cool' && GREET_NOTES.cool,
    GREET_NOTES.topic,
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Farewells

const GOODBYES = {
  close: [
    'Look after yourself, my dear',
    'Love to all at home',
    'Come by soon, old friend',
    'Mind yourself, dear heart',
    'Until next time, old friend',
    'Keep well, my dear',
  ],
  cool: ['Right. Off I go', 'Going now', 'That is all, then', 'Enough for one day', 'I will leave it there'],
  lively: ['Off I go', 'Cheerio, all', 'Must fly', 'Toodle-oo', 'Catch you later', 'Away with me'],
  quiet: ['I will slip away now', 'I had better go', 'Quietly off, then', 'I will leave you be', 'Best be going'],
  fretful: [
    'Oh, I must run',
    'Late already, oh dear',
    'Oh, look at the hour',
    'I really must hurry',
    'They will wonder where I am',
  ],
  careful: ['Time I was off', 'I must keep to time', 'Back to my list', 'Duty calls', 'On the hour, I go'],
  tired: ['Bed for me', 'Done in, I am', 'My feet have had enough', 'I am asleep on my feet'],
} as const;

/** A goodbye said as the tie, the temper and the speaker's energy have it ({bye}, the hour's, besides). */
export function goodbye(input: ActLineInput): string {
  const m = marksOf(input);
  const { bond, energy } = mannerOf(input);
  return among(input.random, [
    ['{bye}'],
    bond === 'close' && GOODBYES.close,
    bond === 'cool' && GOODBYES.cool,
    m.lively && GOODBYES.lively,
    m.quiet && GOODBYES.quiet,
    m.fretful && GOODBYES.fretful,
    m.careful && GOODBYES.careful,
    energy < TIRED && GOODBYES.tired,
  ]);
}

const LEAVING = {
  tired: ['my bed is calling after {doing}', 'I am done in after {doing}'],
  fresh: ['{doer} is waiting for me {spot}', 'I promised {doer} a hand with {thing}', '{doing} will not do itself'],
  fretful: ['I should check on {thing}', 'I promised {doer} I would not be late', '{thing} is alone {spot}'],
  lively: ['there is a crowd {spot} I must join', '{doer} owes me a dance', '{doer} is telling stories {spot}'],
  careful: ['I have {thing} to see to {when}', 'I still have {thing} on my list', 'I want {thing} settled {when}'],
  curious: ['I want a closer look at {thing}', 'I must ask {doer} about {thing}'],
  rain: ['before the rain soaks {thing}'],
  wind: ['before this wind takes {thing}'],
  snow: ['before the snow buries {thing}'],
  fog: ['while I can still find {thing} in this fog'],
  storm: ['before the storm gets at {thing}'],
  dark: ['before {doer} locks up {spot}', 'while the lamps are still lit {spot}'],
  light: ['while there is still light {spot}', 'while {doer} is still {doing}'],
} as const;

const SEND_OFF: Readonly<Record<Bond, readonly string[]>> = {
  close: ['look after yourself', 'give my love to {doer}', 'come by soon', 'keep {thing} safe for me'],
  friendly: ['good luck with {thing}', 'mind how you go', 'say hello to {doer} for me', 'enjoy {thing}'],
  known: ['all the best with {thing}', 'my regards to {doer}', 'mind {thing} on your way'],
  new: [
    'I hope {thing} comes out well',
    'glad we spoke about {topic}',
    'say hello to {doer}',
    'mind {thing} on your way',
  ],
  cool: ['we will talk about {thing} another time', 'think about what I said', 'leave {thing} to me'],
};

/** Why a speaker goes (their state, temper, the weather or the hour), and what they wish the listener (their tie). */
export function byeNote(input: ActLineInput): string {
  const r = input.random;
  const m = marksOf(input);
  const { bond, energy } = mannerOf(input);
  const f = input.facts;
  if (r.next() < 0.45) return pick(r, SEND_OFF[bond]);
  const why = among(r, [
    energy < TIRED && LEAVING.tired,
    energy > FRESH && LEAVING.fresh,
    m.fretful && LEAVING.fretful,
    m.lively && LEAVING.lively,
    m.careful && LEAVING.careful,
    m.curious && LEAVING.curious,
    !f.indoor && f.weather !== 'fair' && LEAVING[f.weather],
    isDark(f) ? LEAVING.dark : LEAVING.light,
    LEAVING.fresh,
  ]);
  return /^(before|while)/.test(why) ? `[Best|Time to|Must] [go|get along|be off] ${why}` : why;
}

// ---------------------------------------------------------------------------------------------------
// Thanks

const THANKS: Readonly<Record<Bond, readonly string[]>> = {
  close: ['You are a treasure, {name}', 'Bless you, {name}', 'Oh, {name}, thank you', 'What would I do without you'],
  friendly: ['Thank you, {name}', 'Thanks, {name}', 'Good of you, {name}', 'Cheers, {name}', 'I owe you one'],
  known: ['Thank you, {name}', 'Much obliged', 'Thank you kindly', 'Kind of you, {name}'],
  new: ['Thank you', 'Much obliged', 'Kind of you', 'Thanks, {name}', 'Bless you'],
  cool: ['Thank you, I suppose', 'Decent of you', 'Well. Thank you, {name}', 'I did not expect that'],
};

const THANK_NOTES = {
  fretful: ["I was at my wits' end over {thing}", 'I have fretted over {thing} for days'],
  careful: ['that takes {thing} off my list', 'now {thing} can be done properly'],
  lively: ['I will tell {doer} how kind you were', 'I owe you a drink {when}'],
  warm: ['I will make it up to you {when}'],
  tired: ['after {doing} I needed that'],
  thing: [
    '{thing} [seems|feels|looks] [lighter|easier|simpler] already',
    'I [feel|am] better about {thing}',
    'now for {thing}',
    'and for {thing}',
  ],
} as const;

/** A thank-you, said as the tie to the listener has it. */
export function thanks(input: ActLineInput): string {
  return pick(input.random, THANKS[mannerOf(input).bond]);
}

/** What follows a thank-you: the speaker's relief, their temper, or the thing it was about. */
export function thankNote(input: ActLineInput): string {
  const m = marksOf(input);
  return among(input.random, [
    m.fretful && THANK_NOTES.fretful,
    m.careful && THANK_NOTES.careful,
    m.lively && THANK_NOTES.lively,
    m.warm && THANK_NOTES.warm,
    mannerOf(input).energy < TIRED && THANK_NOTES.tired,
    THANK_NOTES.thing,
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Laughs and groans

const LAUGHS = {
  lively: [
    'Hahaha! Stop, stop',
    'Ha! Oh, that is wonderful',
    'Oh, my sides',
    'Ha! Priceless',
    'Ho ho! Brilliant',
    'Ahaha! Marvellous',
  ],
  quiet: ['Heh', 'That is rather good', 'Ha, very good', 'Heh, nice one', 'Hm, ha', 'That is quite funny'],
  fretful: ['I should not laugh, but ha', 'Ha, oh, I hope nobody heard that', 'Ha, that is wicked', 'Ha, oh my'],
  sharp: [
    'Ha. Not bad',
    'Hm, that is almost funny',
    'Ha, I will give you that one',
    'Heh. Passable',
    'Ha. Fair enough',
  ],
  warm: ['Oh, you do make me laugh', 'Ha, you are a tonic', 'Ha, bless you', 'Ha, you dear'],
  careful: ['Ha, I must remember that one', 'Ha, very clever', 'Ha, neatly put', 'Ha, well timed'],
  plain: ['Ha', 'Haha', 'Ha, good one', 'Oh, that is funny', 'Ha, yes'],
} as const;

const LAUGH_NOTES = {
  thing: ['{thing}, of all things', 'and {thing}, too', 'poor {thing}'],
  tell: [
    'wait till {doer} hears it',
    '{doer} will love that one',
    'I will be laughing {when}',
    '{doer} must hear that',
    'saving that one for {doer}',
  ],
  close: ['you have not changed a bit'],
  cool: ['I did not know you had it in you'],
  tired: ['that woke me up after {doing}'],
} as const;

/** A laugh in the speaker's manner. */
export function ha(input: ActLineInput): string {
  const m = marksOf(input);
  return among(input.random, [
    m.lively && LAUGHS.lively,
    m.quiet && LAUGHS.quiet,
    m.fretful && LAUGHS.fretful,
    m.sharp && LAUGHS.sharp,
    m.warm && LAUGHS.warm,
    m.careful && LAUGHS.careful,
    LAUGHS.plain,
  ]);
}

/** What follows a laugh: the joke's thing, who will hear it next, the tie, or the speaker's state. */
export function haNote(input: ActLineInput): string {
  const { bond, energy } = mannerOf(input);
  return among(input.random, [
    LAUGH_NOTES.thing,
    LAUGH_NOTES.tell,
    bond === 'close' && LAUGH_NOTES.close,
    bond === 'cool' && LAUGH_NOTES.cool,
    energy < TIRED && LAUGH_NOTES.tired,
  ]);
}

const GROANS = {
  lively: ['Boo! Off with you', 'Oh, no, no, no', 'Get away with you'],
  quiet: ['Hm', 'Oh dear', 'Mm, no'],
  fretful: ['Oh, please, not that', 'That is awful, and I worry you mean it'],
  sharp: ['Ugh, dreadful', 'That was feeble', 'Spare me'],
  warm: ['Oh, {name}, that was terrible', 'That was awful, bless you'],
  plain: ['Ugh', 'Oh no', 'Dreadful', 'That was bad'],
} as const;

/** A groan in the speaker's manner. */
export function ugh(input: ActLineInput): string {
  const m = marksOf(input);
  return among(input.random, [
    m.lively && GROANS.lively,
    m.quiet && GROANS.quiet,
    m.fretful && GROANS.fretful,
    m.sharp && GROANS.sharp,
    m.warm && GROANS.warm,
    GROANS.plain,
  ]);
}

/** Picks one of each inline choice written in a phrase: `[a|b|c]`. */
export function inlineChoices(text: string, random: Random): string {
  return text.replace(/\[([^\]]*)\]/g, (_, options: string) => pick(random, options.split('|')));
}
