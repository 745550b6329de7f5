import type { RuleSet } from '../grammar.ts';

/** Extra sentences that voice how the speaker sees the listener (the relationship's stance). */
export const STANCE_RULES = {
  'stance.stranger': [
    '{meetLead}{meetTail}', '{meetLead}{meetTail}', '{meetLead}{meetTail}', "I don't think we've met properly",
    "we haven't really talked before, have we?", "you're new around here, aren't you?", '{person} mentioned you {past}',
  ],
  meetLead: [
    "I don't think I've seen you {place}", "I'm new {place}", 'I only just started coming here', "you're new",
    'I think I saw you {place} once', 'I only know you by sight', "I'm still learning who's who {place}",
    'I have heard of you', 'we have not been introduced',
  ],
  meetTail: ['', ', by the way', ', is it always this busy?', ' {time}', ', I think', ', forgive me'],
  'stance.acquaintance': [
    '{knowLead} {spot}{knowTail}', '{knowLead} {spot}{knowTail}', '{knowLead} {spot}{knowTail}',
    "we've crossed paths {place} a few times", 'we should talk more often', "you're the one who {deed}, aren't you?",
    '{person} says good things about you', "you know {person}, don't you?",
  ],
  knowLead: [
    'we met once at', 'I know you from', 'I saw you near', 'you sat next to me at', 'we waited together at',
    'I remember you from', 'we nodded at each other by', 'you waved at me from',
  ],
  knowTail: ['', ', right?', ' {past}', ', I think', ', a while back', ', if I remember rightly'],
  'stance.friend': [
    '{palLead}{palTail}', '{palLead}{palTail}', '{palLead}{palTail}', '{palLead}{palTail}', '{palLead}{palTail}',
    '{palLead}{palTail}', '{palLead}{palTail}', 'remember when we {deed}, what a {partOfDay} that was',
    "it's {warmAdj} having a friend like you",
  ],
  palLead: [
    'you know I am on your side', 'friends like you are rare', 'I always save you a seat {place}', 'you never let me down',
    'I told {person} you are the best', 'you always have my back', "I'm lucky to know you", 'you always cheer me up',
    'we should do this more often', 'you make the {partOfDay} better', 'I can always count on you', 'you get me',
    'I was hoping I would see you', 'you are good company', 'I missed you {past}', 'nobody makes me laugh like you',
    'we do make a pair', 'I would do anything for you', 'you are the best part of my {partOfDay}', 'thank goodness for you',
  ],
  palTail: ['', '', ', always', ', and I mean it', ', truly', ', you know', ', old friend', ', as ever', ', honestly'],
  'stance.close': [
    '{dearLead}{dearTail}', '{dearLead}{dearTail}', '{dearLead}{dearTail}', '{dearLead}{dearTail}',
    "you're my favourite person {place}", "you're the first one I wanted to tell",
  ],
  dearLead: [
    'you are my person', 'nobody knows me like you', 'I would walk through fire for you', 'you are family to me',
    'I trust you more than anyone', 'you always know what to say', 'I would be lost without you', 'you feel like home',
    'I think about you all the time', 'my door is always open to you', 'you are my favourite', 'I could tell you anything',
  ],
  dearTail: ['', ', you know that', ', always', ', truly', ', never forget it', ', dear heart'],
  'stance.rival': [
    '{rivalLead}{rivalTail}', '{rivalLead}{rivalTail}', '{rivalLead}{rivalTail}', 'I remember who won last time',
    "I'm still ahead of you, by the way", 'keep up, if you can',
  ],
  rivalLead: [
    'I will beat you at {doing}', 'I am still better at {doing}', 'you got lucky with {thing}', 'watch me {task} faster than you',
    'I {deed} before you did', 'you and I both know I do this faster', 'you will not beat me this time',
    'I have my eye on you', 'second place suits you',
  ],
  rivalTail: ['', ' this time', ', just wait', ', remember that', ', mark my words'],
  'stance.enemy': [
    '{foeLead}{foeTail}', '{foeLead}{foeTail}', '{foeLead}{foeTail}', "I still don't trust you", 'stay out of my way {place}',
    "I haven't forgiven you for what happened {place}",
  ],
  foeLead: [
    'I am watching you', 'I know what you did {place}', 'keep your distance', 'you and I are not friends',
    'I told {person} all about you', 'I remember everything you did', "don't pretend we're friends",
    'I have nothing to say to you', 'do not push your luck',
  ],
  foeTail: ['', ', just so you know', ' {time}', ', believe me', ', not after {thing}'],
} satisfies RuleSet;
