import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENERGY_THRESHOLD, energyCost } from '../affect/index.ts';
import { INTERACTION_TYPES } from '../model.ts';
import type { BigFive, InteractionType } from '../model.ts';
import { linesToWrite, processInteraction } from './process.ts';
import { ECO, START, character, scriptedDialogue, seed, testDeps } from './test-support.ts';

const FRIENDLY: BigFive = {
  openness: 0.7,
  conscientiousness: 0.6,
  extraversion: 0.6,
  agreeableness: 0.8,
  neuroticism: 0.3,
};

describe('processInteraction success', () => {
  it("returns the plan's result and stores the exchange, both relationships, both states and five events", async () => {
    const { deps, store } = testDeps();
    await seed(store, character('ada', 'Ada'), character('bo', 'Bo'));
    const result = await processInteraction(deps, {
      initiatorId: 'ada',
      targetId: 'bo',
      type: 'greeting',
      content: 'Hello Bo, lovely to see you!',
    });
    if (!result.success) throw new Error(result.message);

    expect(result.response.length).toBeGreaterThan(0);
    expect(result.interaction).toMatchObject({
      ecosystemId: ECO,
      initiatorId: 'ada',
      targetId: 'bo',
      type: 'greeting',
      scenarioId: null,
      content: 'Hello Bo, lovely to see you!',
      response: result.response,
      createdAt: START,
    });
    expect(result.interaction.sentiment).toBeGreaterThan(0);
    expect(result.relationshipChange.forward).toMatchObject({
      fromId: 'ada',
      toId: 'bo',
      newStrength: expect.any(Number),
    });
    expect(result.relationshipChange.reverse).toMatchObject({ fromId: 'bo', toId: 'ada' });
    expect(result.relationshipChange.reverse.strengthDelta).toBeGreaterThan(0);

    const forward = await store.getRelationship('ada', 'bo');
    const reverse = await store.getRelationship('bo', 'ada');
    expect(forward).toMatchObject({
      interactionCount: 1,
      lastInteractionAt: START,
      strength: result.relationshipChange.forward.newStrength,
    });
    expect(reverse).toMatchObject({
      interactionCount: 1,
      lastInteractionAt: START,
      strength: result.relationshipChange.reverse.newStrength,
    });

    const ada = (await store.getCharacter('ada'))!;
    const bo = (await store.getCharacter('bo'))!;
    expect(ada.energy).toBeCloseTo(1 - energyCost('greeting', ada.personality, 'initiator'), 10);
    expect(bo.energy).toBeCloseTo(1 - energyCost('greeting', bo.personality, 'target'), 10);
    expect(bo.lastEmotion).not.toBeNull();
    expect(result.emotionalState).toMatchObject({
      energy: bo.energy,
      pleasure: bo.mood.pleasure,
      emotion: bo.lastEmotion!.name,
    });
    expect(result.initiatorState.energy).toBe(ada.energy);
    expect(await store.listMemories('ada', 5)).toHaveLength(1);
    expect((await store.listMemories('bo', 5))[0]).toMatchObject({ aboutId: 'ada', characterId: 'bo' });

    expect(result.events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'character_interaction'],
      [2, 'relationship_changed'],
      [3, 'relationship_changed'],
      [4, 'character_state_changed'],
      [5, 'character_state_changed'],
    ]);
    expect(await store.listEvents(ECO, 0, 100)).toEqual(result.events);
  });

  it("emits character_interaction with exactly the plan's data shape plus ids", async () => {
    const { deps, store } = testDeps();
    await seed(store, character('ada', 'Ada'), character('bo', 'Bo'));
    const result = await processInteraction(deps, {
      initiatorId: 'ada',
      targetId: 'bo',
      type: 'chat',
      content: 'Nice weather today.',
    });
    if (!result.success) throw new Error(result.message);
    const [event] = result.events;
    const { forward, reverse } = result.relationshipChange;
    expect(event).toEqual({
      id: expect.any(String),
      seq: 1,
      ecosystemId: ECO,
      type: 'character_interaction',
      timestamp: new Date(START).toISOString(),
      data: {
        participants: ['ada', 'bo'],
        interaction_type: 'chat',
        content: 'Nice weather today.',
        response: result.response,
        relationship_change: {
          strength_delta: forward.strengthDelta,
          trust_delta: forward.trustDelta,
          new_strength: forward.newStrength,
          new_trust: forward.newTrust,
          label: forward.label,
          reverse: {
            strength_delta: reverse.strengthDelta,
            trust_delta: reverse.trustDelta,
            new_strength: reverse.newStrength,
            new_trust: reverse.newTrust,
            label: reverse.label,
          },
        },
        emotional_states: { ada: result.initiatorState, bo: result.emotionalState },
        interaction_id: result.interaction.id,
        scenario_id: null,
      },
    });
    expect(result.events[1]!.data).toMatchObject({
      from_id: 'ada',
      to_id: 'bo',
      interaction_id: result.interaction.id,
      interaction_count: 1,
    });
    expect(result.events[2]!.data).toMatchObject({ from_id: 'bo', to_id: 'ada' });
    expect(result.events[4]!.data).toMatchObject({
      character_id: 'bo',
      cause: 'interaction',
      energy: result.emotionalState.energy,
    });
  });

  it("writes the initiator's line in character when no content is given, then the target's reply to it", async () => {
    const { dialogue, requests } = scriptedDialogue();
    const { deps, store } = testDeps({ dialogue });
    await seed(store, character('ada', 'Ada'), character('bo', 'Bo'));
    const result = await processInteraction(deps, {
      initiatorId: 'ada',
      targetId: 'bo',
      type: 'collaboration',
      content: '  ',
    });
    if (!result.success) throw new Error(result.message);
    expect(requests.map((r) => [r.speaker.name, r.mode, r.interactionType])).toEqual([
      ['Ada', 'initiate', 'collaboration'],
      ['Bo', 'reply', 'collaboration'],
    ]);
    expect(requests[1]!.incoming).toBe(result.interaction.content);
    expect(result.interaction.content).toBe('Ada initiate line 1.');
  });

  it('gives each speaker its own previous line and its memories about the listener', async () => {
    const { dialogue, requests } = scriptedDialogue();
    const { deps, store, clock } = testDeps({ dialogue });
    await seed(store, character('ada', 'Ada'), character('bo', 'Bo'), character('cy', 'Cy'));
    const first = await processInteraction(deps, { initiatorId: 'ada', targetId: 'bo', type: 'chat' });
    clock.advance(60_000);
    await processInteraction(deps, { initiatorId: 'cy', targetId: 'ada', type: 'chat', content: 'Ada, got a minute?' });
    clock.advance(60_000);
    await processInteraction(deps, { initiatorId: 'bo', targetId: 'ada', type: 'chat' });
    if (!first.success) throw new Error(first.message);
    // Requests: Ada opens, Bo replies; Ada replies to Cy (Cy's line was given); Bo opens, Ada replies.
    const [, , adaRepliesCy, boOpens, adaRepliesBo] = requests;
    expect(requests[0]!.previousLine).toBeNull();
    expect(adaRepliesCy!.previousLine).toBe(first.interaction.content);
    expect(boOpens!.previousLine).toBe(first.response);
    expect(boOpens!.memories.map((m) => m.aboutId)).toContain('ada');
    expect(adaRepliesBo!.previousLine).toBe('Ada reply line 3.');
  });

  it('records the scenario id and passes the scenario context to the dialogue', async () => {
    const { dialogue, requests } = scriptedDialogue();
    const { deps, store } = testDeps({ dialogue });
    await seed(store, character('ada', 'Ada'), character('bo', 'Bo'));
    const scenario = {
      title: 'Barn raising',
      setting: 'a farm',
      mood: 'collaborative' as const,
      objectives: ['build the frame'],
    };
    const result = await processInteraction(deps, {
      initiatorId: 'ada',
      targetId: 'bo',
      type: 'chat',
      scenarioId: 'sc-1',
      scenario,
    });
    if (!result.success) throw new Error(result.message);
    expect(result.interaction.scenarioId).toBe('sc-1');
    expect(result.events[0]!.data.scenario_id).toBe('sc-1');
    expect(requests.every((r) => r.scenario === scenario)).toBe(true);
  });

  it('settles mood and energy for the time passed before the exchange', async () => {
    const { deps, store, clock } = testDeps();
    await seed(store, character('ada', 'Ada', { energy: 0.2 }), character('bo', 'Bo'));
    clock.advance(60 * 60_000);
    const result = await processInteraction(deps, {
      initiatorId: 'ada',
      targetId: 'bo',
      type: 'greeting',
      content: 'Hi',
    });
    if (!result.success) throw new Error(result.message);
    expect(result.initiatorState.energy).toBeGreaterThan(0.2);
    expect((await store.getCharacter('ada'))!.stateUpdatedAt).toBe(clock.now());
  });
});

