import type { RuleSet } from '../grammar.ts';

/** Core sentences for working together, by mode and tone. */
export const COLLABORATION_RULES = {
  'collaboration.initiate.warm.frames': [
    "I'd love your help to {task}", "let's {task} together, it'll be {warmAdj}",
    "you're {intensifier} good at this, could we {task} together?",
    'I could use {aWarmAdj} partner to {task}', "shall we {task}, if you'd be so kind?",
    'with you on board, we could {task} in an hour', "I'd be happy to {task} with you",
    "let's team up and {task}, I think it'll be fun",
    'you have such {warmAdj} ideas, will you help me {task}?',
    "thanks in advance, I'd love to {task} with you", 'I saved the best job for you: we {task} together',
    'it would mean a lot if we could {task} together', "you're the first person I thought of to {task}",
    'we make {aWarmAdj} team, so {task} with me?',
  ],
  'collaboration.initiate.neutral.frames': [
    'we should {task}', 'could you give me a hand to {task}?', 'I need someone to {task} with me',
    'how about we {task} {time}?', 'if you have time, we could {task}',
    "let's split the work: you {task}, and I'll {task}", 'do you have an hour to {task}?',
    'someone has to {task}, and I thought of you', 'want to {task} with me?',
    'the plan is to {task}, are you in?', 'I was asked to {task}, and it takes two',
    'we could {task} while the weather holds', 'would you {task} with me after {deadline}?',
    'two pairs of hands would {task} faster',
  ],
  'collaboration.initiate.cold.frames': [
    "we'll {task} together, but don't slow me down", 'I need you to {task}, try not to mess it up',
    "you're the only one left, so {task} with me", "let's {task}, and spare me the {coldAdj} ideas",
    "I'd rather not, but we have to {task}", 'we {task}, and you keep your {coldAdj} opinions to yourself',
    "we have to {task}, so don't be {coldAdj} about it", "I'll do the thinking, you {task}",
    'somebody has to {task}, and apparently it is us', 'you {task}, I watch, and no complaining',
    'I was stuck with you to {task}, so hurry up', 'if you ruin this, I will {task} alone',
  ],
  'collaboration.reply.warm.frames': [
    "yes, I'd love to", 'count me in, gladly', "that's {aWarmAdj} idea, let's do it",
    "thanks for asking, I'm glad to help", 'of course, happy to help', 'I love that plan, where do we start?',
    'together sounds {warmAdj} to me', "what {aWarmAdj} idea, I'm in",
    "I'd be glad to, your plans never fail", "yes, and I'll bring {food} for the break",
    "gladly, let's {task} first", 'oh, yes, finally someone asked', "that's {warmAdj}, I'll grab my things",
    'absolutely, and thank you for thinking of me',
  ],
  'collaboration.reply.neutral.frames': [
    'alright, I can do that', 'sure, where do we start?', "okay, let's see how it goes",
    'I can spare an hour', 'sounds workable', "all right by me, what's first?",
    "okay, but we'll need {thing}", 'sure, if we {task} first', 'alright, I can spare the {partOfDay}',
    'I suppose we could {task} on the way', 'okay, but I have to leave by {deadline}',
    'right, tell me what to carry', 'sure, as long as we {task} too',
  ],
  'collaboration.reply.cold.frames': [
    'ugh, if I must', "whatever, just don't get in my way", "I'll do it, but this is {aColdAdj} idea",
    "I'd rather work alone, as usual", "okay, but I'm doing the hard part, as usual",
    "if it goes wrong, it's on you", 'this plan is {coldAdj}, and I have nothing to do anyway',
    'only if you stop being so {coldAdj}', "I'm not staying past {deadline}",
    'ugh, this again, with you of all people', "I'll come, but I hate this sort of plan",
    'work with you, {time}, how {coldAdj}',
  ],
  'collaboration.initiate.warm': [
    '{collaboration.initiate.warm.frames}', '{collaboration.initiate.warm.combo}',
  ],
  'collaboration.initiate.neutral': [
    '{collaboration.initiate.neutral.frames}', '{collaboration.initiate.neutral.combo}',
  ],
  'collaboration.initiate.cold': [
    '{collaboration.initiate.cold.frames}', '{collaboration.initiate.cold.combo}',
  ],
  'collaboration.reply.warm': ['{collaboration.reply.warm.frames}', '{collaboration.reply.warm.combo}'],
  'collaboration.reply.neutral': [
    '{collaboration.reply.neutral.frames}', '{collaboration.reply.neutral.combo}',
  ],
  'collaboration.reply.cold': ['{collaboration.reply.cold.frames}', '{collaboration.reply.cold.combo}'],
  'collaboration.initiate.warm.combo': ['{collabAsk.warm} {task}{collabTail.warm}'],
  'collaboration.initiate.neutral.combo': ['{collabAsk.neutral} {task}{collabTail.neutral}'],
  'collaboration.initiate.cold.combo': ['{collabAsk.cold} {task}{collabTail.cold}'],
  'collaboration.reply.warm.combo': ['{collabYes.warm}, {collabFollow.warm}'],
  'collaboration.reply.neutral.combo': ['{collabYes.neutral}, {collabFollow.neutral}'],
  'collaboration.reply.cold.combo': ['{collabYes.cold}, {collabFollow.cold}'],
  'collabAsk.warm': [
    "I'd love your help to", "let's", "I'd be so glad if we could", 'it would be lovely to',
    'I was hoping we might', "I'd love for us to", 'it would make my {partOfDay} if we could',
    'you and I could', 'I dream of the day we', 'together we could', "I'm itching to", 'it would be a joy to',
    "I'd be delighted to", 'we would have such fun if we',
  ],
  'collabTail.warm': [
    ", it'll be {warmAdj}", ' together', " {time}, I'd be grateful", ', with some {food} afterwards',
    ", you're so good at this", ", and I'll bring {food}", ' {time}, if you like', ', just the two of us',
    ', I think you would enjoy it', ' and make it {warmAdj}', ', side by side', ', and then we celebrate',
  ],
  'collabAsk.neutral': [
    'we should', 'I could use a hand to', 'I need someone to', "let's", 'we ought to', 'someone has to',
    "I'd like us to", 'it is time we', 'we were asked to', 'we need to', 'it makes sense to',
    'we might as well', 'you and I should', 'the two of us can',
  ],
  'collabTail.neutral': [
    ' {time}', ' before {deadline}', ', if you have time', ', it takes two', ' while the weather holds',
    ', are you in?', ' and then {task}', ', it should not take long', ', I have the tools',
    ' starting at {clock}', ', one of us on each end', ', if nobody else will',
  ],
  'collabAsk.cold': [
    'we have to', "you're going to", 'I need you to', 'for once, try to', 'just', "we'll", 'hurry up and',
    'you will', 'I suppose you can', 'try not to ruin it when we', 'do as I say and',
  ],
  'collabTail.cold': [
    ", and don't mess it up", ', and keep your {coldAdj} ideas quiet', ', no complaining',
    ' {time}, and be quick about it', ', without your {coldAdj} opinions', ", or I'll do it alone",
    ', and stop dawdling', ', and no chatter', ', since nobody else will', ', not that you will manage',
  ],
  'collabYes.warm': [
    'yes', 'of course', 'gladly', 'absolutely', "I'd love to", 'count me in', 'with pleasure',
    'oh, yes please', 'I would be honoured', 'happily', 'yes, yes', 'you bet', 'anything for you',
  ],
  'collabFollow.warm': [
    "that's {aWarmAdj} idea", "I'll bring {food}", "let's {task} first", 'where do we start?',
    'your plans are the best', 'thank you for asking me', 'together sounds {warmAdj}',
    'I will fetch my tools', 'this will be {warmAdj}', 'I have been hoping someone would ask',
    'we make {aWarmAdj} team', 'I will be there by {clock}',
  ],
  'collabYes.neutral': [
    'alright', 'sure', 'okay', 'I can do that', 'right', 'all right', 'fair enough', 'very well',
    'if we must', 'why not', 'sounds doable', 'I am in',
  ],
  'collabFollow.neutral': [
    'where do we start?', "but we'll need {thing}", 'if we {task} first', 'I have until {deadline}',
    'tell me what to carry', "let's see how it goes", 'I will bring the ladder', 'meet me at {thing}',
    'give me until {clock}', 'we should ask about {thing} too', 'I can spare an hour {time}',
  ],
  'collabYes.cold': [
    'ugh', 'whatever', 'if I must', 'I suppose', 'sigh', 'oh, this again', 'no, but yes', 'grudgingly',
    'only this once', 'do I have a choice', 'as if I had a say',
  ],
  'collabFollow.cold': [
    'but this is {aColdAdj} idea', "just don't get in my way", "but I'm doing the hard part",
    "and if it goes wrong it's on you", "but I'm leaving at {deadline}", 'this is {coldAdj}',
    'but I will hate every minute', 'and do not talk to me while we work',
    'but your plan for {thing} is {coldAdj}', 'and I am keeping score',
  ],
} satisfies RuleSet;
