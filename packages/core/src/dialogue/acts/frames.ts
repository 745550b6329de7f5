import type { DialogueAct } from '../../conversations/acts.ts';

/*
 * Sentence frames per dialogue act. `{slot}` is filled per line (see compose-act.ts): {name} the
 * addressee, {topic} the conversation's topic, {thing}/{thing2} things of that topic, {good}/{bad}/{plain}
 * describing words, {spot} a spot of the place, {doing} an activity there, {when} a time phrase that fits
 * the hour, {amb} something in the air, {hello}/{bye} greetings for the hour. A frame never asks a
 * question unless its act is `ask`, and its sentiment leans the way its act does (see ACT_LEANING).
 */
export const FRAMES: Readonly<Record<DialogueAct, readonly string[]>> = {
  greet: [
    '{hello}, {name}!', '{hello}, {name}. Good to see you {spot}.', '{hello}! I hoped you would come {when}.',
    '{hello}, {name}, you look well.', 'Ah, {name}! {hello}.', '{hello}. Lovely to find you {spot}.',
    '{hello}, {name}; I was just {doing}.', '{hello}! Come and sit {spot}.', '{hello}, friend. Nice to see a kind face {when}.',
  ],
  ask: [
    'What do you make of {thing}?', 'Have you heard anything about {thing}?', 'How is {thing} coming along?',
    'Who is looking after {thing}?', 'Do you know where {thing} ended up?', 'What should we do about {thing}?',
    'Is {thing} ready yet?', 'Did you see {thing} {when}?', 'Tell me, {name}, what about {thing}?',
    'How do you feel about {topic}?', 'Any word on {thing}?', 'Should we leave {thing} {spot}?',
    'Where do we stand with {topic}?', 'Who told you about {thing}?', 'Would {thing} be {plain} enough?',
    'Can you explain {thing} to me?', 'Why is everyone talking about {thing}?', 'When did you last check {thing}?',
  ],
  answer: [
    '{thing} is nearly sorted; I checked it {when}.', 'As for {thing}, it sits {spot} for now.',
    'About {thing}: the {plain} one is still missing.', '{thing}? I saw it {spot}, next to {thing2}.',
    'I asked about {thing}; they say it needs {thing2} first.', 'Honestly, {thing} depends on {thing2}.',
    'For {topic}, {thing} comes first, then {thing2}.', 'I looked at {thing} myself, it is {plain} but it works.',
    'They moved {thing} {spot} {when}.', '{thing} is with the others {spot}.', 'Not much on {thing} yet, only that it is {plain}.',
    'I know {thing} best; it goes with {thing2}.', 'Mostly {thing}, if you ask me, and a bit of {thing2}.',
  ],
  inform: [
    'I was thinking about {thing} {when}.', 'You know, {thing} reminds me of {thing2}.', 'I spent the day {doing}.',
    'Word is that {thing} is {plain} this year.', 'Somebody left {thing} {spot}.', 'I noticed {thing} {spot} {when}.',
    'For {topic}, we still need {thing}.', 'I moved {thing} {spot} earlier.', 'There is talk about {thing} again.',
    'My aunt swore by {thing} for {topic}.', 'I counted {thing} twice {when}.', 'Apparently {thing} came from the {plain} cart.',
    'I had a look at {thing} while {doing}.', 'The thing about {topic} is {thing}.',
  ],
  propose: [
    'Let us sort out {thing} {when}.', 'Shall we take care of {thing} together? It would be good.', 'How about we start with {thing}, {name}?',
    'I could help with {thing} if you like.', 'Why not bring {thing} {spot}? It would look nice.', 'We should settle {thing} first, then {thing2}.',
    'Come, let us finish {thing} while the others are {doing}.', 'If we share {thing}, {topic} will go well.',
    'I suggest we put {thing} {spot}, it is the best place.', 'Let me take {thing} and you take {thing2}, fair?',
    'We could ask for help with {thing}; it would be great.', 'Let us get {topic} going, starting with {thing}.',
  ],
  accept: [
    'Yes, gladly! {thing} it is.', 'Good idea, I will fetch {thing}.', 'Gladly, {name}; {thing} first, then.',
    'Deal. I like the sound of that.', 'Yes! I will bring {thing2} too.', 'Perfect, let us do {thing} {when}.',
    'With pleasure, {name}.', 'Happy to; {thing} will be easy with two.', 'Of course, count me in for {topic}.',
    'Great plan, I will meet you {spot}.', 'Wonderful, that helps {topic} a lot.',
  ],
  decline: [
    'Sorry, not {when}; I am too tired.', 'No, I cannot take on {thing} as well, sorry.', 'I would rather not, {name}; {thing} worries me.',
    'Not me, sorry. {thing2} already keeps me busy.', 'I must refuse; {thing} is a problem I do not want.',
    'No, sorry, I am stuck with {thing2}.', 'Afraid not; my back hurts from {doing}.', 'Sorry, {name}, it is a bad time for that.',
  ],
  agree: [
    'Yes, exactly.', 'True, {thing} matters.', 'I agree, and {thing2} helps too.', 'Right you are, {name}.',
    'Good point about {thing}.', 'Fair enough, that is a good way to see it.', 'Quite right, {thing} is {good}.',
    'Yes, and {topic} is better for it.', 'Absolutely, I thought so too {when}.', 'Indeed; {thing} looks {good}.',
    'Agreed. Nice thinking.', 'That is true, I like it.',
  ],
  disagree: [
    'No, I doubt that.', 'I do not agree; {thing} is the problem.', 'Wrong, {name}. {thing} is {bad}.',
    'Hardly. {thing2} matters more.', 'That is not fair to {thing}.', 'Rubbish, {thing} is {bad} and you know it.',
    'I disagree; {topic} needs {thing2}, not {thing}.', 'Nonsense, {name}.', 'No, {thing} is {bad}, I checked {when}.',
  ],
  joke: [
    'If {thing} gets any more {plain}, we will need a cart for it!', 'I would trade {thing} for a good nap, ha!',
    '{name}, you and {thing} have a lot in common: both lovely and a little {plain}!', 'They say {thing} brings luck. Funny, it brought me {thing2}!',
    'At this rate {thing} will outlive us all, haha.', 'My cat could do better with {thing}, and she is a clever cat!',
    'Next year we should put {thing} in charge of {topic}, ha.', 'Who knew {thing} could be so entertaining?',
  ],
  tease: [
    'Careful, {name}, you have {thing} on your sleeve.', 'Oh, {name}, still dreaming about {thing}?',
    'Look who finally turned up {spot}.', 'Was that you {doing} so slowly, {name}?', 'I bet {name} has a secret plan for {thing}.',
    '{name} the expert on {thing}, everyone!', 'Still practising {doing}, {name}?',
  ],
  complain: [
    'Ugh, {thing} is {bad} again.', 'I am tired of {thing}, honestly.', 'This {bad} business with {thing} annoys me.',
    'Nobody helps with {thing}, it is unfair.', 'My feet hurt from {doing} {when}.', 'Why is {thing} always such a mess?',
    'I hate how {thing} turned out.', 'Everything about {thing} is {bad}.', 'Another {bad} day with {thing}.',
    'I worry {topic} will fail because of {thing}.',
  ],
  comfort: [
    'There, there, it will be fine.', 'Do not worry about {thing}; we will help.', 'It is all right, {name}, really.',
    'Cheer up, {thing} will be better soon.', 'I am here, {name}. We will sort it out.', 'Never mind {thing}; you did well.',
    'Easy now, {thing2} is good news at least.', 'You are doing great, {name}.', 'It is fine, truly, thank you for saying so.',
  ],
  apologise: [
    'I am sorry, {name}, I was wrong.', 'Sorry, I did not mean to be rude about {thing}.', 'Forgive me, I was unfair.',
    'My fault, sorry about {thing}.', 'Sorry, that came out badly.', 'I apologise for {thing}, it was careless.',
  ],
  thank: [
    'Thank you, {name}, that helps.', 'Thanks, you are kind.', 'Thank you; I feel better about {thing}.',
    'Thanks, {name}. I appreciate it.', 'Kind of you, thank you.', 'Thank you, truly, {thing} seems easier now.',
  ],
  farewell: [
    '{bye}, {name}.', '{bye}! I must see to {thing}.', '{bye}; I am off {spot}.', 'Well, {bye}, {name}!',
    'I should go; {bye}.', '{bye}, and good luck with {thing}.', 'Time I went. {bye}!',
  ],
  laugh: [
    'Ha! Good one, {name}.', 'Haha, that is funny.', 'Oh, you made me laugh!', 'Ha, brilliant.', 'Hahaha, I love it.',
    'Ha! That is a good joke about {thing}.', 'Haha, you are funny, {name}.',
  ],
  groan: [
    'Oh no, that was awful.', 'Ugh, terrible joke, {name}.', 'Please stop, that hurts.', 'That was bad, even for you.',
    'Ugh. No.', 'Dreadful, {name}, truly dreadful.',
  ],
  dismiss: [
    'Stop complaining, {name}.', 'Oh, {thing} is not that bad, stop fussing.', 'Everyone has problems, {name}.',
    'Stop whining about {thing}.', 'Nobody cares about {thing}, honestly.',
  ],
};

