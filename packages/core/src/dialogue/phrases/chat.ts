import type { RuleSet } from '../grammar.ts';

/**
 * Core sentences for small talk, by mode and tone. Most are built from short parts around the scene's
 * things, people and deeds (a lead, a thing, a tail; who did what, and when), so that hundreds of lines
 * rarely repeat a phrase; whole sentences are the seasoning.
 */
export const CHAT_RULES = {
  'chat.initiate.warm': [
    '{seeLead.warm} {thing}{seeTail.warm}', '{seeLead.warm} {thing}{seeTail.warm}', '{sawLead.warm} {thing} {deedWhen}{sawTail.warm}',
    '{sawLead.warm} {thing} {deedWhen}{sawTail.warm}', '{newsLead.warm} {person} {deed}{newsTail.warm}',
    '{newsLead.warm} {person} {deed}{newsTail.warm}', '{newsLead.warm} {person} {deed}{newsTail.warm}',
    'I {deed} {deedWhen}{doneTail.warm}', 'I {deed} {deedWhen}{doneTail.warm}', '{sight}{sightTail.warm}', '{sight}{sightTail.warm}',
    'I left some {food} {place}{foodTail.warm}', '{person} {gave} me {food}{giftTail}', '{praiseThing} {thing}{praiseTail.warm}',
  ],
  gave: ['gave', 'baked', 'brought', 'saved', 'sent', 'left', 'made'],
  giftTail: ['', ' {past}', ', want some?', ', shall we share?', ' for us both', ', still warm', ', there is plenty'],
  praiseThing: [
    'whoever looks after', 'somebody has been loving', 'everyone keeps admiring', 'the light is perfect on', 'I could paint',
    'I wrote a little poem about', 'the best thing here is', 'I never tire of',
  ],
  'praiseTail.warm': ['', ' {time}', ', truly', ', honestly', ', it is {warmAdj}', ', just look', ', is it not {warmAdj}?'],
  'chat.initiate.neutral': [
    '{seeLead.neutral} {thing}{seeTail.neutral}', '{sawLead.neutral} {thing} {past}{sawTail.neutral}',
    '{hearsayLead} {thing}{hearsayTail}', '{hearsayLead} {thing}{hearsayTail}',
    '{newsLead.neutral} {person} {deed}{newsTail.neutral}', '{newsLead.neutral} {person} {deed}{newsTail.neutral}',
    '{askLead} {thing}{askTail}', '{askLead} {thing}{askTail}', 'I spent the {partOfDay} {doing}', '{sight}{sightTail.neutral}',
    'who {deed}{askTail}', 'I counted {number} {countNoun} {place}',
  ],
  'chat.initiate.cold': [
    '{seeLead.cold} {thing}{seeTail.cold}', '{seeLead.cold} {thing}{seeTail.cold}', '{sawLead.cold} {thing} {past}{sawTail.cold}',
    '{sawLead.cold} {thing} {past}{sawTail.cold}', '{newsLead.cold} {person} {deed}{newsTail.cold}',
    '{newsLead.cold} {person} {deed}{newsTail.cold}', '{sight}{sightTail.cold}', '{sight}{sightTail.cold}',
    '{oneThing} is {intensifier} {coldAdj} {time}', '{oneThing} is {intensifier} {coldAdj} {time}',
    'I spent the {partOfDay} {doing}, and nobody helped', 'nothing ever happens {place}', '{person} {complains}{complainTail}',
  ],
  complains: [
    'keeps moaning about {thing}', 'will not stop talking about {thing}', 'left {thing} in a mess', 'borrowed {belonging} again',
    'took my spot {place}', 'has been fussing over {thing}', 'blocked the way {place}', 'lost {thing}',
  ],
  complainTail: ['', ' {past}', ', ugh', ', again', ', typical', ', how {coldAdj}', ' and never said sorry'],
  'chat.reply.warm': [
    '{chatReact.warm}, {chatFollow.warm}', '{chatReact.warm}, {chatFollow.warm}', '{chatReact.warm}, {chatFollow.warm}',
    '{chatReact.warm}, {chatFollow.warm}', '{chatReact.warm}',
  ],
  'chat.reply.neutral': [
    '{chatReact.neutral}, {chatFollow.neutral}', '{chatReact.neutral}, {chatFollow.neutral}',
    '{chatReact.neutral}, {chatFollow.neutral}', '{chatReact.neutral}',
  ],
  'chat.reply.cold': [
    '{chatReact.cold}, {chatFollow.cold}', '{chatReact.cold}, {chatFollow.cold}', '{chatReact.cold}, {chatFollow.cold}',
    '{chatReact.cold}',
  ],
  // A reply about the thing the other just named ("the trellis"): rule `{type}.reply.{tone}.topic`.
  'chat.reply.warm.topic': [
    '{$topic}, {topicFollow.warm}', 'oh, {$topic}, {topicFollow.warm}', '{chatReact.warm}, {$topic} {topicState.warm}',
    'I love {$topic}, {topicFollow.warm}', '{chatReact.warm}, {topicFollow.warm}',
  ],
  'chat.reply.neutral.topic': [
    '{$topic}, right, {topicFollow.neutral}', '{chatReact.neutral}, {$topic} {topicState.neutral}',
    'about {$topic}, {topicFollow.neutral}', '{$topic}, {topicFollow.neutral}',
  ],
  'chat.reply.cold.topic': [
    '{$topic} again, {topicFollow.cold}', 'ugh, {$topic}, {topicFollow.cold}', '{chatReact.cold}, {$topic} {topicState.cold}',
  ],
  // A reply that picks up another word of the incoming line (any part of speech): `.echo`.
  'chat.reply.warm.echo': [
    'you said {$echo}, {chatFollow.warm}', '{chatReact.warm}, {$echo} indeed', '{$echo}, how {warmAdj}', 'oh, {$echo}, I love it',
  ],
  'chat.reply.neutral.echo': [
    '{$echo}, you say, {chatFollow.neutral}', 'you said {$echo}, {chatFollow.neutral}', '{chatReact.neutral}, {$echo}, is it?',
  ],
  'chat.reply.cold.echo': ['{$echo}, really, {chatFollow.cold}', 'I stopped listening at {$echo}', 'you and your {$echo}'],
  // A reply to a complaint ("ugh, the drain is blocked again") sympathises rather than cheers: `.gloomy`.
  'chat.reply.warm.gloomy': ['{sympathy.warm}, {comfort.warm}', '{sympathy.warm}, {comfort.warm}', '{sympathy.warm}'],
  'chat.reply.neutral.gloomy': ['{sympathy.neutral}, {comfort.neutral}', '{sympathy.neutral}, {comfort.neutral}', '{sympathy.neutral}'],
  'sympathy.warm': [
    'oh no', 'oh dear', 'poor you', 'what a shame', 'oh, what a pity', 'how trying for you', 'never mind', 'oh, bless you',
    'that does sound trying', 'I am sorry to hear it', 'oh, you poor thing', 'how horrid', 'oh, that is rotten luck',
    'oh, goodness', 'that sounds tiresome', 'you poor dear', 'oh, how vexing', 'that is a nuisance', 'I feel for you',
    'what bad luck', 'oh, how annoying for you',
  ],
  'comfort.warm': [
    'let me make you some {food}', 'it will look better {time}', 'I will have a word with {person}', 'come and sit {place}',
    'we can sort it out together', 'tomorrow will be better', 'shall I help?', 'I know the feeling',
    "don't let it spoil your {partOfDay}", '{person} can fix it', "let's take a walk {place}", 'that would get to me too',
    'have some {food}, it helps', 'I will give you a hand', 'you deserve a better {partOfDay}', 'cheer up, I am here',
  ],
  'sympathy.neutral': [
    'that is a pity', 'hm, not ideal', 'oh dear', 'that happens', 'shame', 'bad luck', 'well, never mind',
    'these things happen', 'hm, annoying', 'ah well',
  ],
  'comfort.neutral': [
    'ask {person}', 'it will pass', 'maybe tell {person}', 'I would leave it', 'give it a day', 'not much to be done',
    'someone will see to it', 'it was bound to happen', 'it will sort itself out', 'try again after {food}',
  ],
  'seeLead.warm': [
    'I love', 'look at', 'I adore', 'come and see', 'have you seen', 'I am so fond of', 'just look at',
    'I could gaze at', 'everyone admires', 'I keep smiling at', 'you must see', 'nothing beats', 'I am proud of',
  ],
  'seeTail.warm': [
    ' {time}', ', so {warmAdj}', ', it looks {warmAdj}', ', you would love it', ' {time}, it is {warmAdj}',
    ' in this light', ', isn\'t it {warmAdj}?', ', what a sight', ' from here', '',
  ],
  'sawLead.warm': [
    'I sketched', 'I painted', 'I admired', 'I photographed', 'I sat by', 'I smiled at', '{person} showed me',
    'I found', 'I spotted', 'I stopped to admire', 'I lingered by',
  ],
  'sawTail.warm': [
    '', ', so {warmAdj}', ', and thought of you', ' with {person}', ' for an hour', ' on the way to {spot}', ', you would have loved it',
    ', it looked {warmAdj}',
  ],
  'seeLead.neutral': [
    'what about', 'have you looked at', 'someone should see to', 'I need to measure', 'I keep an eye on',
    'nobody mentions', 'I have questions about', 'I wonder about', 'we should talk about', 'let me tell you about',
  ],
  'seeTail.neutral': ['', ' {time}', ', by the way', ', if you have a minute', ' for {person}', ', at some point'],
  'sawLead.neutral': [
    'I walked past', 'I looked at', 'I measured', 'I checked', 'I moved', 'I found', 'I noticed', 'I tripped over',
    'I sat beside', '{person} asked about', 'I studied', 'I stood by',
  ],
  'sawTail.neutral': ['', ' on the way to {spot}', ', twice', ' while {person} watched', ' for {person}', ', as asked', ', for once'],
  'seeLead.cold': [
    'I hate', 'I am sick of', 'I cannot stand', 'nobody ever fixes', 'ugh, look at', '{person} keeps fussing over',
    'I am tired of', 'I have had enough of', 'who even likes', 'I despise',
  ],
  'seeTail.cold': [' {time}', ', how {coldAdj}', ', ugh', ', what {aColdAdj} mess', ', typical', ', it is {coldAdj}', ''],
  'sawLead.cold': [
    'I tripped over', 'I kicked', 'somebody ruined', 'they botched', 'I wasted an hour on', 'someone spilled {food} on',
    'I had to move', 'I had to sweep round',
  ],
  'sawTail.cold': ['', ', how {coldAdj}', ', ugh', ', and nobody cared', ', and {person} laughed', ', typical'],
  hearsayLead: [
    'someone moved', 'they are repainting', 'there is a rumour about', 'somebody left a note on', 'nobody knows who owns',
    '{person} wants to move', 'they might close', 'someone keeps asking after', '{person} is worried about',
    'they are selling', 'someone wants to photograph', 'there is a fuss about',
  ],
  hearsayTail: ['', ', apparently', ', or so I heard', ', according to {person}', ', so they say', ', if you believe {person}'],
  'newsLead.warm': [
    'guess what,', 'good news,', 'oh,', 'look,', 'so,', 'hooray,', 'at last,', 'I must say,', 'wonderful,', 'listen,',
    'you will never guess:', 'oh, and', 'did you know', 'best news:', 'well,', 'fancy this:',
  ],
  'newsTail.warm': [
    '', ' {past}', ' {deedWhen}', ' for us', ', bless them', ' all by themselves', ' {past}, and it looks {warmAdj}', ', how {warmAdj}',
    ' without being asked', ' for everyone', ' in no time', ', just like that', ' before anyone else', ', and sang while doing it',
    ' with {person}', ' as a surprise',
  ],
  'newsLead.neutral': ['apparently', 'so', 'it seems', 'word is', 'I hear', 'it turns out', 'look,', 'right,'],
  'newsTail.neutral': ['', ' {past}', ' {deedWhen}', ', or so they say', ' while I was {place}', ', finally', ' without asking', ' for {person}'],
  'newsLead.cold': ['of course', 'typical,', 'ugh,', 'naturally', 'great,', 'so'],
  'newsTail.cold': [
    ' {past}', ', badly', ' and made it worse', ' without asking anyone', ', how {coldAdj}', ' and wants a medal',
    ' and left a mess {place}', '',
  ],
  'doneTail.warm': [
    '', ', it looks {warmAdj}', ', come and see', ', with a little help', ' and hummed the whole time', ', and {person} clapped',
    ', and I am so pleased', ', for the first time', ', just for fun', ', and it was a joy', ', with {person} watching',
    ', and it went {intensifier} well', ', all by myself', ', before anyone woke',
  ],
  'sightTail.warm': [', isn\'t it {warmAdj}?', ', I love it', ', come and see', ' {time}', ', how {warmAdj}', ''],
  'sightTail.neutral': [', did you notice?', ', have you seen?', ' {time}', ', as usual', ', I wonder why', ''],
  'sightTail.cold': [', and it drives me mad', ', how {coldAdj}', ', ugh', ', and nobody does a thing', ' again'],
  'foodTail.warm': [', have some', ', come and try it', ', help yourself', ' for you', ', still warm'],
  askLead: [
    'have you seen', 'what do you make of', 'any news about', 'who moved', 'what happened to', 'is anyone using',
    'did {person} finish with', 'do you remember', 'who owns', 'who looks after', 'have you heard about',
  ],
  askTail: ['?', '?', ' lately?', ', do you know?', ' {place}?'],
  'chatReact.warm': [
    'oh, I love that', 'how {warmAdj}', 'ha, yes', 'oh, how {warmAdj}', 'aw, really', 'oh, that is {warmAdj}', 'goodness',
    'yes, exactly', 'oh, wonderful', 'that is {intensifier} {warmAdj}', 'really', 'oh, lovely', 'ha', 'fancy that',
    'that sounds {warmAdj}', 'oh my', 'marvellous', 'lovely', 'how nice', 'oh, splendid', 'well done them', 'yes',
    'oh, good', 'brilliant', 'aw', 'what a treat', 'oh, hooray', 'how funny', 'you do make me laugh', 'bless them',
    'that is the best news', 'oh, at last', 'well I never', 'ooh', 'gosh', 'how exciting', 'you are right', 'isn\'t it just',
    'wonderful', 'quite right', 'my goodness', 'oh, well done', 'good for them', 'how clever', 'delightful', 'hurrah',
    'what luck', 'oh, bravo', 'ah, lovely', 'isn\'t that nice', 'how wonderful', 'the dears', 'oh, marvellous',
  ],
  'chatFollow.warm': [
    'tell me more', 'I had no idea', "let's talk over {food}", 'we should go and see', 'I will tell {person}',
    'I saw {person} {doing} {past}', 'I was {place} {past} too', 'shall we walk over?', 'and {sight}, too',
    'you notice everything', 'that made my {partOfDay}', '{person} will be pleased', 'I must thank {person}',
    'you always know the news', 'I was just {doing}', 'it deserves it', 'what a {partOfDay}', 'I bet {person} is thrilled',
    'we should celebrate with {food}', 'I love that for us', 'my {partOfDay} just got better', 'I knew it would',
    'you tell it so well', 'now I want to see', 'I was hoping for that', 'and about time', 'I will bake {food} to celebrate',
    'come and show me', 'you have a good eye', 'that is so like {person}', 'I am grinning now', 'let us go together',
    'I heard the same from {person}', 'I could hug them', 'it needed some love', 'I will walk past it {time}',
    'I want all the details', 'who would have thought', 'I told you it would happen', 'that is the spirit',
    'I could dance', 'I will spread the word', 'we will have to celebrate', 'you always bring good news',
    'I am so pleased for them', 'that calls for {food}', 'it has been a long time coming', 'I must go and look',
    'you have made me smile', 'what a turn-up', 'everyone will be delighted', 'let me tell {person}',
  ],
  'chatReact.neutral': [
    'huh', 'is that so', 'I see', 'hm', 'really', 'maybe', 'could be', 'right', 'interesting', 'oh', 'fair enough',
    'noted', 'if you say so', 'mm', 'ah', 'okay', 'well', 'indeed', 'perhaps', 'strange', 'curious', 'is it', 'go on',
    'oh yes', 'hmm', 'possibly', 'right then', 'you think so',
  ],
  'chatFollow.neutral': [
    "I hadn't heard", 'I will have a look', 'since when?', 'who told you?', 'I will ask {person}',
    'I was {place} {past} and saw nothing', 'I thought {person} {deed}', 'I was busy {doing}', 'and {sight}, did you see?',
    'what about {thing}?', 'that explains {thing}', 'I heard it from {person} too', 'not my business, really',
    'I was just {doing}', 'we will see', 'it happens', 'is {person} sure?', 'I must have missed it', 'odd timing',
    'I had other things on', 'let me think', 'that is news to me', 'what next?', 'did anyone ask {person}?',
    'I will believe it when I see it', 'it was bound to happen', 'I thought as much', 'who would have guessed',
    'tell {person}, not me', 'and then what?', 'it makes sense, I suppose', 'I never noticed',
  ],
  'chatReact.cold': [
    'ugh', 'wrong', 'boring', 'not again', 'who asked', 'seriously', 'pfft', 'oh, stop', 'as if', 'so what', 'yawn',
    'sure, whatever', 'meh', 'spare me', 'enough', 'nonsense', 'rubbish', 'how tedious', 'big deal',
    'oh, dull', 'how dreary', 'if you say so', 'hardly news', 'sigh',
  ],
  'chatFollow.cold': [
    "that's {coldAdj}", "you're wrong about {thing}", 'you sound {coldAdj}', 'stop talking about {thing}', 'I stopped listening',
    'nobody {place} wants to hear it', 'go and tell {person}', 'I was busy {doing}', 'who gives a fig what {person} thinks',
    'I have heard enough', 'leave me out of it', 'and why would I listen?', 'tell someone else', 'I have {thing} to deal with',
    'is that all?', 'what {aColdAdj} story', 'I could not care less', 'talk to {person}, not me', 'it will not last',
    'give it a week', 'I saw it, it is {coldAdj}', 'everyone knows that already', 'what a waste of {partOfDay}',
    'you always say that', 'it was never broken', 'who even asked them', 'nobody wanted that', 'it will not help',
    'what a fuss', 'as if I would listen', 'keep it to yourself', 'I heard, and I was bored',
  ],
  'topicFollow.warm': [
    'I was there {past}', 'it looks {warmAdj} {time}', '{person} loves it too', 'we should go and see it',
    'I have always liked it', 'I walked past it {past}', 'I sat by it {past}', 'I showed it to {person} {past}',
    'it is my favourite thing here', 'I could look at it all day', 'I took {person} to see it', 'it has such charm',
    'I have a soft spot for it', 'it never fails to cheer me', 'I sketched it once', 'I was admiring it {past}',
    'it has been there for ever', 'it suits this place', 'what a thing it is', 'I know every inch of it',
    '{person} told me its story', 'I would miss it if it went', 'it caught my eye {past}', 'I wrote a poem about it',
    'it makes me smile every time',
  ],
  'topicFollow.neutral': [
    'I saw it {past}', 'I thought {person} had it', 'it has been like that for weeks', 'what about it?',
    'I will ask {person} about it', 'I looked at it {past}', 'it needs a look', '{person} was asking too',
  ],
  'topicFollow.cold': ['who gives a fig', 'leave it alone', 'talk to {person} about it, not me', 'I am sick of hearing about it', 'spare me'],
  'topicState.warm': ['is {intensifier} {warmAdj}', 'looks {warmAdj} {time}', 'is my favourite', 'never fails to cheer me'],
  'topicState.neutral': ['is still there, I think', 'has seen better days', 'looked the same to me', 'needs a look'],
  'topicState.cold': ['is {coldAdj}', 'was always {coldAdj}', 'can stay {coldAdj} for all I care'],
} satisfies RuleSet;
