import { describe, expect, it } from 'vitest';
import { ECO, character, scriptedDialogue, seed, testDeps } from '../interactions/test-support.ts';
import { intervene } from './intervention.ts';
import { startScenario } from './start.ts';
import { transcriptOf } from './transcript.ts';
import { runTurn } from './turn.ts';

describe('transcriptOf', () => {
  it('lists each exchange as an opening and a reply with its turn, then user messages and their replies', async () => {
    const { dialogue } = scriptedDialogue();
    const { deps, store, clock } = testDeps({ dialogue });
    await seed(store, character('ada', 'Ada'), character('bo', 'Bo'));
    const { scenario } = await startScenario(deps, {
      ecosystemId: ECO,
      title: 'T',
      setting: 'S',
      mood: 'calm',
      objectives: [],
      participantIds: ['ada', 'bo'],
      durationMinutes: 10,
      speed: 1,
      seed: 1,
    });
    const turn = await runTurn(deps, scenario.id);
    if (turn.kind !== 'played') throw new Error(turn.kind);
    clock.advance(60_000);
    await intervene(deps, scenario.id, { userName: 'Sam', message: 'Hello Bo', targetCharacterId: 'bo' });

    const names = new Map([
      ['ada', 'Ada'],
      ['bo', 'Bo'],
    ]);
    const lines = transcriptOf(await store.listEvents(ECO, 0, 100), names);
    const { initiatorId, targetId, content, response, type } = turn.result.interaction;
    expect(lines.map((l) => [l.kind, l.turn, l.speakerName, l.addresseeName, l.interactionType, l.text])).toEqual([
      ['opening', 1, names.get(initiatorId), names.get(targetId), type, content],
      ['reply', 1, names.get(targetId), names.get(initiatorId), type, response],
      ['user', null, 'Sam', 'Bo', null, 'Hello Bo'],
      ['user_reply', null, 'Bo', 'Sam', null, 'Bo reply line 3.'],
    ]);
    expect(lines[2]!.speakerId).toBeNull();
    expect(transcriptOf(await store.listEvents(ECO, 0, 100))[0]!.speakerName).toBe(initiatorId);
  });
});