/** Alternating exchanges of one type between Ada and Bo, far enough apart to stay rested. */
async function history(type: InteractionType, lines: [string, string], rounds: number) {
  const { deps, store, clock } = testDeps({ seed: 7 });
  await seed(
    store,
    character('ada', 'Ada', { personality: FRIENDLY }),
    character('bo', 'Bo', { personality: FRIENDLY }),
  );
  for (let i = 0; i < rounds; i++) {
    const [initiatorId, targetId] = i % 2 === 0 ? ['ada', 'bo'] : ['bo', 'ada'];
    const result = await processInteraction(deps, { initiatorId, targetId, type, content: lines[i % 2] });
    expect(result.success).toBe(true);
    clock.advance(20 * 60_000);
  }
  return { ab: (await store.getRelationship('ada', 'bo'))!, ba: (await store.getRelationship('bo', 'ada'))! };
}

describe('relationship histories', () => {
  it('a conflict-heavy history makes rivals or enemies in both directions', async () => {
    const { ab, ba } = await history(
      'conflict',
      ['You are a liar and a cheat, I hate this.', 'Stop blaming me, you selfish fool!'],
      24,
    );
    expect(['rival', 'enemy']).toContain(ab.label);
    expect(['rival', 'enemy']).toContain(ba.label);
    expect(ab.strength).toBeLessThan(-0.15);
    expect(ab.trust).toBeLessThan(0.3);
  });

  it('a collaboration-heavy history makes friends or close friends in both directions', async () => {
    const { ab, ba } = await history(
      'collaboration',
      ['Wonderful work, thank you, let us build it together!', 'Great idea, I love working with you.'],
      24,
    );
    expect(['friend', 'close friend']).toContain(ab.label);
    expect(['friend', 'close friend']).toContain(ba.label);
    expect(ab.strength).toBeGreaterThan(0.3);
    expect(ba.trust).toBeGreaterThan(0.3);
  });
});

