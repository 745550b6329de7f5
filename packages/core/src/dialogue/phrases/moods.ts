import type { RuleSet } from '../grammar.ts';

/**
 * Extra sentences that voice the speaker's mood, one rule per ALMA PAD octant. `{$intensity}` is a
 * degree word for the mood's intensity (slightly / moderately / fully), see MOOD_INTENSITY_WORDS.
 */
export const MOOD_RULES = {
  'mood.exuberant': [
    '{cheerLead} {thing}{cheerTail}', '{cheerLead} {thing}{cheerTail}', '{cheerLead} {thing}{cheerTail}',
    'I feel {$intensity} wonderful {time}', 'everything feels {$intensity} bright {time}',
    "I've got so much energy {time}", 'what {aWarmAdj} {partOfDay} this is', 'I could dance all the way to {spot}',
    'I have been humming since {clock}', 'I could {task} twice over {time}', 'even {person} made me laugh {time}',
  ],
  'mood.relaxed': [
    '{easeLead} {place}{easeTail}', '{easeLead} {place}{easeTail}', '{easeLead} {place}{easeTail}',
    "I'm {$intensity} at ease {time}", 'I feel {$intensity} settled {time}', 'nothing can rattle me {time}',
    'I could sit {place} for hours', 'I slept well and it shows', "{sight}, and I don't mind a bit",
  ],
  'mood.docile': [
    '{yieldLead}{yieldTail}', '{yieldLead}{yieldTail}', "I'm happy to go along with whatever you decide",
    "I'll follow your lead {time}", "I'm {$intensity} content to listen {time}", 'whatever you think is best',
    'you choose, I will follow', 'if you want to {task}, I will help',
  ],
  'mood.dependent': [
    '{clingLead}{clingTail}', '{clingLead}{clingTail}', 'I could use someone to lean on {time}',
    'would you stay a while?', "I'm {$intensity} in need of company {time}",
    "I'd feel better if you were around {place}", 'tell me what you would do, I trust you',
  ],
  'mood.bored': [
    '{dullLead} {thing}{dullTail}', '{dullLead} {thing}{dullTail}', '{dullLead} {thing}{dullTail}',
    "I'm {$intensity} bored {time}", 'nothing ever happens {place}', 'what a slow {partOfDay}',
    'I feel {$intensity} flat {time}', 'the hours drag {place}', 'I counted {number} {countNoun} just for something to do',
  ],
  'mood.anxious': [
    '{jitterLead} {thing}{jitterTail}', '{jitterLead} {thing}{jitterTail}', "I'm {$intensity} on edge {time}",
    "my hands won't stop shaking", 'everything feels {$intensity} tense {time}', 'I feel {$intensity} jumpy {time}',
    'every little noise {place} makes me nervous', 'my heart is racing {time}',
  ],
  'mood.disdainful': [
    '{sniffLead} {thing}{sniffTail}', '{sniffLead} {thing}{sniffTail}', 'honestly, I expected more {place}',
    'none of this is up to my standards', "I'm {$intensity} unimpressed {time}", 'some of us have standards',
    'I have better things to do than {task}', 'whoever {deed} should try again',
  ],
  'mood.hostile': [
    '{fumeLead} {thing}{fumeTail}', '{fumeLead} {thing}{fumeTail}', "I'm {$intensity} fed up {time}",
    "don't push me {time}", "I'm in no mood for games", 'one more thing goes wrong {place} and I snap',
    'my patience ran out {time}', 'if {person} says one more word, I will scream',
  ],
  cheerLead: [
    'I want to shout about', 'I feel {$intensity} giddy about', 'I could hug', 'I keep grinning at',
    "I'm {$intensity} thrilled about", 'I want to sing to',
  ],
  cheerTail: [' {time}', ', honestly', ', it is all so {warmAdj}', ' and I do not know why', ', silly as it sounds'],
  easeLead: ['I feel {$intensity} calm', 'I had a slow walk', 'I could nap', 'I sat for a while', 'I read for an hour'],
  easeTail: [' {time}', ', no hurry at all', ', and it was {warmAdj}', ' until {deadline}', ' with some {food}'],
  dullLead: [
    'I have nothing to do but stare at', "I'm {$intensity} tired of", "I've been staring at", 'I yawned twice at',
    'I have walked past',
  ],
  dullTail: [' {time}', ', again', ', for lack of anything else', ' all {partOfDay}', ' a dozen times'],
  jitterLead: ["I'm {$intensity} rattled by", 'I keep glancing at', 'my heart jumps at', 'something about', 'I flinch at'],
  jitterTail: [' {time}', ' makes me jumpy', ', I cannot settle', ' every time I pass it', ', and I do not know why'],
  fumeLead: ["I'm {$intensity} furious about", 'do not mention', 'I could kick', 'I am livid about', 'I am so angry about'],
  fumeTail: [' {time}', ' to me', ', not now', ', I mean it', ' ever again'],
  sniffLead: ['I find', 'only amateurs admire', "I'm {$intensity} unmoved by", 'I expected more from', 'I pity'],
  sniffTail: [' {time}', ', frankly', ' and its fans', ', if I am honest'],
  yieldLead: ["I'm {$intensity} happy to follow", 'you decide', 'I will go wherever you go', 'your call', 'lead the way'],
  yieldTail: [' {time}', ', truly', ', I trust your judgement', ', I am easy', ', whatever suits you'],
  clingLead: [
    'please stay {place}', "don't leave yet", 'I need a friend {time}', 'could you walk me to {spot}',
    'will you sit with me {place}',
  ],
  clingTail: ['', ', just for a while', ', I would feel safer', '?'],
} satisfies RuleSet;

/** Degree words for the mood label's intensity, slot `{$intensity}` in MOOD_RULES. */
export const MOOD_INTENSITY_WORDS = {
  slightly: ['a little', 'slightly', 'a bit', 'somewhat'],
  moderately: ['quite', 'fairly', 'rather', 'pretty'],
  fully: ['completely', 'utterly', 'totally', 'thoroughly'],
} as const;
