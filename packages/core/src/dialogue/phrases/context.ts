import type { RuleSet } from '../grammar.ts';

/**
 * Extra sentences that tie a line to its moment: the scenario (its places and sights, objectives,
 * mood), the speaker's top memory, and the thing or word the line answers picked up from the other.
 */
export const CONTEXT_RULES = {
  'scenario.setting': [
    '{sight}{sightAside}', '{sight}{sightAside}', '{sight}{sightAside}', '{sight}{sightAside}', '{sceneSpot} {sceneState}',
    '{spot} {sceneState}', '{spot} {sceneState}', 'this {partOfDay} in {$setting} feels {settingFeel}',
    'the air {place} smells of {food}', '{person} is {doing}', '{person} is busy {place}',
    'I love {sceneSpot} at this hour', 'have you noticed how quiet it is {place}?', 'there is {food} going {place}',
    'being here in {$setting} feels {settingFeel}', 'I never expected {$setting} to look like this',
    'everyone in {$setting} seems busy {time}',
    'you can hear {person} {place}', '{person} waved at me from {spot}',
  ],
  sightAside: ['', '', ' {time}', ', look', ', listen', ', did you see?', ' again', ', as ever', ', just there', ' nearby'],
  sceneState: [
    'looks different {time}', 'is quieter than I thought', 'never looks the same twice', 'is busier than usual',
    'is full of people {time}', 'seems smaller {time}', 'feels like home', 'changes with the light', 'smells of {food}',
    'has a funny echo', 'is all shadows {time}', 'is so still {time}', 'hums with people', 'is crowded {time}',
    'is empty for once', 'is lit up {time}', 'could use a sweep', 'has new paint', 'is where everyone is',
  ],
  settingFeel: ['odd', 'exciting', 'familiar', 'a little unreal', 'new every time', 'strangely homely'],
  'scenario.objective.verb': [
    '{goalLead} {$objective}{goalTail}', '{goalLead} {$objective}{goalTail}', '{goalLead} {$objective}{goalTail}',
    '{goalAsk} {$objective}?', 'first {task}, then we {$objective}', '{person} is counting on us to {$objective}',
    'we will never {$objective} at this rate',
  ],
  goalLead: [
    'we still need to', "don't forget, we're here to", 'remember, we have to', 'we came to', 'we must', 'the point is to',
    'we promised to', '{person} wants us to', 'we ought to', 'soon we', 'I would love to', 'today we really should',
  ],
  goalTail: ['', '', ' {time}', ', right?', ' {deadlinePhrase}', ', somehow', ' together', ' first', ' soon'],
  goalAsk: ['has anyone worked out how to', 'who else wants to', 'when do we', 'how do we', 'do you think we can', 'shall we'],
  'scenario.objective.noun': [
    "we're here for {$objective}", 'remember the goal: {$objective}', 'everything depends on {$objective}',
    "I can't stop thinking about {$objective}", 'we should focus on {$objective}',
  ],
  // What an objective is about, as a noun phrase ("the harvest supper"): only when the objective has one.
  'scenario.objective.goal': [
    'any news about {$goal}?', 'everyone {place} is talking about {$goal}', '{person} asked me about {$goal}',
    'I have ideas about {$goal}', 'what do you make of {$goal} so far?', 'I keep thinking about {$goal}',
  ],
  'scenario.mood.calm': [
    '{sceneSpot} is {calmWord} {time}', '{spot} is {calmWord} {time}', '{spot} is {calmWord} {time}', 'it is {calmWord} {place}',
    '{sight}, and nothing else stirs', 'such a {calmWord} {partOfDay}', 'nobody is in a hurry {time}',
    'even {person} is taking it easy', 'I can hear myself think {time}', 'you could hear a pin drop {place}',
    'everything moves slowly {time}', '{person} is dozing {place}', 'the only sound is {calmSound}',
    'not a soul is rushing {place}', 'time seems to stand still {place}', '{person} has nodded off {place}',
    'there is no hurry {time}', 'a {calmWord} {partOfDay}, this',
  ],
  calmSound: ['the clock', 'birdsong', 'the wind', 'a distant radio', 'someone humming', 'pages turning', 'the kettle'],
  calmWord: ['peaceful', 'still', 'quiet', 'hushed', 'sleepy', 'calm', 'restful', 'tranquil', 'drowsy', 'serene', 'slow'],
  'scenario.mood.festive': [
    'what {aWarmAdj} celebration', 'the music {place} is {warmAdj}', 'everyone is celebrating {time}',
    'there are garlands on {thing}, how {warmAdj}', '{person} is dancing {place}', 'listen to the singing {place}',
    'somebody hung lanterns {place}', 'there is cake {place} for everyone',
  ],
  'scenario.mood.playful': [
    "everyone's in a silly mood {time}", 'somebody hid {thing} for a prank', 'someone {place} is up to something',
    '{person} keeps giggling {place}', 'there is a game of tag {place}', '{person} is wearing a paper crown',
  ],
  'scenario.mood.tense': [
    'the air feels heavy {time}', "everyone's on edge {place}", 'nobody {place} is saying what they think',
    '{person} has not said a word {time}', 'people keep glancing at the door', 'you could cut the air {place}',
  ],
  'scenario.mood.hostile': [
    'this place is a powder keg', "people {place} are at each other's throats", 'one wrong word and it all blows up',
    '{person} is spoiling for a fight', 'somebody is shouting {place}', 'fists are clenched all round',
  ],
  'scenario.mood.somber': [
    "it's a heavy {partOfDay}", 'nobody {place} is talking much', 'even {oneThing} seems quiet {time}',
    '{person} looks so tired', 'everyone is speaking softly {place}', 'the mood {place} is so low',
  ],
  'scenario.mood.mysterious': [
    'something odd is going on {place}', 'who moved {thing}?', 'I heard footsteps {place}',
    '{person} is hiding something, I am sure', 'there was a light {place} that should not be there',
    'somebody left {thing} open',
  ],
  'scenario.mood.collaborative': [
    "everyone's pitching in {time}", '{person} turned up {place} to pitch in', 'it is a real team effort {time}',
    'even {person} is {doing}', 'everyone has a job {place}', 'so many hands {place}',
  ],
  'memory.fond': [
    '{fondLead} {recall}{memoryTail}', '{fondLead} {recall}{memoryTail}', 'remember {recall}?',
    'I told {person} about {recall}',
  ],
  'memory.sore': [
    '{soreLead} {recall}{memoryTail}', '{soreLead} {recall}{memoryTail}', 'it still stings, {recall}',
    'it bothers me, {recall}',
  ],
  'memory.neutral': [
    '{recallLead} {recall}{memoryTail}', '{recallLead} {recall}{memoryTail}', 'do you remember {recall}?',
    '{person} mentioned {recall}',
  ],
  fondLead: [
    'I still smile about', 'I keep coming back to', 'I often think of', 'I treasure', 'I loved', 'I laughed about',
    'I still grin at', 'I cherish', 'nothing beats', 'I was humming, thinking of',
  ],
  soreLead: [
    'I keep replaying', "I can't shake", 'I have not forgotten', 'I still brood over', 'I lost sleep over',
    'I am still sore about', 'I think a lot about',
  ],
  recallLead: [
    'I was just thinking about', 'oddly, I remembered', 'it made me recall', 'I thought again about',
    'I wrote down', 'I keep turning over',
  ],
  memoryTail: ['', '', '', ', you know', ', honestly', ', still', ', to be honest'],
  recall: [
    'the time {$memory}', 'the day {$memory}', 'how {$memory}', 'when {$memory}', 'that moment {$memory}',
    'the {partOfDay} {$memory}',
  ],
  // Picking up a thing of the scene the other just named ("the trellis").
  'topic.warm': [
    'I am so glad you mentioned {$topic}', '{$topic} always makes me smile', 'I have a soft spot for {$topic}',
    '{person} and I love {$topic}', 'I walked past {$topic} {past}', 'I {topicDid} {$topic} {past}', 'oh, {$topic}, yes',
    '{$topic} is a favourite of mine', 'you and your {topicNoun}', 'I could talk about {$topic} all day',
    '{person} fusses over {$topic} too', 'I sketched {$topic} once', '{$topic} looked {warmAdj} {past}',
  ],
  topicNoun: ['stories', 'news', 'plans', 'eye for detail', 'good taste', 'projects'],
  'topic.neutral': [
    'funny you should mention {$topic}', 'I was looking at {$topic} {past}', '{$topic}, now there is a subject',
    '{person} was asking about {$topic} too', 'I {topicDid} {$topic} {past}', 'who last saw to {$topic}?',
    'speaking of {$topic}, {person} has opinions', '{$topic} again', 'I have thoughts on {$topic}',
    'ask {person} about {$topic}', '{$topic} keeps coming up',
  ],
  'topic.cold': [
    'enough about {$topic}', 'I am sick of {$topic}', '{$topic}, of all things', 'why is it always {$topic} with you?',
    'forget {$topic}', 'nobody wants to hear about {$topic}', '{$topic} can wait forever', 'not {$topic} again',
  ],
  topicDid: ['looked at', 'walked past', 'checked on', 'had a peek at', 'stood by', 'sat near', 'passed', 'saw', 'visited'],
  // Picking up any other word of the incoming line, quoted, since it may be any part of speech.
  'echo.warm': [
    'you said {$echo}, what {aWarmAdj} word', 'you said {$echo}, and I smiled', 'I love that you said {$echo}',
    'oh, {$echo}, yes, I am glad you said it',
  ],
  'echo.neutral': [
    '{$echo}, you say', 'hm, {$echo}, let me think', "you said {$echo}, didn't you?", 'so, {$echo}, is it?',
  ],
  'echo.cold': [
    '{$echo}, seriously?', 'I stopped listening at {$echo}', 'you said {$echo}, how {coldAdj}', 'ugh, {$echo}, honestly',
  ],
} satisfies RuleSet;

/**
 * A remembered exchange with the listener about a thing of the scene, by kind of exchange, as a clause
 * that follows "the time" or "when": `{topic}` is the thing ("the day we worked on the trellis").
 */
export const MEMORY_TOPIC_CLAUSES = {
  greeting: ['we met by {topic}', 'you said hello by {topic}', 'we bumped into each other near {topic}'],
  chat: [
    'we talked about {topic}', 'you told me about {topic}', 'we chatted about {topic}', 'you mentioned {topic}',
    'we got talking about {topic}',
  ],
  collaboration: [
    'we worked on {topic}', 'we fixed up {topic}', 'we tackled {topic}', 'you helped me with {topic}',
    'we saw to {topic} together',
  ],
  conflict: [
    'we argued about {topic}', 'we fell out over {topic}', 'you got cross about {topic}', 'we quarrelled over {topic}',
  ],
} as const;

/** How a remembered line of the listener's is introduced: "the day you told me “…”". */
export const QUOTE_INTROS = [
  'you said', 'you told me', 'you went', 'you answered', 'your words were', 'you came out with', 'you replied',
] as const;
