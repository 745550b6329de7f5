import type { RuleSet } from '../grammar.ts';

/**
 * Extra sentences that voice a Big Five trait at either pole: openness (ideas, curiosity, imagery),
 * conscientiousness (plans, order, details), extraversion (initiative), agreeableness (kindness or
 * bluntness), neuroticism (worry, hedges). Chosen more often the further a trait is from the middle.
 */
export const TRAIT_RULES = {
  'trait.open': [
    '{wonderLead} {image}{wonderTail}', '{wonderLead} {image}{wonderTail}',
    '{wonderLead} {image}{wonderTail}', 'I wonder what {thing} looked like a hundred years ago',
    'imagine {thing} covered in {image}', 'what if we turned {thing} into a home for {image}?',
    'I had a dream about {image}', 'have you ever wondered where {image} go at night?',
    "there's an idea waiting in {thing}, I can feel it", 'it reminds me of {image}, somehow',
    'someone should paint {thing} as {image}', 'somewhere {place} there must be a story about {image}',
    'what would {thing} say if it could talk?', 'I keep picturing {image} over {thing}',
    'do you think {image} exist somewhere?', 'I read that people once built {thing} out of {imageStuff}',
    'picture {image} drifting over {thing}', 'what if {thing} were made of {imageStuff}?',
    'I want to write a song about {image}',
  ],
  'trait.conventional': [
    '{plainLead} {thing}{plainTail}', '{plainLead} {thing}{plainTail}', 'I prefer things the way they are',
    "let's keep it simple, no fancy ideas", '{thing} was all right the way it was',
    "we've always done it the usual way, and it works", 'there is no need to reinvent anything',
    "I'll stick with what I know", 'new ideas can wait until {deadline}', 'the old way is the sensible way',
  ],
  'trait.orderly': [
    '{planLead} {task}{planTail}', '{planLead} {task}{planTail}', '{planLead} {task}{planTail}',
    'first we {task}, then we {task}', "I've made a list, and {thing} is item {ordinal}",
    'we should be done by {deadline}', 'let me check my notes on {thing}',
    'I want everything sorted before {deadline}', 'I counted {number} {countNoun} {place} {time}',
    "let's remember to {task} afterwards", "I'll write it down so nothing slips",
    "if we leave at {clock}, we'll have time to {task}", 'everything has its place, including {thing}',
    'step one is to {task}, step two is to {task}', "I've scheduled {thing} for {clock}",
    'I labelled every shelf {place} {time}', 'we need {number} {countNoun} and a plan for {thing}',
  ],
  'trait.spontaneous': [
    '{looseLead} {thing}{looseTail}', '{looseLead} {thing}{looseTail}', '{looseLead} {thing}{looseTail}',
    "let's just wing it", "plans are overrated, let's see what happens",
    'I have no idea what I was supposed to do {time}, oh well', 'who needs a schedule anyway?',
    "I'll figure it out as I go", 'my list is somewhere {place}, probably',
    'we can sort out {thing} whenever', 'I started three things {time} and finished none',
  ],
  'trait.anxious': [
    '{worryLead} {thing}{worryTail}', '{worryLead} {thing}{worryTail}', '{worryLead} {thing}{worryTail}',
    'I keep worrying about {thing}', 'what if {worry}?', "I'm a bit nervous about {thing}",
    'I fear something will go wrong {place}', "sorry, I'm just uneasy {time}",
    "I couldn't sleep, thinking about {thing}", 'does it seem too quiet {place} to you?',
    "I can't stop thinking that {worry}", "I'm afraid {worry}", 'my stomach is in knots about {thing}',
    'I checked {thing} {number} times {time}, just in case', "I'm scared {worry}",
  ],
  worry: [
    'it rains', '{thing} falls apart', 'nobody shows up', "we're too late", 'I say the wrong thing',
    'someone gets hurt', 'we get lost {place}', "{thing} isn't there anymore", 'we run out of time',
    'the bridge gives way', 'everyone is angry with me',
  ],
  'trait.steady': [
    '{calmLead} {thing}{calmTail}', '{calmLead} {thing}{calmTail}', "no rush, it'll work out",
    "whatever happens, we'll manage", "I'm not worried about {thing}", "relax, it's only {thing}",
    "stay calm, there's plenty of time", "it'll be all right by {deadline}",
    "I'm not afraid of a little trouble",
  ],
  'trait.initiative': [
    '{inviteLead} {inviteWhat}{inviteTail}', '{inviteLead} {inviteWhat}{inviteTail}',
    "let's grab {food} {place} after this", "come on, let's go see {thing}",
    "I'll introduce you to everyone {place}", 'we should throw a party {place}',
    "let's gather everyone for {food} {time}", 'race you to {thing}',
    'I know {aWarmAdj} spot {place}, follow me', "let's ask everyone to meet at {thing} at {clock}",
    "I'm getting a group together for {food}, come along", "let's start a club that meets {place}",
    "I'll organise a picnic {place}, you bring {food}",
  ],
  'trait.reserved': [
    "I'll keep this short", "anyway, that's all", 'I should get back to {thing}',
    "I'd rather keep to myself {time}", "I'm heading home soon", "I'll be {place} if you need me",
    'I prefer a quiet corner {place}',
  ],
  'trait.kind': [
    '{praise}, {praiseTail}', '{praise}, {praiseTail}', "you're {intensifier} kind, you know",
    'thank you for always listening', 'I appreciate you, truly', "you've been {aWarmAdj} help {time}",
    "I'm happy you're here", 'you make everything {place} feel {warmAdj}', "I'm grateful we talked",
    'you deserve something {warmAdj} {time}', 'I saved some {food} for you',
    'your smile makes the {partOfDay} {warmAdj}',
  ],
  'trait.blunt': [
    '{bluntLead} {thing} is {coldAdj}{bluntTail}', '{bluntLead} {thing} is {coldAdj}{bluntTail}',
    "I'm not here to make friends", "don't take it personally, but you're {coldAdj}",
    'frankly, I find this {coldAdj}', "I'll say it plainly: that's {coldAdj}", 'skip the small talk',
    "I don't have time for {coldAdj} chatter", "that's my view, take it or leave it",
    'you asked, so here it is: {coldAdj}',
  ],
  hedge: [
    'maybe', 'I think', "I'm not sure, but", 'sorry, but', "if it's alright,", 'I could be wrong, but',
    'perhaps', 'this might sound silly, but', 'I guess', 'I suppose', 'if I may,', 'forgive me, but',
    'I hope this is okay, but', "don't laugh, but", 'it might be nothing, but', 'I keep second-guessing, but',
    'honestly, I worry that', 'I was afraid to say it, but', 'it is probably just me, but',
    'I hate to fuss, but', 'possibly', 'if you ask me, which you did not,',
  ],
  wonderLead: [
    'I keep imagining', 'picture', 'I dreamt of', 'what if there were', 'I wish we had',
    'somewhere there must be', "I'd love to paint", 'imagine', 'I once read about',
  ],
  wonderTail: [
    ' {place}', ' over {thing}', ' drifting past {thing}', ' {time}', ', just think of it',
    ' hidden in {thing}', ' circling {thing} at {clock}',
  ],
  planLead: [
    'first we', 'my plan is to', 'the next step is to', 'according to my list, we', "let's carefully",
    "I've set aside time to", 'by my count, we still need to',
  ],
  planTail: [
    ' by {deadline}', ' at {clock} sharp', ', then {task}', ', in that order', ", and I'll keep notes",
    ' before {deadline}, no excuses', ', which takes {number} minutes',
  ],
  worryLead: [
    'I keep worrying about', "I'm nervous about", "I can't stop fretting over", 'something feels off about',
    "I've been uneasy about", 'I lie awake thinking about',
  ],
  worryTail: [
    ' {time}', ', what if {worry}?', ' {place}', ', honestly', ", and I can't sleep", ' more than I should',
  ],
  inviteLead: ["let's", 'come on, we should', 'how about we', 'I say we', 'everyone should'],
  inviteWhat: [
    'share {food} {place}', 'go and look at {thing}', 'climb up to {thing}', 'have a picnic {place}',
    'throw a party at {thing}', 'race down to {thing}', 'sing by {thing}',
  ],
  inviteTail: [
    ' after this', ' {time}', ' at {clock}', ', my treat', ' before {deadline}', ", it'll be {warmAdj}",
  ],
  praise: [
    "you're {intensifier} kind", 'you have {aWarmAdj} heart', 'you were {warmAdj} {time}', 'I admire you',
    'you always help', 'your {food} is the best {place}',
  ],
  praiseTail: [
    'and I mean it', 'thank you', 'I hope you know that', 'everyone {place} says so', 'truly',
    'you made my {partOfDay}',
  ],
  bluntLead: [
    'frankly,', 'straight talk:', 'plainly put,', 'no offence, but', 'let me be blunt:', 'face it,',
  ],
  bluntTail: ['', ' and so is this', ', and everyone knows', ' {time}', ', deal with it'],
  looseLead: [
    'I might get round to', 'someday I will sort out', "who cares if we never finish", 'I half forgot about',
    "let's improvise something with", 'I left my notes somewhere near', 'maybe we just skip',
  ],
  looseTail: [
    ' {time}', ', or not', ', whatever happens', ' {place}, probably', ', we will see', ' after {food}',
  ],
  plainLead: [
    'nobody needs to change', 'I trust the old way with', 'leave well alone with',
    'we never had trouble with', 'my grandmother kept',
  ],
  plainTail: [' the way it was', ' {time} too', ', and it worked', ' just fine', ' since forever'],
  calmLead: [
    'no need to fuss over', 'we will handle', "I'm at peace about", 'take your time with',
    'easy does it with',
  ],
  calmTail: [' {time}', ', it always works out', ', truly', ' {place}', ', one step at a time'],
} satisfies RuleSet;
