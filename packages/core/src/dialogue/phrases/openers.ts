import type { RuleSet } from '../grammar.ts';

/** Interjections that open a line and closers that end one, by tone. */
export const OPENER_RULES = {
  'interjection.warm': [
    'oh', 'ah', 'hey', 'aw', 'ha', 'ooh', 'hooray', 'yay', 'goodness', 'heh', 'wow', 'gosh', 'my', 'why', 'oho', 'well',
    'hurrah', 'golly', 'mm', 'aha',
  ],
  'interjection.neutral': [
    'well', 'hm', 'so', 'right', 'okay', 'oh', 'say', 'huh', 'mm', 'anyway', 'now', 'ah', 'listen', 'look', 'um',
    'hmm', 'alright', 'erm',
  ],
  'interjection.cold': [
    'ugh', 'tch', 'hmph', 'look', 'listen', 'pfft', 'honestly', 'urgh', 'seriously', 'bah', 'typical', 'groan', 'sigh',
    'oh, please', 'come on', 'great',
  ],
  'closer.warm': [
    'see you soon', 'take care', 'thanks again', 'talk later?', "you're the best", 'come find me {place} later',
    'say hello to {person} for me', 'let me know how it goes', 'I mean it', 'save me a seat {place}', 'see you {place} later',
    "I'll bring {food} next time", 'meet me {place} at {clock}?', 'give my love to {person}', 'mind how you go',
    'enjoy the {partOfDay}', 'see you at {clock}', 'until {deadline}', 'bye for now', 'off I go',
  ],
  'closer.neutral': [
    'anyway', 'see you around', 'talk later', 'what do you think?', 'let me know', "I'll be {place}", "that's my view, at least",
    'we can talk more later', 'until {deadline}, then', "I'll be {place} until {deadline}", 'I have to get back to {doing}',
    'back to {doing} for me', '{person} is waiting for me', 'I had better find {person}', 'right then', 'must dash',
    'I will see you {place}', 'so there it is',
  ],
  'closer.cold': [
    'whatever', "that's all", 'go away', 'leave me be', 'no reply needed', 'think about that', "we're done here", 'bye',
    'now shoo', 'go and bother {person}', 'I have {thing} to deal with', "don't follow me to {spot}", 'off you go',
    'enough now', 'I am leaving',
  ],
} satisfies RuleSet;
