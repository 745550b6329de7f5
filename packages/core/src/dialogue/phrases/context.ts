import type { RuleSet } from '../grammar.ts';

/**
 * Extra sentences that tie a line to its moment: the scenario (setting, objectives, mood), the
 * speaker's top memory, and a word echoed from the line being answered.
 */
export const CONTEXT_RULES = {
  'scenario.setting': [
    'being here in {$setting} feels {settingFeel}', 'this {partOfDay} in {$setting} feels different',
    'everyone in {$setting} seems busy {time}', 'I keep looking around {$setting}',
    'the air in {$setting} smells of {food}', "there's something about {$setting} {time}",
    'I never expected {$setting} to look this way', '{$setting} is quieter than I thought',
    '{$setting} never looks the same twice', 'I could spend all {partOfDay} in {$setting}',
    'did you notice how {$setting} changes with the light?',
  ],
  settingFeel: ['odd', 'exciting', 'familiar', 'a little unreal', 'new every time', 'strangely homely'],
  'scenario.objective.verb': [
    'we still need to {$objective}', "don't forget, we're here to {$objective}",
    'the plan is to {$objective}, right?', 'if we want to {$objective}, we need to hurry',
    'I keep thinking about how to {$objective}', 'has anyone figured out how to {$objective}?',
    'we can only {$objective} if we work fast', 'the whole point is to {$objective}',
  ],
  'scenario.objective.noun': [
    "we're here for {$objective}", 'remember the goal: {$objective}', 'everything depends on {$objective}',
    "I can't stop thinking about {$objective}", "how's {$objective} coming along?",
    'we should focus on {$objective}',
  ],
  'scenario.mood.calm': [
    'it is peaceful {place} {time}', 'such a calm {partOfDay}', 'everything {place} is so still',
    'the water is flat as glass {time}',
  ],
  'scenario.mood.festive': [
    'what {aWarmAdj} celebration', 'the music {place} is {warmAdj}', 'everyone is celebrating {time}',
    'there are garlands on {thing}, how {warmAdj}',
  ],
  'scenario.mood.playful': [
    "everyone's in a silly mood {time}", 'somebody hid {thing} for a prank',
    'the kids {place} are up to something',
  ],
  'scenario.mood.tense': [
    'the air feels heavy {time}', "everyone's on edge {place}", 'nobody {place} is saying what they think',
  ],
  'scenario.mood.hostile': [
    'this place is a powder keg', "people {place} are at each other's throats",
    'one wrong word and it all blows up',
  ],
  'scenario.mood.somber': [
    "it's a heavy {partOfDay}", 'nobody {place} is talking much', 'even {thing} seems quiet {time}',
  ],
  'scenario.mood.mysterious': [
    'something odd is going on {place}', 'who left {thing} open?', 'I heard footsteps {place} {time}',
  ],
  'scenario.mood.collaborative': [
    "everyone's pitching in {time}", 'the whole town turned up {place} to pitch in',
    'it is a real team effort {time}',
  ],
  'memory.fond': [
    'I still smile about {recall}', 'still thinking about {recall}', 'I keep coming back to {recall}',
    'remember {recall}?', 'I often think of {recall}', 'I treasure {recall}', 'I loved {recall}',
  ],
  'memory.sore': [
    'I keep replaying {recall}', 'still thinking about {recall}', "I can't shake {recall}",
    'it still stings, {recall}', 'I have not forgotten {recall}', 'it bothers me, {recall}',
  ],
  'memory.neutral': [
    'I was just thinking about {recall}', 'oddly, I remembered {recall}', 'still thinking about {recall}',
    'it made me recall {recall}', 'do you remember {recall}?', 'I thought about {recall} {time}',
  ],
  recall: [
    'the time {$memory}', 'the day {$memory}', 'how {$memory}', 'when {$memory}', 'that moment {$memory}',
    'the {partOfDay} {$memory}', 'that {partOfDay} {place} when {$memory}',
  ],
  'echo.warm': [
    '{$echo}, what {aWarmAdj} thought', 'you said {$echo}, and I smiled', 'I love that you said {$echo}',
    '{$echo} sounds {warmAdj} to me', "{$echo}, yes, I'm glad you said it", 'you had me at {$echo}',
  ],
  'echo.neutral': [
    '{$echo}, you say', 'hm, {$echo}, let me think', "you said {$echo}, didn't you?",
    '{$echo}, now there is a word', '{$echo}, is it?', 'about {$echo}, I have questions',
  ],
  'echo.cold': [
    '{$echo}, seriously?', 'I stopped listening at {$echo}', 'you said {$echo}, how {coldAdj}',
    'enough with {$echo}', '{$echo}, what {aColdAdj} thing to bring up', '{$echo}, ugh, honestly',
  ],
} satisfies RuleSet;

/** How a remembered line of the listener's is introduced: "the day you told me “…”". */
export const QUOTE_INTROS = [
  'you said', 'you told me', 'you went', 'you answered', 'your words were', 'you came out with', 'you replied',
] as const;
