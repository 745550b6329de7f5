import { describe, expect, it } from 'vitest';
import { ECO, character, scriptedDialogue, seed, testDeps } from '../interactions/test-support.ts';
import type { Character, DialogueGenerator } from '../index.ts';
import { createRandom } from '../random/index.ts';
import { endScenario, pauseScenario, resumeScenario } from './lifecycle.ts';
import { startScenario } from './start.ts';
import { runTurn } from './turn.ts';
import type { ScenarioInput } from './validation.ts';

const CAST = [character('ada', 'Ada'), character('bo', 'Bo'), character('cy', 'Cy'), character('dee', 'Dee')];

function input(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    ecosystemId: ECO,
    title: 'Harbour night',
    setting: 'the quay',
    mood: 'calm',
    objectives: ['plan the regatta'],
    participantIds: CAST.map((c) => c.id),
    durationMinutes: 60,
    speed: 1,
    maxTurns: null,
    seed: 5,
    ...overrides,
  };
}

async function started(
  options: {
    cast?: Character[];
    input?: Partial<ScenarioInput>;
    dialogue?: DialogueGenerator;
    randomSeed?: number;
  } = {},
) {
  const setup = testDeps({ dialogue: options.dialogue, seed: options.randomSeed });
  await seed(setup.store, ...(options.cast ?? CAST));
  const { scenario, events } = await startScenario(setup.deps, input(options.input));
  return { ...setup, scenario, startEvents: events };
}

describe('startScenario', () => {
  it('saves a running scenario at turn 0 and emits scenario_started', async () => {
    const { store, scenario, startEvents } = await started();
    expect(scenario).toMatchObject({
      status: 'running',
      turn: 0,
      addressed: [],
      endedAt: null,
      endReason: null,
      seed: 5,
    });
    expect(await store.getScenario(scenario.id)).toEqual(scenario);
    expect(startEvents.map((e) => [e.seq, e.type])).toEqual([[1, 'scenario_started']]);
  });

  it.each<[string, Partial<ScenarioInput>]>([
    ['too_few_participants', { participantIds: ['ada'] }],
    ['duplicate_participants', { participantIds: ['ada', 'bo', 'ada'] }],
    ['participant_not_found', { participantIds: ['ada', 'ghost'] }],
    ['participant_not_found', { participantIds: ['ada', 'far'] }],
    ['participant_inactive', { participantIds: ['ada', 'zed'] }],
    ['invalid_scenario', { speed: 0 }],
    ['invalid_scenario', { durationMinutes: -1 }],
    ['invalid_scenario', { title: ' ' }],
    ['invalid_scenario', { maxTurns: 2.5 }],
    ['invalid_scenario', { mood: 'grumpy' as never }],
    ['invalid_scenario', { objectives: Array.from({ length: 11 }, () => 'x') }],
  ])('refuses with %s (%j) and writes nothing', async (code, overrides) => {
    const { deps, store } = testDeps();
    await seed(
      store,
      ...CAST,
      character('far', 'Far', { ecosystemId: 'elsewhere' }),
      character('zed', 'Zed', { active: false }),
    );
    await expect(startScenario(deps, input(overrides))).rejects.toMatchObject({ code });
    expect(await store.listEvents(ECO, 0, 10)).toEqual([]);
  });
});

