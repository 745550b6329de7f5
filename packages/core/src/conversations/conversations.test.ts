import { describe, expect, it } from 'vitest';
import { EMOTION_CENTRES, moodLabel } from '../affect/index.ts';
import { forbiddenWords, sceneFactsOf } from '../dialogue/scene/facts.ts';
import { isEventOfType } from '../events/index.ts';
import { ECO, character, seed, testDeps } from '../interactions/test-support.ts';
import type { BigFive } from '../model.ts';
import { createRandom } from '../random/index.ts';
import { createSentimentAnalyzer } from '../sentiment/index.ts';
import { intervene } from '../scenarios/intervention.ts';
import { simulate } from '../scenarios/simulation.ts';
import { startScenario } from '../scenarios/start.ts';
import { runTurn } from '../scenarios/turn.ts';
import { transcriptOf } from '../scenarios/transcript.ts';
import type { TranscriptLine } from '../scenarios/transcript.ts';
import type { Character, Conversation, Scenario } from '../model.ts';
import { objectiveThings } from '../dialogue/acts/objective-things.ts';
import { DIALOGUE_QUALITY_SCENES, wordPairs } from '../../testing/dialogue-scenes.ts';
import { acceptChance, replyAct } from './acts.ts';
import { speakTurn } from './conversation.ts';
import { planTurn, scenarioTopics } from './director.ts';
import { emotionOfLine } from './line-emotion.ts';
import { readMessage } from './message.ts';
import { topicsOf } from './topics.ts';

const AVERAGE: BigFive = {
  openness: 0.5,
  conscientiousness: 0.5,
  extraversion: 0.5,
  agreeableness: 0.5,
  neuroticism: 0.5,
};

function byConversation(lines: readonly TranscriptLine[]): TranscriptLine[][] {
  const groups = new Map<string, TranscriptLine[]>();
  for (const l of lines) {
    if (l.conversationId === undefined) continue;
    groups.set(l.conversationId, [...(groups.get(l.conversationId) ?? []), l]);
  }
  return [...groups.values()];
}