describe('bounds', () => {
  it('keep mood, energy, strength and trust in range under any sequence of exchanges', async () => {
    const step = fc.record({
      from: fc.integer({ min: 0, max: 3 }),
      to: fc.integer({ min: 0, max: 3 }),
      type: fc.constantFrom(...INTERACTION_TYPES),
      content: fc.oneof(
        fc.constant(''),
        fc.constantFrom('I hate you, liar!', 'Thank you, wonderful friend!', 'ok'),
        fc.string({ maxLength: 40 }),
      ),
      waitMs: fc.integer({ min: 0, max: 3 * 60 * 60_000 }),
    });
    const trait = fc.double({ min: 0, max: 1, noNaN: true });
    const personality = fc.record({
      openness: trait,
      conscientiousness: trait,
      extraversion: trait,
      agreeableness: trait,
      neuroticism: trait,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(personality, { minLength: 4, maxLength: 4 }),
        fc.array(step, { maxLength: 40 }),
        async (people, steps) => {
          const { deps, store, clock } = testDeps();
          const ids = ['a', 'b', 'c', 'd'];
          await seed(store, ...ids.map((id, i) => character(id, id.toUpperCase(), { personality: people[i]! })));
          for (const s of steps) {
            clock.advance(s.waitMs);
            const result = await processInteraction(deps, {
              initiatorId: ids[s.from]!,
              targetId: ids[s.to]!,
              type: s.type,
              content: s.content,
            });
            if (!result.success) expect(['same_character', 'tired', 'cooldown']).toContain(result.reason);
          }
          for (const c of await store.listCharacters(ECO)) {
            for (const axis of [c.mood.pleasure, c.mood.arousal, c.mood.dominance])
              expect(Math.abs(axis)).toBeLessThanOrEqual(1);
            expect(c.energy).toBeGreaterThanOrEqual(0);
            expect(c.energy).toBeLessThanOrEqual(1);
          }
          for (const r of await store.listRelationships(ECO)) {
            expect(Math.abs(r.strength)).toBeLessThanOrEqual(1);
            expect(r.trust).toBeGreaterThanOrEqual(0);
            expect(r.trust).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('tires a character out after enough back-to-back conflicts', async () => {
    const { deps, store, clock } = testDeps();
    await seed(
      store,
      character('ada', 'Ada'),
      ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((id) => character(id, id.toUpperCase())),
    );
    const reasons: string[] = [];
    for (const target of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']) {
      const result = await processInteraction(deps, {
        initiatorId: 'ada',
        targetId: target,
        type: 'conflict',
        content: 'You are wrong.',
      });
      reasons.push(result.success ? 'ok' : result.reason);
      clock.advance(1_000); // different partners, so no pair cooldown applies; barely any rest
    }
    expect(reasons).toContain('tired');
    expect((await store.getCharacter('ada'))!.energy).toBeLessThan(ENERGY_THRESHOLD + 0.2);
  });
});

describe('linesToWrite', () => {
  it('is how many lines processInteraction asks its dialogue generator for', async () => {
    const shapes = [
      {},
      { content: '  ' },
      { content: 'Morning, Bo.' },
      { content: 'Morning, Bo.', response: 'Morning.' },
      { content: '', response: 'Morning.' },
    ];
    const asked = [];
    for (const [i, shape] of shapes.entries()) {
      const { dialogue, requests } = scriptedDialogue();
      const { deps, store } = testDeps({ dialogue });
      await seed(store, character(`a${i}`, 'Ada'), character(`b${i}`, 'Bo'));
      const result = await processInteraction(deps, {
        initiatorId: `a${i}`,
        targetId: `b${i}`,
        type: 'chat',
        ...shape,
      });
      expect(result.success).toBe(true);
      asked.push(requests.length);
      expect(linesToWrite(shape)).toBe(requests.length);
    }
    expect(asked).toEqual([2, 2, 1, 0, 2]);
  });
});
