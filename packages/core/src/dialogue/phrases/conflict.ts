import type { RuleSet } from '../grammar.ts';

/**
 * Core sentences for a conflict, by mode and tone. Even the warm tone is unhappy here: an agreeable
 * character in a quarrel is hurt and conciliatory, not cheerful.
 */
export const CONFLICT_RULES = {
  'conflict.initiate.warm.frames': [
    "I'm sorry, but we need to talk about {thing}", 'I hate to say it, but what you did {place} hurt',
    "I'm upset about what happened {place}", 'I hate arguing with you, but you were wrong {time}',
    "hear me out, I'm hurt", 'it really stung when you ignored me {place}',
    "I'm sorry to bring it up, but {thing} was a mess", 'why are you upset with me?',
    "I'm disappointed about {thing}, honestly", 'it hurt when you walked off {place}',
    "I'm sad about how things went with {thing}", 'I feel let down about {thing}',
  ],
  'conflict.initiate.neutral.frames': [
    'we need to talk about {thing}', 'I disagree with how you handled {thing}',
    "that's not how we agreed to deal with {thing}", 'you moved {thing} without asking',
    'explain what happened {place} {time}', 'you broke your word about {thing}',
    "why didn't you tell me about {thing}?", "you can't keep doing this {place}",
    'you left {thing} in a mess again', 'someone has to say it: you were wrong about {thing}',
    'that was my spot {place}, and you know it',
  ],
  'conflict.initiate.cold.frames': [
    "you ruined {thing}, and I'm sick of it", 'stop acting as if {thing} belongs to you',
    "you're {intensifier} {coldAdj}, you know that?", "I'm tired of your {coldAdj} excuses",
    'what you did {place} was {coldAdj}', 'I hate the way you {grievance}', 'keep your hands off {thing}',
    'why do you always {grievance}?', "you {grievance}, and it's {coldAdj}",
    'everyone {place} knows you {grievance}', 'you are the most {coldAdj} person {place}',
    'I am done with your {coldAdj} games',
  ],
  grievance: [
    'talk over everyone', 'take credit for everything', 'leave a mess {place}', 'ignore what I say',
    'show up late', 'break your word', 'borrow things and never bring them back', 'mock my ideas',
    'make plans without me', 'blame me for {thing}', 'sulk {place}', 'hog {thing}',
  ],
  'conflict.reply.warm.frames': [
    "I'm sorry, I didn't mean to upset you", "you're right to be upset, let me make it up to you",
    "let's not fight about {thing}", 'that hurt, but I want to fix this', "I'm sorry, can we start over?",
    "I hear you, and I'm sorry about {thing}", "I didn't realise, I'm so sorry",
    'that stings, but maybe you have a point', "I'm sorry, I was wrong about {thing}",
    "it hurts to hear that, but I'm listening",
  ],
  'conflict.reply.neutral.frames': [
    "that's not what happened", "I don't see it that way", "you're missing part of the story",
    "let's look at the facts", 'I did what I thought was right', "that's unfair, and you know it",
    'you were there too {place}', "I'm not taking the blame for {thing}", 'we remember it differently',
    "that's not the whole truth about {thing}",
  ],
  'conflict.reply.cold.frames': [
    "oh, stop, that's {coldAdj}", "you're wrong, and you know it", 'how {coldAdj} of you to say that',
    "I don't care what you think", 'ugh, not this again', "look who's talking",
    "you're the {coldAdj} one here", 'says you, of all people', 'you {grievance}, so save it',
    'enough of your {coldAdj} speeches', 'typical, you {grievance} and then blame me',
  ],
  'conflict.initiate.warm': ['{conflict.initiate.warm.frames}', '{conflict.initiate.warm.combo}'],
  'conflict.initiate.neutral': ['{conflict.initiate.neutral.frames}', '{conflict.initiate.neutral.combo}'],
  'conflict.initiate.cold': ['{conflict.initiate.cold.frames}', '{conflict.initiate.cold.combo}'],
  'conflict.reply.warm': ['{conflict.reply.warm.frames}', '{conflict.reply.warm.combo}'],
  'conflict.reply.neutral': ['{conflict.reply.neutral.frames}', '{conflict.reply.neutral.combo}'],
  'conflict.reply.cold': ['{conflict.reply.cold.frames}', '{conflict.reply.cold.combo}'],
  'conflict.initiate.warm.combo': ['{accuse.warm} {thing}{accuseTail.warm}'],
  'conflict.initiate.neutral.combo': ['{accuse.neutral} {thing}{accuseTail.neutral}'],
  'conflict.initiate.cold.combo': ['{accuse.cold} {thing}{accuseTail.cold}'],
  'conflict.reply.warm.combo': ['{defend.warm}, {defendTail.warm}'],
  'conflict.reply.neutral.combo': ['{defend.neutral}, {defendTail.neutral}'],
  'conflict.reply.cold.combo': ['{defend.cold}, {defendTail.cold}'],
  'accuse.warm': [
    "I'm hurt about", "I'm sorry, but we need to talk about", "I'm upset about", 'it stung when you took',
    'I feel let down about', "I'm sad about", 'it broke my heart when you moved', 'I cried a little over',
    'I wish you had asked me before touching', 'I was hurt when you forgot',
  ],
  'accuseTail.warm': [
    ', and I hate fighting with you', ', can we talk?', ' {time}, honestly', ', it really hurt',
    ", and I'm sorry to bring it up", ' {place}, and it hurt', ', and I miss how we were',
    ', I thought you cared', ', it is weighing on me', ', and I felt so small',
  ],
  'accuse.neutral': [
    'we need to talk about', 'you moved', 'you took', 'I disagree about', 'explain what happened with',
    'you broke', 'nobody said you could use', 'you forgot about', 'you changed', 'we agreed not to touch',
    'you never returned',
  ],
  'accuseTail.neutral': [
    ' {time}', ' without asking', ', and you know it', ' {place}', ", and that's not fair",
    ', and I want an answer', ' again {time}', ', which was not the plan', ', so explain', ' behind my back',
  ],
  'accuse.cold': [
    'you ruined', 'keep your hands off', 'you wrecked', 'stop touching', 'you lied about',
    'how dare you take', 'you smashed', 'you mocked', 'you made a mess of', 'you stole',
  ],
  'accuseTail.cold': [
    ", and I'm done", ' {time}, how {coldAdj}', ', you {grievance} every time', ', and I hate you for it',
    ', typical', ', you {coldAdj} fool', ', and everyone saw it', ', and I will not forget it',
    ' on purpose, admit it', ', you selfish lump',
  ],
  'defend.warm': [
    "I'm sorry", "you're right", "I didn't mean it", 'I hear you', 'forgive me', 'oh no', 'I feel awful',
    'please, wait', 'you have every right', 'I was careless',
  ],
  'defendTail.warm': [
    "I didn't mean to upset you", 'let me make it up to you', "let's not fight about {thing}",
    "I'll fix {thing}", 'can we start over?', 'I was wrong about {thing}', 'I will do better {time}',
    'I never wanted to hurt you', 'tell me how to make it right', 'I will replace {thing} myself',
  ],
  'defend.neutral': [
    "that's not what happened", 'wait', 'hold on', 'no', 'I disagree', "that's unfair", 'now hang on',
    'let me explain', 'that is not fair', 'one moment', 'not quite',
  ],
  'defendTail.neutral': [
    'you were there too', "let's look at the facts", 'I did what I thought was right',
    'we remember {thing} differently', "I'm not taking the blame for {thing}",
    "you're missing part of the story", 'ask anyone {place}', 'I had my reasons',
    '{thing} was already like that', 'we never agreed on that',
  ],
  'defend.cold': [
    'oh, stop', 'wrong', 'ugh', 'enough', "look who's talking", 'pathetic', 'nonsense', 'rubbish', 'get lost',
    'how dare you',
  ],
  'defendTail.cold': [
    "you're the {coldAdj} one here", 'you always {grievance}', "I don't care what you think",
    "that's {coldAdj}", 'not this again', 'go and sulk {place}', 'nobody believes you', 'you started it',
    'your memory is {coldAdj}', 'try that on someone else',
  ],
} satisfies RuleSet;