describe('conversations', () => {
  it('answers every question within its conversation, about the same topic', async () => {
    const result = await simulate({ characters: 7, turns: 150, seed: 5, mood: 'festive' });
    let asks = 0;
    for (const conv of byConversation(result.transcript)) {
      conv.forEach((line, i) => {
        if (line.act !== 'ask') return;
        asks += 1;
        const next = conv[i + 1];
        expect(next?.act).toBe('answer');
        expect(next?.topic).toBe(line.topic);
      });
    }
    expect(asks).toBeGreaterThan(10);
  });

  it('accepts or declines a proposal by personality: the agreeable and open say yes more often', () => {
    const warm = { personality: { ...AVERAGE, agreeableness: 0.95, openness: 0.9 }, strength: 0.3, energy: 0.8 };
    const cold = { personality: { ...AVERAGE, agreeableness: 0.05, openness: 0.1 }, strength: -0.3, energy: 0.3 };
    expect(acceptChance(warm)).toBeGreaterThan(0.85);
    expect(acceptChance(cold)).toBeLessThan(0.3);
    const count = (ctx: typeof warm, act: string) => {
      const random = createRandom(9);
      let n = 0;
      for (let i = 0; i < 400; i++) if (replyAct('propose', ctx, random) === act) n += 1;
      return n;
    };
    expect(count(warm, 'accept')).toBeGreaterThan(count(cold, 'accept') * 2);
    expect(count(cold, 'decline')).toBeGreaterThan(count(warm, 'decline') * 2);
  });

  it("reads a participant's question for its act and topic", () => {
    const topics = topicsOf([{ id: 'o1', text: 'finish the festival lanterns' }], sceneFactsOf('the quay at dusk'));
    expect(readMessage('Wen, did you take the lanterns?', topics, ['Wen Li'])).toMatchObject({
      act: 'ask',
      topic: { objectiveId: 'o1' },
    });
    expect(readMessage('Hello everyone!', topics)).toMatchObject({ act: 'greet' });
    expect(readMessage('Where is the old bell rope?', topics)).toMatchObject({
      act: 'ask',
      topic: null,
      subject: 'the old bell rope',
    });
  });

  it("answers a participant's question about its topic", async () => {
    const { deps, store } = testDeps({ seed: 4 });
    await seed(store, character('wen', 'Wen'), character('ada', 'Ada'), character('bo', 'Bo'));
    const { scenario } = await startScenario(deps, {
      ecosystemId: ECO,
      title: 'Festival of Tides',
      setting: 'the harbour quay at dusk',
      mood: 'festive',
      objectives: ['finish the festival lanterns'],
      participantIds: ['wen', 'ada', 'bo'],
      durationMinutes: 60,
      speed: 1,
      seed: 2,
    });
    for (const [message, word] of [
      ['Wen, did you take the lanterns?', 'lanterns'],
      ['Wen, where is the old bell rope?', 'bell rope'],
    ] as const) {
      const result = await intervene(deps, scenario.id, { userName: 'Sam', message, targetCharacterId: 'wen' });
      expect(result.responses[0]!.response.toLowerCase()).toContain(word);
    }
    const after = (await store.getScenario(scenario.id))!;
    expect(after.conversations?.some((c) => c.userNames.includes('Sam'))).toBe(true);
  });

  it('says no morning words at dusk or at night, and no sky indoors', async () => {
    for (const setting of [
      'the harbour quay at dusk',
      'the old observatory at midnight',
      'the town hall, the night before the vote',
    ]) {
      const result = await simulate({ characters: 6, turns: 120, seed: 3, mood: 'festive', setting });
      const banned = forbiddenWords(sceneFactsOf(setting, result.scenario.title));
      expect(banned).toContain('morning');
      for (const line of result.transcript) {
        const text = ` ${(line.text.toLowerCase().match(/[a-z']+/g) ?? []).join(' ')} `;
        for (const word of banned) expect(text.includes(` ${word} `), `${word} in "${line.text}"`).toBe(false);
      }
    }
  });

  it("tags each line with an emotion whose valence agrees with the line's sentiment", async () => {
    expect(emotionOfLine('complain', -0.5)?.name).toBe('distress');
    expect(emotionOfLine('thank', 0.6)?.name).toBe('gratitude');
    expect(emotionOfLine('inform', 0.02)).toBeNull();
    const sentiment = createSentimentAnalyzer();
    const result = await simulate({ characters: 6, turns: 120, seed: 8, mood: 'tense' });
    for (const line of result.transcript) {
      const s = sentiment.score(line.text);
      const v = line.emotion ? EMOTION_CENTRES[line.emotion as keyof typeof EMOTION_CENTRES].pleasure : 0;
      if (Math.abs(s) >= 0.1) expect(Math.sign(v), line.text).toBe(Math.sign(s));
      else expect(line.emotion).toBeNull();
    }
  });

  it('moves objectives to done, emits progress and completion, and can end the scenario when all are done', async () => {
    const { deps, store, clock } = testDeps({ seed: 6 });
    await seed(store, character('a', 'Ada'), character('b', 'Bo'), character('c', 'Cy'), character('d', 'Dee'));
    const { scenario } = await startScenario(deps, {
      ecosystemId: ECO,
      title: 'Barn raising',
      setting: 'the Okafor farm',
      mood: 'collaborative',
      objectives: ['build the frame', 'plan the roof together'],
      endWhenObjectivesDone: true,
      participantIds: ['a', 'b', 'c', 'd'],
      durationMinutes: 1000,
      speed: 1,
      seed: 6,
    });
    let outcome = await runTurn(deps, scenario.id);
    for (let i = 0; i < 300 && outcome.kind !== 'ended' && outcome.scenario.status === 'running'; i++) {
      clock.advance(60_000);
      outcome = await runTurn(deps, scenario.id);
    }
    const final = (await store.getScenario(scenario.id))!;
    expect(final.objectives.every((o) => o.state === 'done' && o.progress === 1)).toBe(true);
    expect(final).toMatchObject({ status: 'ended', endReason: 'objectives_done' });
    const events = await store.listEvents(ECO, 0, 100_000);
    expect(events.filter((e) => e.type === 'objective_completed')).toHaveLength(2);
    expect(events.some((e) => e.type === 'objective_progressed')).toBe(true);
    const moved = events.find(
      (e) => isEventOfType(e, 'character_interaction') && (e.data.objectives_moved?.length ?? 0) > 0,
    );
    expect(moved).toBeDefined();
  });

  it('replays the same transcript from the same seed, and another from another seed', async () => {
    const options = {
      characters: 6,
      turns: 80,
      mood: 'playful' as const,
      setting: 'the back room of the inn in the evening',
    };
    const a = await simulate({ ...options, seed: 11 });
    const b = await simulate({ ...options, seed: 11 });
    const c = await simulate({ ...options, seed: 12 });
    expect(b.transcript).toEqual(a.transcript);
    expect(c.transcript).not.toEqual(a.transcript);
  });

  it('keeps conversations 2–5 strong, some with three or more speakers, lines never repeated within one', async () => {
    const result = await simulate({ characters: 8, turns: 200, seed: 2, mood: 'calm' });
    const convs = byConversation(result.transcript);
    const speakers = convs.map((c) => new Set(c.map((l) => l.speakerId)).size);
    expect(Math.max(...speakers)).toBeLessThanOrEqual(5);
    expect(speakers.filter((n) => n >= 3).length / convs.length).toBeGreaterThanOrEqual(0.25);
    for (const conv of convs) expect(new Set(conv.map((l) => l.text)).size).toBe(conv.length);
  });

  it('moves moods with the scene: a festive cast is happier than a tense one, and spread over several octants', async () => {
    const festive = await simulate({ characters: 9, turns: 200, seed: 42, mood: 'festive' });
    const tense = await simulate({ characters: 9, turns: 200, seed: 42, mood: 'tense' });
    const pleasure = (r: typeof festive) => r.characters.reduce((a, c) => a + c.mood.pleasure, 0) / r.characters.length;
    expect(pleasure(festive)).toBeGreaterThan(pleasure(tense) + 0.1);
    expect(new Set(festive.characters.map((c) => moodLabel(c.mood).octant)).size).toBeGreaterThanOrEqual(3);
  });

  it('draws on the scene and the objective for its words, and keeps distinct-2 ≥ 0.6 over a 300-turn run', async () => {
    const result = await simulate({
      characters: 7,
      turns: 300,
      seed: 21,
      mood: 'festive',
      setting: 'the harbour quay at dusk',
      objectives: ['finish the festival lanterns'],
    });
    const lines = result.transcript.filter((l) => l.conversationId !== undefined);
    const text = lines.map((l) => l.text.toLowerCase()).join(' ');
    // The harbour's own things and people, and the lanterns' own things (wicks, paper shades, paste …).
    expect(text).toMatch(/\b(lobster pot|slipway|harbourmaster|net loft|mooring rope|boatyard)\b/);
    const own = objectiveThings('the festival lanterns')!;
    const aboutLanterns = lines.filter((l) => l.topic === 'the festival lanterns');
    const sayingTheirThings = aboutLanterns.filter((l) => own.some((t) => l.text.toLowerCase().includes(t)));
    // Enough lines about the lanterns to judge their words (the objective is done in about twenty).
    expect(aboutLanterns.length).toBeGreaterThanOrEqual(15);
    expect(sayingTheirThings.length).toBeGreaterThan(aboutLanterns.length / 5);
    const bigrams: string[] = [];
    for (const l of lines) {
      const w = l.text.toLowerCase().match(/[a-z']+/g) ?? [];
      for (let i = 0; i + 1 < w.length; i++) bigrams.push(`${w[i]} ${w[i + 1]}`);
    }
    expect(new Set(bigrams).size / bigrams.length).toBeGreaterThanOrEqual(0.6);
    // A line that starts with a villager's name after an opener keeps the name's capital.
    for (const l of lines) expect(l.text, l.text).not.toMatch(/^[A-Z][a-z]*, (abel|agnes|tam|nell|ivy|orla)\b/);
  });
});

describe('variety and sense of the template lines', () => {
  // Issue 11 asks for ≥ 0.6 over all lines. The sentences that bring up a memory (dialogue/recollection.ts) say
  // each memory's own thing and people, but still repeat some words the scene has heard; they come up at
  // RECOLLECTION_CHANCE (0.1: 0.609 pooled). Set phrases (hellos, goodbyes, thanks, laughs) are kept short
  // and said in the speaker's manner (acts/social.ts), which is what leaves room for them.
  it('keeps distinct-2 ≥ 0.6 pooled over ten 300-turn runs of different seeds, settings, moods and objectives', async () => {
    const pairs: string[] = [];
    for (let i = 0; i < DIALOGUE_QUALITY_SCENES.length; i++) {
      const scene = DIALOGUE_QUALITY_SCENES[i]!;
      const seed = i + 1;
      const result = await simulate({ characters: 6 + (seed % 4), turns: 300, seed, ...scene });
      pairs.push(...wordPairs(result.transcript.filter((l) => l.conversationId !== undefined).map((l) => l.text)));
    }
    expect(pairs.length).toBeGreaterThan(40_000);
    expect(new Set(pairs).size / pairs.length).toBeGreaterThanOrEqual(0.6);
  }, 60_000);

  it('reads "find the lost key" as a task: lines about the lost key are not distress for the word "lost"', async () => {
    const sentiment = createSentimentAnalyzer();
    expect(sentiment.score('Any word on the lost key?')).toBe(0);
    expect(sentiment.score("Tam's lost dog came back.")).toBe(0);
    expect(sentiment.score('I lost my key.')).toBeLessThan(0);
    const result = await simulate({
      characters: 6,
      turns: 120,
      seed: 42,
      setting: 'harbour festival at dusk',
      objectives: ['find the lost key'],
    });
    const plain = result.transcript.filter(
      (l) => l.topic === 'the lost key' && l.text.includes('lost key') && sentiment.score(l.text) === 0,
    );
    expect(plain.length).toBeGreaterThan(0);
    for (const l of plain) expect(l.emotion ?? null, l.text).toBeNull();
  });

  it('puts words beside a thing that fit it: no people varnished, no weather traded, no "proud ladder"', async () => {
    const result = await simulate({
      characters: 8,
      turns: 300,
      seed: 5,
      setting: 'the garden behind the village library',
      objectives: ['plan the harvest supper'],
    });
    const text = result.transcript.map((l) => l.text.toLowerCase()).join('\n');
    // Things' verbs on people, people's adjectives on tools and plans, owners on the weather (the engine
    // before noun kinds wrote "bolted his jolly grandfather", "proud workbench", "Winnie's sleet" here).
    const handsOn =
      '(varnished|sanded|oiled|glued|painted|stacked|polished|scrubbed|folded|washed|labelled|patched|stitched|packed|weighed|sold|traded|dropped|wrapped|dusted|hammered|sharpened|rinsed|sifted|stirred|bolted)';
    const kin =
      '(sister|baby|uncle|aunt|grandmother|grandfather|nephew|niece|cousin|brother|twins|youngest|eldest|godson|stepfather|in-laws)';
    const warm =
      '(proud|glad|happy|kind|honest|worse|generous|friendly|jolly|adorable|cute|clever|handsome|healthy|playful|tender|beloved|joyful|merry|stupid|pathetic)';
    const tools =
      '(ladder|ladders|tools|budget|plan|ledger|ledgers|toolbox|cart|nails|rope|string|paint|receipts|notes|list|lists|sketch|drawings|materials|timing|deadline|rota|workbench|invoices|accounts|schedule|inventory|wages|contract)';
    expect(text).not.toMatch(
      new RegExp(`\\b${handsOn} (the|our|your|my|his|her|their|all the|half the|\\w+'s) (\\w+ )?${kin}\\b`),
    );
    // Plans and papers are ideas (noun-kinds.ts), and an idea may be clever ("a clever contract"); a ladder may not.
    const ideas = '(budget|plan|timing|deadline|schedule|contract|accounts|wages|inventory)';
    expect(text).not.toMatch(new RegExp(`\\b(?!clever ${ideas}\\b)${warm} ${tools}\\b`));
    expect(text).not.toMatch(/\b[a-z]+'s (\w+ )?(wind|fog|drizzle|frost|sleet|breeze)\b/);
    // Nobody does a thing to their own thing by name ("Jonas had tea with Jonas's nephew").
    for (const l of result.transcript) expect(l.text).not.toMatch(/\b([A-Z][a-z]+) [a-z]+(?: [a-z]+)? \1's\b/);
  });
});

describe('the director: who speaks next, chime-ins, joining', () => {
  const SETTING = 'the harbour quay at dusk';
  const base: Scenario = {
    id: 's',
    ecosystemId: ECO,
    title: 'Quay',
    setting: SETTING,
    mood: 'calm',
    objectives: [],
    participantIds: [],
    durationMinutes: 60,
    speed: 1,
    maxTurns: null,
    seed: 1,
    status: 'running',
    turn: 10,
    addressed: [],
    startedAt: 0,
    endedAt: null,
    endReason: null,
  };
  const conv = (ids: string[], last: Conversation['last'], extra: Partial<Conversation> = {}): Conversation => ({
    id: 's.c1',
    participantIds: ids,
    topicKey: 'food',
    topic: 'the food',
    lines: 2,
    plannedLength: 12,
    last,
    userNames: [],
    openedTurn: 9,
    lastTurn: 9,
    ...extra,
  });
  const topics = scenarioTopics(base, sceneFactsOf(SETTING));
  const anyPair = () => true;
  const person = (id: string, extraversion: number, energy = 1): Character =>
    character(id, id.toUpperCase(), { personality: { ...AVERAGE, extraversion }, energy });
  const speakers = (s: Scenario, cast: Character[], seeds = 300) => {
    const count = new Map<string, number>();
    for (let i = 0; i < seeds; i++) {
      const plan = planTurn(s, cast, topics, createRandom(i), anyPair)!;
      count.set(plan.speaker.id, (count.get(plan.speaker.id) ?? 0) + 1);
    }
    return count;
  };

  it('gives the floor to whoever is addressed by name first, then to whoever was asked', () => {
    const cast = [person('a', 0.5), person('b', 0.1), person('c', 0.9)];
    const asked = conv(['a', 'b', 'c'], { speakerId: 'a', addresseeIds: ['b'], act: 'ask' });
    // Nobody named: the one asked (b, the quietest) answers, every time.
    expect(speakers({ ...base, conversations: [asked] }, cast)).toEqual(new Map([['b', 300]]));
    // Named by someone (queued in `addressed`): c speaks first, though b was asked.
    expect(speakers({ ...base, conversations: [asked], addressed: ['c'] }, cast)).toEqual(new Map([['c', 300]]));
  });

  it('otherwise gives the floor by talkativeness × energy', () => {
    const cast = [person('a', 0.5), person('talker', 0.9, 1), person('quiet', 0.1, 0.3), person('tired', 0.9, 0.16)];
    const toAll = conv(['a', 'talker', 'quiet', 'tired'], { speakerId: 'a', addresseeIds: [], act: 'inform' });
    const count = speakers({ ...base, conversations: [toAll] }, cast, 600);
    expect(count.get('a')).toBeUndefined(); // the last speaker does not speak twice in a row
    expect(count.get('talker')!).toBeGreaterThan(3 * (count.get('quiet') ?? 0));
    expect(count.get('talker')!).toBeGreaterThan(2 * (count.get('tired') ?? 0));
    expect(count.get('quiet') ?? 0).toBeGreaterThan(0);
  });

  it('lets a nearby free character chime in and join the conversation, with a reply of its own', async () => {
    const cast = [person('a', 0.5), person('b', 0.5), person('c', 0.9), person('d', 0.9)];
    const pair = conv(['a', 'b'], { speakerId: 'a', addresseeIds: ['b'], act: 'inform' }, { lines: 2 });
    const s: Scenario = { ...base, participantIds: ['a', 'b', 'c', 'd'], conversations: [pair] };
    let joined = 0;
    for (let i = 0; i < 200; i++) {
      const plan = planTurn(s, cast, topics, createRandom(i), anyPair)!;
      if (plan.conversation.id !== pair.id || plan.chimer === null || pair.participantIds.includes(plan.chimer.id))
        continue;
      joined += 1;
      if (joined > 3) continue;
      const { deps } = testDeps({ seed: i });
      const spoken = await speakTurn(deps, s, plan, () => 0, new Map());
      expect(spoken.lines).toHaveLength(3);
      expect(spoken.lines[2]).toMatchObject({ speakerId: plan.chimer.id, addresseeIds: [plan.target.id] });
      expect(spoken.conversation.participantIds).toEqual([...pair.participantIds, plan.chimer.id]);
    }
    expect(joined).toBeGreaterThan(5);
  });

  it("lets a nearby character join a person's talk with one character", () => {
    const cast = ['a', 'b', 'c', 'd', 'e'].map((id) => person(id, 0.5));
    const withSam = conv(['a'], { speakerId: 'a', addresseeIds: [], act: 'answer' }, { userNames: ['Sam'] });
    // b and d are talking too (the one conversation a cast of five runs); c and e are free.
    const other = conv(['b', 'd'], null, { id: 's.c2', lastTurn: 10 });
    for (let i = 0; i < 20; i++) {
      const plan = planTurn({ ...base, conversations: [withSam, other] }, cast, topics, createRandom(i), anyPair)!;
      expect(plan.conversation.id).toBe(withSam.id);
      expect(['c', 'e']).toContain(plan.speaker.id);
      expect(plan.target.id).toBe('a');
      expect(plan.conversation.participantIds).toEqual(['a', plan.speaker.id]);
      expect(plan.conversation.userNames).toEqual(['Sam']);
    }
  });
});

describe('a conversation interrupted by an event', () => {
  async function scene(chars = ['a', 'b', 'c', 'd']) {
    const { deps, store, clock } = testDeps({ seed: 3 });
    await seed(store, ...chars.map((id) => character(id, id.toUpperCase())));
    const { scenario } = await startScenario(deps, {
      ecosystemId: ECO,
      title: 'Quay',
      setting: 'the harbour quay at dusk',
      mood: 'calm',
      participantIds: chars,
      objectives: [],
      durationMinutes: 600,
      speed: 1,
      seed: 3,
    });
    return { deps, store, clock, scenario };
  }
  const talking = (ids: string[], id = 'c-ab'): Conversation => ({
    id,
    participantIds: ids,
    topicKey: 'food',
    topic: 'the food',
    lines: 2,
    plannedLength: 12,
    last: { speakerId: ids[0]!, addresseeIds: [ids[1]!], act: 'inform' },
    userNames: [],
    openedTurn: 0,
    lastTurn: 0,
  });
  const closings = async (store: ReturnType<typeof testDeps>['store']) =>
    (await store.listEvents(ECO, 0, 10_000)).flatMap((e) =>
      isEventOfType(e, 'scenario_turn') || isEventOfType(e, 'user_intervention')
        ? (e.data.conversations_closed ?? [])
        : [],
    );

  it('closes when a participant leaves the scene (becomes inactive)', async () => {
    const { deps, store, scenario } = await scene();
    await store.saveScenario({ ...scenario, conversations: [talking(['a', 'b'])] });
    await store.saveCharacter({ ...(await store.getCharacter('b'))!, active: false });
    const outcome = await runTurn(deps, scenario.id);
    expect(outcome.scenario.conversations?.some((c) => c.id === 'c-ab')).toBe(false);
    expect(await closings(store)).toEqual([{ conversation_id: 'c-ab', reason: 'participant_left' }]);
  });

  it('closes when too few in it have the energy to go on, and the tired pair does not speak', async () => {
    const { deps, store, scenario } = await scene();
    await store.saveScenario({ ...scenario, conversations: [talking(['a', 'b'])] });
    await store.saveCharacter({ ...(await store.getCharacter('a'))!, energy: 0.05 });
    const outcome = await runTurn(deps, scenario.id);
    expect(outcome.scenario.conversations?.some((c) => c.id === 'c-ab')).toBe(false);
    expect(await closings(store)).toEqual([{ conversation_id: 'c-ab', reason: 'exhausted' }]);
    expect(outcome.kind === 'played' && outcome.result.interaction.initiatorId).not.toBe('a');
  });

  it('closes when the person in it speaks to someone in another conversation, leaving one character alone', async () => {
    const { deps, store, scenario } = await scene();
    await store.saveScenario({ ...scenario, conversations: [talking(['a', 'b'])] });
    const first = await intervene(deps, scenario.id, { userName: 'Sam', message: 'Hello C!', targetCharacterId: 'c' });
    const withC = first.scenario.conversations!.find((c) => c.id === first.conversationId)!;
    expect(withC).toMatchObject({ participantIds: ['c'], userNames: ['Sam'] });
    const second = await intervene(deps, scenario.id, {
      userName: 'Sam',
      message: 'A, how is the food?',
      targetCharacterId: 'a',
    });
    expect(second.conversationId).toBe('c-ab');
    expect(second.scenario.conversations!.map((c) => c.id)).toEqual(['c-ab']);
    expect(second.events[0]!.data).toMatchObject({
      conversation_id: 'c-ab',
      conversations_closed: [{ conversation_id: withC.id, reason: 'called_away' }],
    });
    expect(await closings(store)).toEqual([{ conversation_id: withC.id, reason: 'called_away' }]);
  });

  it('closes by farewell or walking off once it has run its course, and no line follows in it', async () => {
    const { deps, store, clock, scenario } = await scene(['a', 'b', 'c', 'd', 'e', 'f']);
    for (let i = 0; i < 80; i++) {
      clock.advance(60_000);
      await runTurn(deps, scenario.id);
    }
    const events = await store.listEvents(ECO, 0, 100_000);
    const closed = await closings(store);
    expect(closed.some((c) => c.reason === 'farewell')).toBe(true);
    expect(closed.some((c) => c.reason === 'walked_off')).toBe(true);
    for (const { conversation_id } of closed) {
      const at = events.findIndex(
        (e) =>
          isEventOfType(e, 'scenario_turn') &&
          e.data.conversations_closed?.some((c) => c.conversation_id === conversation_id),
      );
      const later = events
        .slice(at + 1)
        .filter((e) => isEventOfType(e, 'character_interaction') && e.data.conversation_id === conversation_id);
      expect(later).toEqual([]);
    }
    // The transcript marks each closed conversation's last line with why it closed.
    const lines = transcriptOf(events);
    const marked = lines.filter((l) => l.closes !== undefined);
    expect(marked.map((l) => l.closes)).toContain('farewell');
    for (const l of marked) {
      const own = lines.filter((x) => x.conversationId === l.conversationId);
      expect(own[own.length - 1]).toBe(l);
    }
  });
});

describe('a person in a conversation', () => {
  it('stays in the conversation they joined: a later message to everyone goes to it and is answered from it', async () => {
    const { deps, store } = testDeps({ seed: 4 });
    // b, whom Sam speaks to, is the quietest: a message to everyone would otherwise go to a talkative one.
    const extraversion = (id: string) => (id === 'b' ? 0.1 : 0.9);
    await seed(
      store,
      ...['a', 'b', 'c', 'd', 'e'].map((id) =>
        character(id, id.toUpperCase(), { personality: { ...AVERAGE, extraversion: extraversion(id) } }),
      ),
    );
    const { scenario } = await startScenario(deps, {
      ecosystemId: ECO,
      title: 'Quay',
      setting: 'the harbour quay at dusk',
      mood: 'calm',
      participantIds: ['a', 'b', 'c', 'd', 'e'],
      objectives: [],
      durationMinutes: 600,
      speed: 1,
      seed: 4,
    });
    const first = await intervene(deps, scenario.id, {
      userName: 'Sam',
      message: 'B, how is the food?',
      targetCharacterId: 'b',
    });
    const joined = first.conversationId;
    let members = first.scenario.conversations!.find((c) => c.id === joined)!.participantIds;
    expect(members).toEqual(['b']);
    for (const message of ['What do you all think of it?', 'Tell me more.']) {
      const next = await intervene(deps, scenario.id, { userName: 'Sam', message });
      expect(next.conversationId).toBe(joined);
      // Answered by those already in it (b), not by the more talkative characters elsewhere.
      for (const r of next.responses) expect(members).toContain(r.characterId);
      expect(next.events[0]!.data).toMatchObject({ conversation_id: joined, user_name: 'Sam' });
      members = next.scenario.conversations!.find((c) => c.id === joined)!.participantIds;
    }
    // The transcript shows the person's lines in that conversation.
    const lines = transcriptOf(await store.listEvents(ECO, 0, 1000));
    expect(lines.filter((l) => l.kind === 'user').map((l) => l.conversationId)).toEqual([joined, joined, joined]);
    expect(lines.find((l) => l.kind === 'user')).toMatchObject({ act: 'ask', topic: 'the food' });
  });
});
