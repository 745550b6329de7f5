import { describe, expect, it } from 'vitest';
import { conversationData } from '../events/index.ts';
import { ECO, character, scriptedDialogue, seed, testDeps } from '../interactions/test-support.ts';
import type { BigFive } from '../model.ts';
import { intervene } from './intervention.ts';
import { endScenario, pauseScenario } from './lifecycle.ts';
import { startScenario } from './start.ts';
import { runTurn } from './turn.ts';

const QUIET: BigFive = {
  openness: 0.5,
  conscientiousness: 0.5,
  extraversion: 0.1,
  agreeableness: 0.5,
  neuroticism: 0.5,
};
const LOUD: BigFive = { ...QUIET, extraversion: 0.95 };

async function scene() {
  const recorded = scriptedDialogue();
  const setup = testDeps({ dialogue: recorded.dialogue });
  await seed(
    setup.store,
    character('ada', 'Ada', { personality: QUIET }),
    character('bo', 'Bo', { personality: LOUD }),
    character('cy', 'Cy', { personality: QUIET }),
    character('out', 'Outsider'),
  );
  const { scenario } = await startScenario(setup.deps, {
    ecosystemId: ECO,
    title: 'Tea',
    setting: 'the parlour',
    mood: 'calm',
    objectives: [],
    participantIds: ['ada', 'bo', 'cy'],
    durationMinutes: 60,
    speed: 1,
    seed: 3,
  });
  return { ...setup, ...recorded, scenario };
}

describe('intervene', () => {
  it('a direct message is answered by its target, whose mood and memory take it in', async () => {
    const { deps, store, requests, scenario } = await scene();
    const before = (await store.getCharacter('cy'))!;
    const result = await intervene(deps, scenario.id, {
      userName: 'Sam',
      message: 'Cy, you are wonderful, thank you!',
      targetCharacterId: 'cy',
    });
    expect(result.responses).toEqual([{ characterId: 'cy', response: 'Cy reply line 1.' }]);
    expect(requests[0]).toMatchObject({
      listener: null,
      listenerName: 'Sam',
      mode: 'reply',
      incoming: 'Cy, you are wonderful, thank you!',
    });

    const after = (await store.getCharacter('cy'))!;
    expect(after.mood.pleasure).toBeGreaterThan(before.mood.pleasure);
    expect(after.lastEmotion).not.toBeNull();
    expect(after.energy).toBeLessThan(before.energy);
    expect((await store.listMemories('cy', 1))[0]!.content).toContain('Sam');

    expect(result.events.map((e) => e.type)).toEqual(['user_intervention', 'character_state_changed']);
    expect(result.events[0]!.data).toEqual({
      scenario_id: scenario.id,
      user_name: 'Sam',
      message: 'Cy, you are wonderful, thank you!',
      target_character_id: 'cy',
      responses: [{ character_id: 'cy', response: result.responses[0]!.response, act: expect.any(String) }],
      // The message joins (here: opens) a conversation, read as a statement about the scene's first topic.
      conversation_id: result.conversationId,
      act: 'inform',
      topic: expect.any(String),
      // The conversation as it stands after the reply, and who waits to be answered: what replay rebuilds.
      conversation: conversationData(result.scenario.conversations!.find((c) => c.id === result.conversationId)!),
      addressed: result.scenario.addressed,
    });
    expect(result.scenario.conversations?.find((c) => c.id === result.conversationId)?.userNames).toEqual(['Sam']);
    expect(result.events[1]!.data).toMatchObject({ character_id: 'cy', cause: 'user_intervention' });
  });

  it("a hostile message sours the replier's mood", async () => {
    const { deps, store, scenario } = await scene();
    const before = (await store.getCharacter('ada'))!;
    await intervene(deps, scenario.id, {
      userName: 'Sam',
      message: 'You are a stupid, useless liar. I hate you.',
      targetCharacterId: 'ada',
    });
    expect((await store.getCharacter('ada'))!.mood.pleasure).toBeLessThan(before.mood.pleasure);
  });

  it('a message to all is answered by everyone it names, in order of mention', async () => {
    const { deps, scenario } = await scene();
    const result = await intervene(deps, scenario.id, { userName: 'Sam', message: 'Cy and Ada, what do you think?' });
    expect(result.responses.map((r) => r.characterId)).toEqual(['cy', 'ada']);
    expect(result.events.map((e) => e.type)).toEqual([
      'user_intervention',
      'character_state_changed',
      'character_state_changed',
    ]);
    expect(result.events[0]!.data.target_character_id).toBeNull();
  });

  it('a message to all naming nobody is answered by the most talkative participant', async () => {
    const { deps, scenario } = await scene();
    const result = await intervene(deps, scenario.id, { userName: 'Sam', message: 'Hello everyone!' });
    expect(result.responses.map((r) => r.characterId)).toEqual(['bo']);
  });

  it('takes the replier off the addressed queue and queues anyone its reply names', async () => {
    const recorded = scriptedDialogue(() => 'Ada would know better than me.');
    const setup = testDeps({ dialogue: recorded.dialogue });
    await seed(setup.store, character('ada', 'Ada'), character('bo', 'Bo'));
    const { scenario } = await startScenario(setup.deps, {
      ecosystemId: ECO,
      title: 'Tea',
      setting: '',
      mood: 'calm',
      objectives: [],
      participantIds: ['ada', 'bo'],
      durationMinutes: 60,
      speed: 1,
      seed: 1,
    });
    await setup.store.saveScenario({ ...scenario, addressed: ['bo'] });
    const result = await intervene(setup.deps, scenario.id, {
      userName: 'Sam',
      message: 'Bo?',
      targetCharacterId: 'bo',
    });
    expect(result.scenario.addressed).toEqual(['ada']);
    const next = await runTurn(setup.deps, scenario.id);
    expect(next.kind === 'played' && next.result.interaction.initiatorId).toBe('ada');
  });

  it('is allowed while paused but not once ended', async () => {
    const { deps, scenario } = await scene();
    await pauseScenario(deps, scenario.id);
    await expect(intervene(deps, scenario.id, { userName: 'Sam', message: 'Still there?' })).resolves.toMatchObject({
      responses: [expect.anything()],
    });
    await endScenario(deps, scenario.id, 'user');
    await expect(intervene(deps, scenario.id, { userName: 'Sam', message: 'Hello?' })).rejects.toMatchObject({
      code: 'scenario_ended',
    });
  });

  it.each([
    ['not_a_participant', { userName: 'Sam', message: 'Hi', targetCharacterId: 'out' }],
    ['invalid_intervention', { userName: '', message: 'Hi' }],
    ['invalid_intervention', { userName: 'Sam', message: '   ' }],
  ] as const)('refuses with %s and writes nothing', async (code, intervention) => {
    const { deps, store, scenario } = await scene();
    const before = await store.listEvents(ECO, 0, 100);
    await expect(intervene(deps, scenario.id, intervention)).rejects.toMatchObject({ code });
    expect(await store.listEvents(ECO, 0, 100)).toEqual(before);
  });
});
