import type { RuleSet } from '../grammar.ts';

/** Core sentences for a greeting, by mode and tone (warm / neutral / cold): a hello and what follows it. */
export const GREETING_RULES = {
  'greeting.initiate.warm': [
    '{greetWord.warm}, {greetTail.warm}', '{greetWord.warm}, {greetTail.warm}', '{greetWord.warm}, {greetTail.warm}',
    '{greetWord.warm}, {greetTail.warm}', '{greetWord.warm}, {greetTail.warm}', '{greetWord.warm}, {greetTail.warm}',
    '{greetWord.warm}', 'what {aWarmAdj} surprise to find you {place}',
  ],
  'greeting.initiate.neutral': [
    '{greetWord.neutral}, {greetTail.neutral}', '{greetWord.neutral}, {greetTail.neutral}',
    '{greetWord.neutral}, {greetTail.neutral}', '{greetWord.neutral}', "how's the {partOfDay} treating you?",
    'fancy meeting you {place}',
  ],
  'greeting.initiate.cold': [
    '{greetWord.cold}, {greetTail.cold}', '{greetWord.cold}, {greetTail.cold}', '{greetWord.cold}, {greetTail.cold}',
    '{greetWord.cold}', 'look who finally showed up', "I'm not in the mood for visitors",
  ],
  'greeting.reply.warm': [
    '{greetWord.warm}, {greetBack.warm}', '{greetWord.warm}, {greetBack.warm}', '{greetWord.warm}, {greetBack.warm}',
    '{greetWord.warm}', 'good {dayGreeting} to you too',
  ],
  'greeting.reply.neutral': [
    '{greetWord.neutral}, {greetBack.neutral}', '{greetWord.neutral}, {greetBack.neutral}',
    '{greetWord.neutral}, {greetBack.neutral}', '{greetWord.neutral}',
  ],
  'greeting.reply.cold': [
    '{greetWord.cold}, {greetBack.cold}', '{greetWord.cold}, {greetBack.cold}', '{greetWord.cold}, {greetBack.cold}',
    '{greetWord.cold}', 'what now?',
  ],
  'greeting.reply.warm.gloomy': [
    '{greetWord.warm}, {cheerUp}', '{greetWord.warm}, {cheerUp}', 'oh dear, bad {partOfDay}?', 'hello, what is the matter?',
  ],
  'greeting.reply.neutral.gloomy': ['{greetWord.neutral}, {cheerUp}', 'hello, what is wrong?', 'hm, hello, rough {partOfDay}?'],
  cheerUp: [
    'cheer up', 'bad {partOfDay}?', 'you look as if you need {food}', 'sit down a moment', 'what is the matter?',
    'come and have some {food}', 'it cannot be that bad', 'I am glad to see you anyway', 'who upset you?',
  ],
  'greetWord.warm': [
    'hello', 'hi', 'hey', 'good {dayGreeting}', 'there you are', 'oh, hello', 'well, hello', 'hiya', 'hello, hello', 'hey you',
    'welcome, welcome', 'hi, friend', 'look who it is', 'oh, good', 'at last', 'hello, dear', 'oh, hi', 'hey there',
    'hello, stranger', 'ah, there you are', 'good to see you',
  ],
  'greetWord.neutral': [
    'hello', 'hi', 'hey', 'good {dayGreeting}', 'oh, hi', 'hello again', 'greetings', 'hi there', 'ah, hello', 'hey there',
    'well, hello then', 'oh, hello', 'afternoon', 'morning', 'evening', 'hullo',
  ],
  'greetWord.cold': [
    'you', 'hello, I guess', 'so it is you', 'oh, it is you', 'hi, whatever', 'mm, hello', 'yes, hello, what', 'you, again',
    'hello, sure', 'oh, great', 'ugh, you', 'hmph, hello', 'oh, it is you again',
  ],
  'greetTail.warm': [
    "it's {warmAdj} to see you", 'you look {warmAdj} {time}', 'I kept a seat for you {place}', 'I saved you some {food}',
    'what {aWarmAdj} surprise', 'I love bumping into you {place}', 'come and sit with me {place}',
    'I have {warmAdj} news about {thing}', 'I was hoping you would come', 'guess what, {person} {deed}',
    'come and see {thing}', 'I was just telling {person} about you', '{sight}, come and look',
    'there is {food} {place} if you want some', 'I was {doing} and thought of you', 'you crossed my mind {past}',
    'how are you keeping?', 'did you sleep well?', 'have you eaten?', 'you are just in time', 'I was looking for you',
    'what brings you {place}?', 'how is your {partOfDay} going?', 'sit down, sit down',
  ],
  'greetTail.neutral': [
    'are you headed {place}?', 'have you been {place} {time}?', 'busy {partOfDay}?', 'any news about {thing}?',
    'did you just come from {spot}?', 'I just passed {spot}', 'is this seat free?', 'what brings you {place}?',
    'have you seen {person}?', 'do you know who moved {thing}?', 'I was {doing}', '{sight}, did you notice?',
    'were you looking for {person}?', 'I thought I saw you {place}', 'is {person} about?', 'how are things?',
    'mind if I join you?', 'quiet {partOfDay}', 'any plans?', 'on your way somewhere?', 'do you have a minute?',
    'long time no see',
  ],
  'greetTail.cold': [
    "it's you", 'you again, {place} of all places', "I'm busy with {thing}", 'make it quick', 'what now?',
    'I had the quiet {place} to myself', 'you turned up {place}, how {coldAdj}', 'I was {doing}, and now this',
    'I suppose {person} sent you', 'I was just leaving', 'if this is about {thing}, I am not interested', 'what is it this time?',
    'why are you always {place} when I am?', 'I have {thing} to deal with', 'keep it short', 'I am not stopping',
  ],
  'greetBack.warm': [
    "it's {warmAdj} to see you too", 'thanks for saying hello', 'you came, how nice', 'come and share my {food}',
    "I'm so glad you came over {place}", 'I was hoping to see you', 'sit down, I saved you a spot {place}', 'you look {warmAdj}',
    'I was just {doing}, come and help', 'what {aWarmAdj} surprise', 'you are just the person I wanted',
    'I was about to come and find you', 'how lovely you stopped', 'come here, you', 'you made my {partOfDay}',
    'I have {food} on the go', 'I heard {person} {deed}', 'thank you for coming', 'you brighten {sceneSpot}',
  ],
  'greetBack.neutral': [
    'same to you', 'I am heading {place}', 'long {partOfDay} so far', 'I was miles away', 'I stopped by {spot}',
    'have we met?', 'I was {doing}', 'are you looking for {person}?', 'I just came from {spot}', 'is it that time already?',
    'how are things?', 'not bad, you?', 'busy, busy', 'I was just leaving {spot}', 'did {person} find you?',
    'I did not see you there', 'you made me jump', 'good timing',
  ],
  'greetBack.cold': [
    'what is it?', 'no need to shout', 'make it quick', 'I was in the middle of something {place}', 'I have no time for chatter',
    "that's {aColdAdj} greeting", 'I am {doing}, go away', 'if {person} sent you, the answer is no', 'I was enjoying the quiet',
    'I heard you', 'what do you want?', 'you again', 'not now',
  ],
} satisfies RuleSet;
