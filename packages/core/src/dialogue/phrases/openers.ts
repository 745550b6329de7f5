import type { RuleSet } from '../grammar.ts';

/** Interjections that open a line and closers that end one, by tone. */
export const OPENER_RULES = {
  'interjection.warm': [
    'oh', 'ah', 'hey', 'aw', 'oh wow', 'ha', 'oh, good', 'ooh', 'hooray', 'oh my', 'yay', 'well now',
    'goodness', 'oh lovely', 'heh',
  ],
  'interjection.neutral': [
    'well', 'hm', 'so', 'right', 'okay', 'oh', 'say', 'huh', 'mm', 'alright then', 'anyway', 'by the way',
    'let me see', 'now', 'ah well',
  ],
  'interjection.cold': [
    'ugh', 'tch', 'hmph', 'look', 'listen', 'pfft', 'honestly', 'oh, please', 'urgh', 'seriously',
    'great, just great', 'bah', 'come on', 'typical', 'groan',
  ],
  'closer.warm': [
    'see you soon', 'take care', 'thanks again', 'talk later?', "you're the best",
    'come find me {place} later', 'say hello to everyone for me', 'let me know how it goes', 'I mean it',
    'save me a seat {place}', 'see you at {thing} {time}', "I'll bring {food} next time",
    'meet me {place} at {clock}?',
  ],
  'closer.neutral': [
    'anyway', 'see you around', 'talk later', 'what do you think?', 'let me know', "I'll be {place}",
    "that's my view, at least", 'we can talk more {time}', 'until {deadline}, then',
    "I'll be {place} until {deadline}", 'I have to check on {thing} now', 'back to {thing} for me',
  ],
  'closer.cold': [
    'whatever', "that's all", 'go away', 'leave me be', 'no reply needed', 'think about that',
    "we're done here", 'bye', 'now shoo', 'go bother someone {place}', 'I have {thing} to deal with',
    "don't follow me to {thing}",
  ],
} satisfies RuleSet;