/** Ways to begin a line, by how the line leans; the empty opener keeps some lines plain. */
export const OPENERS: Readonly<Record<'up' | 'down' | 'even', readonly string[]>> = {
  up: ['', '', '', 'Oh, ', 'Well, ', 'Ah, ', 'Honestly, ', 'You know, ', 'Look, ', 'Right, ', 'Splendid, ', 'Good, ', 'Mm, '],
  down: ['', '', '', 'Well, ', 'Look, ', 'Honestly, ', 'Frankly, ', 'Hm. ', 'Oh dear, ', 'Listen, ', 'Sigh. '],
  even: ['', '', '', 'So, ', 'Well, ', 'Hm, ', 'By the way, ', 'Listen, ', 'Say, ', 'Now, ', 'Right, '],
};

/** Clauses that may follow a statement, by leaning; each adds scene detail. */
export const TAILS: Readonly<Record<'up' | 'down' | 'even', readonly string[]>> = {
  up: [
    ' Besides, {amb} feels {good} {when}.', ' And the view {spot} is {good}.', ' I was {doing} earlier and loved it.',
    ' It makes {topic} feel {good}.', ' Also, {thing2} looks {good}.', ' Nice to share it with you.',
  ],
  down: [
    ' And {amb} does not help.', ' Even {thing2} is {bad}.', ' I was {doing} all day, too.', ' {topic} is {bad} enough already.',
  ],
  even: [
    ' Someone was {doing} {spot}.', ' {amb} is {plain} {when}.', ' Also, {thing2} is still {spot}.', ' Think of {topic}.',
    ' I saw people {doing} {when}.',
  ],
};
