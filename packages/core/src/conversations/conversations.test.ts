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
import type { TranscriptLine } from '../scenarios/transcript.ts';
import { acceptChance, replyAct } from './acts.ts';
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
});