describe('runTurn', () => {
  it('plays an exchange between two participants and emits its events then scenario_turn', async () => {
    const { deps, scenario } = await started();
    const outcome = await runTurn(deps, scenario.id);
    if (outcome.kind !== 'played') throw new Error(outcome.kind);
    const { initiatorId, targetId, scenarioId } = outcome.result.interaction;
    expect(scenario.participantIds).toContain(initiatorId);
    expect(scenario.participantIds).toContain(targetId);
    expect(scenarioId).toBe(scenario.id);
    expect(outcome.scenario.turn).toBe(1);
    expect(outcome.events.map((e) => e.type)).toEqual([
      'character_interaction',
      'relationship_changed',
      'relationship_changed',
      'character_state_changed',
      'character_state_changed',
      'scenario_turn',
    ]);
    expect(outcome.events.map((e) => e.seq)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(outcome.events[5]!.data).toMatchObject({
      turn: 1,
      speaker_id: initiatorId,
      target_id: targetId,
      interaction_id: outcome.result.interaction.id,
    });
  });

  it('opens with a greeting between strangers', async () => {
    const { deps, scenario } = await started();
    const outcome = await runTurn(deps, scenario.id);
    expect(outcome.kind === 'played' && outcome.result.interaction.type).toBe('greeting');
  });

  it('lets the participant addressed by name speak next', async () => {
    for (const addressed of ['bo', 'dee']) {
      const { deps, store, scenario } = await started();
      await store.saveScenario({ ...scenario, addressed: [addressed] });
      const outcome = await runTurn(deps, scenario.id);
      expect(outcome.kind === 'played' && outcome.result.interaction.initiatorId).toBe(addressed);
      expect(outcome.scenario.addressed).not.toContain(addressed);
    }
  });

  it('queues the participants a reply names, and the first of them speaks next', async () => {
    const { dialogue } = scriptedDialogue((r) => {
      if (r.mode !== 'reply') return undefined;
      const other = CAST.find((c) => c.id !== r.speaker.id && c.id !== r.listener?.id)!;
      return `Ask ${other.name} about it, ${r.listener?.name}.`;
    });
    const { deps, scenario } = await started({ dialogue });
    const first = await runTurn(deps, scenario.id);
    if (first.kind !== 'played') throw new Error(first.kind);
    const { initiatorId, targetId } = first.result.interaction;
    const named = CAST.find((c) => c.id !== initiatorId && c.id !== targetId)!.id;
    expect(first.scenario.addressed).toEqual([named]);
    const second = await runTurn(deps, scenario.id);
    expect(second.kind === 'played' && second.result.interaction.initiatorId).toBe(named);
  });

  it('does not start with a tired participant, even when addressed, but lets the others speak', async () => {
    const cast = [character('ada', 'Ada', { energy: 0.01 }), character('bo', 'Bo'), character('cy', 'Cy')];
    for (const seedValue of [1, 2, 3, 4, 5]) {
      const { deps, store, scenario } = await started({
        cast,
        input: { participantIds: ['ada', 'bo', 'cy'], seed: seedValue },
      });
      await store.saveScenario({ ...scenario, addressed: ['ada'] });
      const outcome = await runTurn(deps, scenario.id);
      expect(outcome.kind === 'played' && outcome.result.interaction.initiatorId).not.toBe('ada');
    }
  });

  it('skips the turn when nobody can start an exchange, still advancing the turn, the same way every time', async () => {
    const cast = CAST.map((c) => ({ ...c, energy: 0 }));
    const outcomes = [];
    for (let run = 0; run < 2; run++) {
      const { deps, scenario } = await started({ cast, randomSeed: run });
      const outcome = await runTurn(deps, scenario.id);
      outcomes.push({
        kind: outcome.kind,
        turn: outcome.scenario.turn,
        events: 'events' in outcome ? outcome.events.map((e) => e.data) : [],
      });
    }
    expect(outcomes[0]).toEqual({
      kind: 'skipped',
      turn: 1,
      events: [expect.objectContaining({ turn: 1, skipped: 'everyone_tired', speaker_id: null })],
    });
    expect(outcomes[1]).toEqual(outcomes[0]);
  });

  it('takes its randomness from the scenario seed and turn, not from deps.random', async () => {
    const transcripts = [];
    for (const randomSeed of [1, 999]) {
      const { deps, clock, scenario } = await started({ randomSeed });
      const lines: string[] = [];
      for (let i = 0; i < 12; i++) {
        const outcome = await runTurn(deps, scenario.id);
        if (outcome.kind === 'played')
          lines.push(
            `${outcome.result.interaction.initiatorId}>${outcome.result.interaction.targetId}: ${outcome.result.interaction.content} | ${outcome.result.response}`,
          );
        clock.advance(60_000);
      }
      transcripts.push(lines);
    }
    expect(transcripts[0]).toHaveLength(12);
    expect(transcripts[1]).toEqual(transcripts[0]);
  });

  it('runs conversations across turns yet gives every character the floor, in more than one pair', async () => {
    const { deps, clock, scenario } = await started({
      input: { participantIds: ['ada', 'bo', 'cy'] },
      cast: CAST.slice(0, 3),
    });
    const speakers = new Set<string>();
    const pairs = new Set<string>();
    for (let i = 0; i < 15; i++) {
      const outcome = await runTurn(deps, scenario.id);
      if (outcome.kind !== 'played') throw new Error(outcome.kind);
      const { initiatorId, targetId } = outcome.result.interaction;
      const exchange = outcome.result.events.find((e) => e.type === 'character_interaction')!;
      for (const line of (exchange.data['lines'] as { speaker: string }[] | undefined) ?? [])
        speakers.add(line.speaker);
      pairs.add([initiatorId, targetId].sort().join('+'));
      clock.advance(60_000);
    }
    expect(speakers.size).toBe(3);
    expect(pairs.size).toBeGreaterThan(1);
  });

  it('ends right after the turn that reaches maxTurns', async () => {
    const { deps, clock, store, scenario } = await started({ input: { maxTurns: 3 } });
    const kinds = [];
    for (let i = 0; i < 3; i++) {
      const outcome = await runTurn(deps, scenario.id);
      kinds.push(outcome.kind);
      clock.advance(60_000);
      if (i < 2) expect(outcome.scenario.status).toBe('running');
      else {
        expect(outcome.scenario).toMatchObject({ status: 'ended', endReason: 'max_turns', turn: 3 });
        expect('events' in outcome && outcome.events.at(-1)!.type).toBe('scenario_ended');
      }
    }
    expect(kinds).toEqual(['played', 'played', 'played']);
    expect((await runTurn(deps, scenario.id)).kind).toBe('not_running');
    expect((await store.getScenario(scenario.id))!.status).toBe('ended');
  });

  it('ends once its duration has passed', async () => {
    const { deps, clock, scenario } = await started({ input: { durationMinutes: 2 } });
    expect((await runTurn(deps, scenario.id)).kind).toBe('played');
    clock.advance(2 * 60_000);
    const outcome = await runTurn(deps, scenario.id);
    expect(outcome.kind).toBe('ended');
    expect(outcome.scenario).toMatchObject({ status: 'ended', endReason: 'duration', endedAt: clock.now(), turn: 1 });
    expect('events' in outcome && outcome.events.map((e) => [e.type, e.data.reason])).toEqual([
      ['scenario_ended', 'duration'],
    ]);
  });

  it('does not consume deps.random', async () => {
    const { deps, clock, scenario } = await started();
    const probe = createRandom(1);
    const expected = createRandom(1).next();
    await runTurn({ ...deps, random: probe }, scenario.id);
    clock.advance(60_000);
    expect(probe.next()).toBe(expected);
  });

  it('refuses an unknown scenario with scenario_not_found', async () => {
    const { deps } = testDeps();
    await expect(runTurn(deps, 'nope')).rejects.toMatchObject({ code: 'scenario_not_found' });
  });
});

describe('pause, resume, end', () => {
  it('a paused scenario plays no turns until resumed', async () => {
    const { deps, store, scenario } = await started();
    const paused = await pauseScenario(deps, scenario.id);
    expect(paused.scenario.status).toBe('paused');
    expect(paused.events.map((e) => e.type)).toEqual(['scenario_paused']);
    const eventsBefore = (await store.listEvents(ECO, 0, 100)).length;
    expect((await runTurn(deps, scenario.id)).kind).toBe('not_running');
    expect(await store.listEvents(ECO, 0, 100)).toHaveLength(eventsBefore);
    expect((await pauseScenario(deps, scenario.id)).events).toEqual([]);

    const resumed = await resumeScenario(deps, scenario.id);
    expect(resumed.scenario.status).toBe('running');
    expect(resumed.events.map((e) => e.type)).toEqual(['scenario_resumed']);
    expect((await runTurn(deps, scenario.id)).kind).toBe('played');
  });

  it('an ended scenario stays ended: no turns, no pause or resume', async () => {
    const { deps, scenario } = await started();
    const ended = await endScenario(deps, scenario.id, 'user');
    expect(ended.scenario).toMatchObject({ status: 'ended', endReason: 'user' });
    expect(ended.events.map((e) => [e.type, e.data.reason])).toEqual([['scenario_ended', 'user']]);
    expect((await runTurn(deps, scenario.id)).kind).toBe('not_running');
    await expect(pauseScenario(deps, scenario.id)).rejects.toMatchObject({ code: 'scenario_ended' });
    await expect(resumeScenario(deps, scenario.id)).rejects.toMatchObject({ code: 'scenario_ended' });
    expect((await endScenario(deps, scenario.id, 'again')).events).toEqual([]);
  });

  it('a paused scenario can be ended', async () => {
    const { deps, scenario } = await started();
    await pauseScenario(deps, scenario.id);
    expect((await endScenario(deps, scenario.id, '')).scenario).toMatchObject({ status: 'ended', endReason: 'user' });
  });
});
