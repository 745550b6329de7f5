import type { RuleSet } from '../grammar.ts';

/**
 * Core sentences for a conflict, by mode and tone. Even the warm tone is unhappy here: an agreeable
 * character in a quarrel is hurt and conciliatory, not cheerful.
 */
export const CONFLICT_RULES = {
  'conflict.initiate.warm': [
    '{accuse.warm} {thing}{accuseTail.warm}', '{accuse.warm} {thing}{accuseTail.warm}',
    "I'm sorry, but we need to talk about {thing}", 'I hate to say it, but what you did {place} hurt',
    "I'm upset about what happened {place}", 'I hate arguing with you, but you were wrong {time}',
    'it really stung when you ignored me {place}', 'why are you upset with me?',
    'I wish you had asked before you {deed}', 'it hurt when you walked off {place}',
  ],
  'conflict.initiate.neutral': [
    '{accuse.neutral} {thing}{accuseTail.neutral}', '{accuse.neutral} {thing}{accuseTail.neutral}',
    'you {deed} without asking', 'I disagree with how you handled {thing}', 'explain what happened {place} {time}',
    "why didn't you tell me about {thing}?", "you can't keep doing this {place}", 'you left {thing} in a mess again',
    'someone has to say it: you were wrong about {thing}', 'that was my spot {place}, and you know it',
    '{person} says you {deed}, is that true?',
  ],
  'conflict.initiate.cold': [
    '{accuse.cold} {thing}{accuseTail.cold}', '{accuse.cold} {thing}{accuseTail.cold}',
    "you're {intensifier} {coldAdj}, you know that?", "I'm tired of your {coldAdj} excuses",
    'what you did {place} was {coldAdj}', 'I hate the way you {grievance}', 'keep your hands off {thing}',
    'why do you always {grievance}?', "you {grievance}, and it's {coldAdj}", 'everyone {place} knows you {grievance}',
    'I am done with your {coldAdj} games', 'you {deed} and made a mess of it',
  ],
  grievance: [
    'talk over everyone', 'take credit for everything', 'leave a mess {place}', 'ignore what I say', 'show up late',
    'break your word', 'borrow things and never bring them back', 'mock my ideas', 'make plans without me',
    'blame me for {thing}', 'sulk {place}', 'hog {thing}', 'tell {person} tales about me', 'leave me to {task} alone',
  ],
  'conflict.reply.warm': [
    '{defend.warm}, {defendTail.warm}', '{defend.warm}, {defendTail.warm}', '{defend.warm}, {defendTail.warm}',
    "you're right to be upset, let me make it up to you", "I'm sorry, can we start over?",
    "I didn't realise, I'm so sorry", "it hurts to hear that, but I'm listening",
  ],
  'conflict.reply.neutral': [
    '{defend.neutral}, {defendTail.neutral}', '{defend.neutral}, {defendTail.neutral}',
    '{defend.neutral}, {defendTail.neutral}', "I don't see it that way", 'we remember it differently',
    "that's not the whole truth about {thing}",
  ],
  'conflict.reply.cold': [
    '{defend.cold}, {defendTail.cold}', '{defend.cold}, {defendTail.cold}', '{defend.cold}, {defendTail.cold}',
    "you're wrong, and you know it", "I don't care what you think", "look who's talking",
    'says you, of all people', 'typical, you {grievance} and then blame me',
  ],
  'conflict.reply.warm.topic': [
    "{defend.warm}, I didn't know {$topic} mattered so much to you", '{defend.warm}, I will put {$topic} right',
  ],
  'conflict.reply.neutral.topic': [
    '{defend.neutral}, {$topic} was like that when I found it', '{defend.neutral}, ask {person} about {$topic}',
  ],
  'conflict.reply.cold.topic': [
    '{defend.cold}, {$topic} is not yours', '{defend.cold}, nobody touched {$topic} but you',
  ],
  'accuse.warm': [
    "I'm hurt about", "I'm sorry, but we need to talk about", "I'm upset about", 'it stung when you took',
    'I feel let down about', "I'm sad about", 'it broke my heart when you moved', 'I cried a little over',
    'I wish you had asked me before touching', 'I was hurt when you forgot',
  ],
  'accuseTail.warm': [
    ', and I hate fighting with you', ', can we talk?', ' {time}, honestly', ', it really hurt',
    ", and I'm sorry to bring it up", ', and I miss how we were', ', I thought you cared', ', it is weighing on me',
    ', and I felt so small', ', and {person} noticed too',
  ],
  'accuse.neutral': [
    'we need to talk about', 'you moved', 'you took', 'I disagree about', 'explain what happened with', 'you broke',
    'nobody said you could use', 'you forgot about', 'you changed', 'we agreed not to touch', 'you never returned',
  ],
  'accuseTail.neutral': [
    ' {time}', ' without asking', ', and you know it', ", and that's not fair", ', and I want an answer',
    ' again {time}', ', which was not the plan', ', so explain', ' behind my back', ' while I was {place}',
  ],
  'accuse.cold': [
    'you ruined', 'keep your hands off', 'you wrecked', 'stop touching', 'you lied about', 'how dare you take',
    'you smashed', 'you made a mess of', 'you stole', 'you sulked over',
  ],
  'accuseTail.cold': [
    ", and I'm done", ' {time}, how {coldAdj}', ', you {grievance} every time', ', and I hate you for it',
    ', typical', ', you {coldAdj} fool', ', and everyone saw it', ', and I will not forget it', ' on purpose, admit it',
    ', you selfish lump', ' and blamed {person}',
  ],
  'defend.warm': [
    "I'm sorry", "you're right", "I didn't mean it", 'I hear you', 'forgive me', 'oh no', 'I feel awful',
    'please, wait', 'you have every right', 'I was careless',
  ],
  'defendTail.warm': [
    "I didn't mean to upset you", 'let me make it up to you', "let's not fight about {thing}", "I'll fix {thing}",
    'can we start over?', 'I was wrong about {thing}', 'I will do better {time}', 'I never wanted to hurt you',
    'tell me how to make it right', 'I will {task} myself, I promise', 'let me bring you some {food} and talk',
  ],
  'defend.neutral': [
    "that's not what happened", 'wait', 'hold on', 'no', 'I disagree', "that's unfair", 'now hang on',
    'let me explain', 'one moment', 'not quite',
  ],
  'defendTail.neutral': [
    'you were there too', "let's look at the facts", 'I did what I thought was right', 'we remember {thing} differently',
    "I'm not taking the blame for {thing}", "you're missing part of the story", 'ask anyone {place}', 'I had my reasons',
    '{oneThing} was already like that', 'we never agreed on that', 'ask {person}, they saw it', 'I only {deed}',
  ],
  'defend.cold': [
    'oh, stop', 'wrong', 'ugh', 'enough', "look who's talking", 'pathetic', 'nonsense', 'rubbish', 'get lost',
    'how dare you',
  ],
  'defendTail.cold': [
    "you're the {coldAdj} one here", 'you always {grievance}', "I don't care what you think", "that's {coldAdj}",
    'not this again', 'go and sulk {place}', 'nobody believes you', 'you started it', 'your memory is {coldAdj}',
    'try that on someone else', 'go and cry to {person}',
  ],
} satisfies RuleSet;
