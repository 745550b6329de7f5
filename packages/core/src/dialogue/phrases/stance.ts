import type { RuleSet } from '../grammar.ts';

/** Extra sentences that voice how the speaker sees the listener (the relationship's stance). */
export const STANCE_RULES = {
  'stance.stranger': [
    '{meetLead} {place}{meetTail}', '{meetLead} {place}{meetTail}', "I don't think we've met properly",
    "I'm still learning who's who {place}", "we haven't really talked before, have we?",
    'I think I saw you {place} once', "you're new around here, aren't you?",
    'I only know you by sight, from {thing}',
  ],
  'stance.acquaintance': [
    '{knowLead} {thing}{knowTail}', '{knowLead} {thing}{knowTail}', "we've crossed paths {place} a few times",
    'I remember you from {thing}', 'we should talk more often',
    "you're the one who was asking about {thing}, right?", 'we met at {thing}, if I remember right',
  ],
  'stance.friend': [
    '{palLead}{palTail}', '{palLead}{palTail}', 'you know I always have your back',
    "it's {warmAdj} having a friend like you", 'we should do this more often', "I'm lucky to know you",
    'our walk {place} was {warmAdj}, remember?', 'you always cheer me up',
  ],
  'stance.close': [
    '{dearLead}{dearTail}', '{dearLead}{dearTail}', "you're my favourite person {place}",
    'I trust you more than anyone', 'you always know what to say', 'I would be adrift without you',
    "you're the first one I wanted to tell", 'you feel like home',
  ],
  'stance.rival': [
    '{rivalLead} {thing}{rivalTail}', '{rivalLead} {thing}{rivalTail}', 'I remember who won last time',
    "I'm still ahead of you, by the way", 'you and I both know I do this faster',
    'you will not beat me this time', 'I beat you at {thing}, remember?', 'keep up, if you can',
  ],
  'stance.enemy': [
    '{foeLead}{foeTail}', '{foeLead}{foeTail}', "I still don't trust you", 'stay out of my way {place}',
    'I remember everything you did', "don't pretend we're friends", "I haven't forgiven you for {thing}",
    'I have nothing to say to you',
  ],
  meetLead: ["I don't think I've seen you", "I'm new", 'I only just moved in', "you're new"],
  meetTail: ['', ', by the way', ', is it always this busy?', ' {time}'],
  knowLead: ['we met once at', 'I know you from', "you're the one who fixed", 'I saw you near'],
  knowTail: ['', ', right?', ' {time}', ', I think'],
  palLead: [
    'you know I am on your side', 'friends like you are rare', 'I always save you a seat {place}',
    'you never let me down',
  ],
  palTail: ['', ', always', ' {time} and always', ', and I mean it'],
  dearLead: [
    'you are my person', 'nobody knows me like you', 'I would cross {place} for you', 'you are family to me',
  ],
  dearTail: ['', ', you know that', ', always', ', truly'],
  rivalLead: ['I will beat you at', 'I am still better at', 'you got lucky with', 'watch me win at'],
  rivalTail: ['', ' this time', ', just wait', ', remember that'],
  foeLead: [
    'I am watching you', 'I know what you did {place}', 'keep your distance', 'you and I are not friends',
  ],
  foeTail: ['', ', just so you know', ' {time}', ', believe me'],
} satisfies RuleSet;
