import type { RuleSet } from '../grammar.ts';

/**
 * Extra sentences that voice a Big Five trait at either pole: openness (ideas, curiosity, imagery),
 * conscientiousness (plans, order, details), extraversion (initiative), agreeableness (kindness or
 * bluntness), neuroticism (worry, hedges). Chosen more often the further a trait is from the middle.
 * Built from short parts around the scene, like the core sentences.
 */
export const TRAIT_RULES = {
  'trait.open': [
    '{wonderLead} {image}{wonderTail}', '{wonderLead} {image}{wonderTail}', '{wonderLead} {image}{wonderTail}',
    '{wonderLead} {image}{wonderTail}', 'what if {thing} {whatIf}?', 'what if {thing} {whatIf}?', 'I wonder {wonderWhat}',
    'I wonder {wonderWhat}', 'imagine {sceneSpot} {imagineTail}', 'someone should paint {thing} as {image}',
    'I had a dream about {image}', 'I have an idea for {thing}: {idea}',
  ],
  idea: [
    'paint it like {image}', 'hang lanterns from it', 'write its story', 'turn it into a stage', 'cover it in {imageStuff}',
    'make it a home for {image}', 'name it after {person}', 'let the children decorate it',
  ],
  wonderLead: [
    'I keep imagining', 'picture', 'I dreamt of', 'what if there were', 'I wish we had', 'somewhere there must be',
    "I'd love to paint", 'imagine', 'I once read about', 'I can almost see', 'I am writing a poem about', 'think of',
  ],
  wonderTail: [
    '', ' {place}', ' over {thing}', ' drifting past {thing}', ', just think of it', ' hidden in {thing}', ' at {clock}',
    ' {time}', ', can you see them?', ' all around us',
  ],
  whatIf: [
    'could talk', 'were made of {imageStuff}', 'could fly', 'remembered everything', 'were painted gold',
    'sang at night', 'were a door to somewhere else', 'had a secret', 'dreamed of {image}', 'grew overnight',
  ],
  wonderWhat: [
    'who first {deed}', 'what {person} dreams about', 'where {image} go at night', 'what {sceneSpot} was like long ago',
    'if {image} ever come {place}', 'what {thing} would say', 'who will {task} a hundred years from now',
  ],
  imagineTail: [
    'full of {image}', 'a hundred years from now', 'under deep snow', 'lit by {imageStuff}', 'as a painting',
    'with {image} everywhere', 'in another century',
  ],
  'trait.conventional': [
    '{plainLead} {thing}{plainTail}', '{plainLead} {thing}{plainTail}', '{plainLead} {thing}{plainTail}', '{oldWay}',
    '{oldWay}', '{person} {plainPerson}',
  ],
  plainLead: [
    'nobody needs to change', 'there was nothing wrong with', 'we never had trouble with', 'my grandmother swore by',
    'I was happy with', "don't go fiddling with", 'leave alone', 'I trust', 'I would not touch',
  ],
  plainTail: ['', ', it was fine before', ', it worked for years', ', not in my day', ', as far as I can see', ' as it is'],
  oldWay: [
    'I prefer things the way they are', "let's keep it simple", 'the old way is the sensible way', "I'll stick with what I know",
    'there is no need to reinvent anything', 'new ideas can wait until {deadline}', 'we have always done it this way',
    'steady as she goes', 'no surprises, please', 'tradition matters',
  ],
  plainPerson: [
    'has always done it this way, and so will I', 'keeps it simple, and so should we', 'would agree with me',
    'never needed anything fancy',
  ],
  'trait.orderly': [
    '{planLead} {task}{planTail}', '{planLead} {task}{planTail}', '{planLead} {task}{planTail}', '{planLead} {task}{planTail}',
    '{planLead} {task}{planTail}', 'first we {task}, then we {task}', 'step one: {task}, step two: {task}',
    "I've scheduled {doing} for {clock}", 'my list says {person} {deed}', 'I counted {number} {countNoun} {place}',
    'let me check my notes on {thing}', "I've made a list, and {oneThing} is item {ordinal}", 'I want everything sorted {deadlinePhrase}',
    '{orderlyHabit}', '{orderlyHabit}',
  ],
  orderlyHabit: [
    'I labelled every drawer {past}', 'I keep a chart of who does what', 'I have a timetable for {doing}',
    'everything has its place, even {thing}', 'I wrote it all down in {belonging}', 'I sorted the tools by size {past}',
    'my notes are colour-coded', 'I checked the list twice', 'I like a tidy plan', 'we are {number} minutes behind schedule',
    'I have the rota here', 'I put {thing} on the list',
  ],
  planLead: [
    'first we', 'my plan is to', 'the next step is to', 'according to my list, we', "let's carefully",
    "I've set aside time to", 'by my count, we still need to', 'the schedule says we', 'item {ordinal}:',
    'at {clock} sharp we', 'my notes say we', 'in order, we', 'before anything else, we', 'the rota says we',
    'I have pencilled in time to', 'after lunch we', 'then, and only then, we', 'on my checklist: we',
  ],
  planTail: [
    '', ' by {deadline}', ' at {clock} sharp', ', then {task}', ', in that order', ", and I'll keep notes",
    ' {deadlinePhrase}, no excuses', ', which takes {number} minutes', ', as planned', ', then tick it off', ', properly',
    ', step by step', ' and write it up', ', then report to {person}',
  ],
  'trait.spontaneous': [
    '{looseLead} {thing}{looseTail}', '{looseLead} {thing}{looseTail}', '{looseLead} {thing}{looseTail}', '{looseSaying}',
    'I was meant to be {doing}, oh well', "let's just {task} and see",
  ],
  looseLead: [
    'I might get round to', 'someday I will sort out', 'who cares if we never finish', 'I half forgot about',
    "let's improvise something with", 'I left my notes somewhere near', 'maybe we just skip', 'I lost track of',
    'I keep meaning to look at',
  ],
  looseTail: ['', ' {time}', ', or not', ', whatever happens', ', probably', ', we will see', ' after {food}', ' once {person} stops fussing'],
  looseSaying: [
    "let's just wing it", 'plans are overrated', 'who needs a schedule anyway?', "I'll figure it out as I go",
    'I started three things {past} and finished none', 'my list is somewhere, probably', 'oh, we will manage',
    'rules are more like suggestions',
  ],
  'trait.anxious': [
    '{worryLead} {thing}{worryTail}', '{worryLead} {thing}{worryTail}', '{worryLead} {thing}{worryTail}',
    '{worryLead} {thing}{worryTail}', 'what if {worry}?', 'what if {worry}?', "I'm {afraid} {worry}", "I'm {afraid} {worry}",
    'I checked {thing} {number} times, just in case', "I couldn't sleep, thinking about {thing}",
    'does it seem too quiet {place} to you?', '{fret}', '{fret}',
  ],
  fret: [
    'my hands are shaking a little', 'I keep looking over my shoulder', 'I have a bad feeling {time}',
    'I hope nobody is cross with me', 'I did not sleep a wink', 'I hope I did not upset {person}', 'is it me, or is it cold?',
    'I keep thinking I forgot something', 'I hope {thing} is all right', 'something is nagging at me',
    'I jump at every noise {place}', 'I wish I knew what {person} was thinking',
  ],
  worryLead: [
    'I keep worrying about', "I'm nervous about", "I can't stop fretting over", 'something feels off about',
    "I've been uneasy about", 'I lie awake thinking about', 'I fear for', "I'm scared for", 'my stomach knots over',
    'I have a bad feeling about', 'I am fretting about', "I'm afraid for", 'I get jittery near', 'I keep checking',
  ],
  afraid: ['afraid', 'scared', 'worried', 'nervous', 'uneasy that', 'so afraid', 'a bit scared'],
  worry: [
    'it rains', '{oneThing} falls apart', 'nobody shows up', "we're too late", 'I say the wrong thing', 'someone gets hurt',
    'we get lost {place}', "{oneThing} isn't there anymore", 'we run out of time', 'everyone is angry with me',
    '{person} is cross with me', 'I forget to {task}', '{oneThing} breaks again', '{person} blames me',
    'we cannot {task} in time', 'I made a mess of {thing}', 'the weather turns', '{person} thinks I am useless',
    'I trip over {thing}', 'it all goes wrong {place}', 'I lose {belonging}', 'nobody likes my {food}',
  ],
  worryTail: [
    '', ' {time}', ', what if {worry}?', ', honestly', ' since {person} mentioned it', ", and I can't sleep",
    ' more than I should', ', silly, I know',
  ],
  'trait.steady': [
    '{calmLead} {thing}{calmTail}', '{calmLead} {thing}{calmTail}', '{calmSaying}', '{calmSaying}',
    "relax, it's only {thing}", "it'll be all right by {deadline}",
  ],
  calmLead: [
    'no need to fuss over', 'we will handle', "I'm at peace about", 'take your time with', 'easy does it with',
    "I'm not worried about", 'we can sort out',
  ],
  calmTail: [' {time}', ', it always works out', ', truly', ', one step at a time', ', {person} has it in hand', ''],
  calmSaying: [
    "no rush, it'll work out", "whatever happens, we'll manage", "stay calm, there's plenty of time",
    "I'm not afraid of a little trouble", 'it will all come right', 'deep breaths', 'one thing at a time',
    'these things sort themselves out',
  ],
  'trait.initiative': [
    '{inviteLead} {inviteWhat}{inviteTail}', '{inviteLead} {inviteWhat}{inviteTail}', '{inviteLead} {inviteWhat}{inviteTail}',
    '{inviteLead} {inviteWhat}{inviteTail}', '{inviteLead} {inviteWhat}{inviteTail}', "I'll introduce you to {person}",
    'race you to {spot}', 'I know {aWarmAdj} spot {place}, follow me', '{organise}', '{organise}',
  ],
  organise: [
    "I'm getting a group together for {food}", 'I will round everyone up {place}', 'I have signed us up to {task}',
    'I told {person} we would all come', 'I am planning a little party {place}', "who's coming {place}? I am",
    'I will ask {person} to bring {food}', 'I have started a club for {doing}', 'I am taking everyone to see {thing}',
  ],
  inviteLead: [
    "let's", 'come on, we should', 'how about we', 'I say we', 'everyone should', 'tomorrow we', 'later we', 'we must',
    'after this we', 'you and I should', 'this evening we could', 'next we',
  ],
  inviteWhat: [
    'share {food} {place}', 'go and look at {thing}', 'have a picnic {place}', 'throw a party {place}', 'race down to {spot}',
    'sing {place}', 'get everyone together {place}', 'ask {person} to join us', 'go and {task}', 'find {person}',
    'start a club {place}', 'bring {food} for everyone', 'meet {place}', 'put on a show {place}', 'play a game {place}',
    'take {food} to {person}', 'have a bonfire {place}', 'dance {place}', 'make a day of it {place}',
  ],
  inviteTail: [
    '', ' after this', ' {time}', ' at {clock}', ', my treat', ' before {deadline}', ", it'll be {warmAdj}", ', all of us',
    ', I insist', ', what do you say', ', come on', ', bring {person}',
  ],
  'trait.reserved': [
    "I'll keep this short", "anyway, that's all", 'I should get back to {doing}', "I'd rather keep to myself {time}",
    "I'm heading home soon", "I'll be {place} if you need me", 'I prefer a quiet spot {place}', 'I only came out for {food}',
    'I will slip away once {person} arrives', 'crowds tire me', 'I like it quiet',
  ],
  'trait.kind': [
    '{praise}, {praiseTail}', '{praise}, {praiseTail}', '{praise}, {praiseTail}', 'thank you for {doing}',
    'I saved some {food} for you', '{person} told me how kind you were', "I'm grateful we talked",
  ],
  praise: [
    "you're {intensifier} kind", 'you have {aWarmAdj} heart', 'you were {warmAdj} {past}', 'I admire you', 'you always help',
    'your {food} is the best {place}', 'you are a treasure', 'you make everything {place} {warmAdj}', 'I appreciate you',
    'you are so thoughtful',
  ],
  praiseTail: [
    'and I mean it', 'thank you', 'I hope you know that', 'everyone {place} says so', 'truly', 'you made my {partOfDay}',
    'never change', '{person} agrees',
  ],
  'trait.blunt': [
    '{bluntLead} {oneThing} is {coldAdj}{bluntTail}', '{bluntLead} {oneThing} is {coldAdj}{bluntTail}',
    '{bluntLead} {person} is wrong{bluntTail}', "I'm not here to make friends", "that's my view, take it or leave it",
    'whoever {deed} did it badly', 'skip the small talk',
  ],
  bluntLead: ['frankly,', 'straight talk:', 'plainly put,', 'no offence, but', 'let me be blunt:', 'face it,', 'honestly,'],
  bluntTail: ['', ' and so is this', ', and everyone knows', ' {time}', ', deal with it'],
  hedge: [
    'maybe', 'I think', 'sorry, but', 'perhaps', 'I guess', 'um,', 'er,', 'well, maybe', 'forgive me, but',
    "don't laugh, but", 'if I may,', 'I could be wrong, but', 'sorry, I mean,', 'if it helps,', 'hmm, maybe',
  ],
} satisfies RuleSet;
