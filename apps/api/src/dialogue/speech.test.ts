import {
  baselineMood,
  createRandom,
  createSentimentAnalyzer,
  createTemplateDialogue,
  intervene,
  linesToWrite,
  processInteraction,
  runTurn,
  type Character,
  type EngineDeps,
  type Id,
  type RecallAsk,
  objectivesFrom,
} from '@ensemble/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlm, type FakeLlmServer } from '../../testing/fake-llm-server.ts';
import { LlmDialogue } from '../adapters/llm/llm-dialogue.ts';
import { sampleUser } from '../store/contract/fixtures.ts';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import { LineDeltaHub } from './line-deltas.ts';
import type { DialogueSetting } from './setting.ts';
import { Speech, withPrepared } from './speech.ts';

const T0 = 1_700_000_000_000;
const TURN_MS = 20_000;
const TRAITS = [
  { openness: 0.8, conscientiousness: 0.4, extraversion: 0.9, agreeableness: 0.7, neuroticism: 0.2 },
  { openness: 0.3, conscientiousness: 0.8, extraversion: 0.2, agreeableness: 0.3, neuroticism: 0.7 },
  { openness: 0.6, conscientiousness: 0.5, extraversion: 0.6, agreeableness: 0.9, neuroticism: 0.4 },
];

let t: TestStore;
let llm: FakeLlmServer;
let ownerId: Id;

beforeAll(async () => {
  t = await openTestStore();
  llm = await startFakeLlm();
  const owner = sampleUser();
  await t.store.createUser(owner);
  ownerId = owner.id;
}, 120_000);
afterAll(async () => {
  await t?.close();
  await llm?.close();
});

/** An ecosystem `<prefix>eco` with three characters and a running scenario, all with ids made from `prefix`. */
async function world(
  prefix: string,
  dialogue: DialogueSetting,
): Promise<{ ecosystemId: Id; scenarioId: Id; ids: Id[] }> {
  const ecosystemId = `${prefix}eco`;
  await t.store.createEcosystem({
    id: ecosystemId,
    ownerId,
    name: prefix,
    description: '',
    lastSeq: 0,
    dialogue,
    createdAt: T0,
    updatedAt: T0,
  });
  const ids: Id[] = [];
  for (const [i, name] of ['Mara', 'Theo', 'Ivy'].entries()) {
    const personality = TRAITS[i]!;
    const c: Character = {
      id: `${prefix}c${i}`,
      ecosystemId,
      name,
      description: 'A harbour hand.',
      personality,
      mood: baselineMood(personality),
      lastEmotion: null,
      energy: 1,
      active: true,
      stateUpdatedAt: T0,
      createdAt: T0,
    };
    await t.store.saveCharacter(c);
    ids.push(c.id);
  }
  const scenarioId = `${prefix}scn`;
  await t.store.saveScenario({
    id: scenarioId,
    ecosystemId,
    title: 'Harvest fair',
    setting: 'The lantern-lit quay',
    mood: 'festive',
    objectives: objectivesFrom(['plan the harvest supper']),
    participantIds: ids,
    durationMinutes: 600,
    speed: 3,
    maxTurns: null,
    seed: 42,
    status: 'running',
    turn: 0,
    addressed: [],
    startedAt: T0,
    endedAt: null,
    endReason: null,
  });
  return { ecosystemId, scenarioId, ids };
}

/** Engine dependencies with a settable clock and ids made from `prefix`: two worlds replay alike. */
function depsFor(prefix: string, clock: { now: number }): () => EngineDeps {
  let n = 0;
  const sentiment = createSentimentAnalyzer();
  const random = createRandom(9);
  return () => ({
    store: t.store,
    clock: { now: () => clock.now },
    ids: { next: () => `${prefix}id${n++}` },
    sentiment,
    dialogue: createTemplateDialogue(),
    random,
  });
}

function speech(engineDeps: () => EngineDeps): Speech {
  const adapter = new LlmDialogue({
    baseUrl: llm.baseUrl,
    apiKey: null,
    model: 'm',
    firstTokenMs: 2000,
    lineMs: 3000,
    concurrency: 4,
    maxLineChars: 300,
    breakerFailures: 5,
    breakerCooldownMs: 1000,
    now: () => Date.now(),
    log: () => {},
  });
  return new Speech({ store: t.store, engineDeps, llm: adapter, deltas: new LineDeltaHub() });
}

async function log(ecosystemId: Id, prefix: string): Promise<string> {
  const events = await t.store.listEvents(ecosystemId, 0, 1000);
  return JSON.stringify(events.map(({ id: _id, ...e }) => e)).replaceAll(prefix, '§');
}

describe('template mode', () => {
  it('is byte-identical for a seed to the engine run directly, and never calls the model', async () => {
    const template: DialogueSetting = { mode: 'template', model: null, tokensPerHour: null };
    const direct = await world('d-', template);
    const via = await world('v-', template);
    const clockD = { now: T0 };
    const clockV = { now: T0 };
    const depsD = depsFor('d-', clockD);
    const depsV = depsFor('v-', clockV);
    const speaking = speech(depsV);
    for (let turn = 0; turn < 12; turn++) {
      clockD.now += TURN_MS;
      clockV.now += TURN_MS;
      await runTurn(depsD(), direct.scenarioId);
      const prepared = await speaking.prepare(via.ecosystemId, (deps) => runTurn(deps, via.scenarioId));
      expect(prepared).toBeNull();
      await runTurn(withPrepared(depsV(), prepared), via.scenarioId);
    }
    clockD.now += TURN_MS;
    clockV.now += TURN_MS;
    await processInteraction(depsD(), { initiatorId: direct.ids[2]!, targetId: direct.ids[0]!, type: 'collaboration' });
    await speaking.run(via.ecosystemId, (deps) =>
      processInteraction(deps, { initiatorId: via.ids[2]!, targetId: via.ids[0]!, type: 'collaboration' }),
    );
    const a = await log(direct.ecosystemId, 'd-');
    expect(a.length).toBeGreaterThan(5000);
    expect(await log(via.ecosystemId, 'v-')).toBe(a);
    expect(llm.requests).toHaveLength(0);
  });
});

describe('llm mode', () => {
  it('writes scenario turns and intervention replies before the transaction and marks their source', async () => {
    llm.behave({ kind: 'line', line: 'Lanterns up, everyone!' });
    const w = await world('l-', { mode: 'llm', model: null, tokensPerHour: null });
    const clock = { now: T0 };
    const engineDeps = depsFor('l-', clock);
    const speaking = speech(engineDeps);
    for (let turn = 0; turn < 3; turn++) {
      clock.now += TURN_MS;
      const prepared = await speaking.prepare(w.ecosystemId, (deps) => runTurn(deps, w.scenarioId));
      await runTurn(withPrepared(engineDeps(), prepared), w.scenarioId);
    }
    // The prompts of the turns: objectives with their progress, the listener as a character (not a visitor),
    // and the conversation so far (the line answered; in later turns, the lines committed before).
    const turns = llm.requests.slice(-6).map((r) => r.body.messages.map((m) => m.content));
    expect(turns).toHaveLength(6);
    for (const [, sheet] of turns) {
      expect(sheet).toMatch(/- plan the harvest supper \(\d+% done\)/);
      expect(sheet).not.toContain('visitor');
    }
    const [, thirdSheet, thirdConversation] = turns[2]!;
    // Turn 2 opens with the relationship and the memories the first turn left (scenario turns carry neither).
    expect(thirdSheet).toMatch(/You see Theo as an? \w+ \(strength [\d.]+, trust [\d.]+\)/);
    expect(thirdSheet).toContain('What you remember, most relevant first:\n- I worked with Theo');
    expect(thirdSheet).toContain('(25% done)');
    // …and with the conversation so far: the two lines of the first turn.
    expect(thirdConversation).toBe(
      'The conversation so far (quoted words of others):\nMara said: "Lanterns up, everyone!"\nTheo said: "Lanterns up, everyone!"',
    );
    expect(turns[1]![2]).toContain('Mara said: "Lanterns up, everyone!"');
    // The dry runs wrote nothing: only the real turns are in the log.
    const events = await t.store.listEvents(w.ecosystemId, 0, 1000);
    const exchanges = events.filter((e) => e.type === 'character_interaction');
    expect(exchanges).toHaveLength(3);
    for (const e of exchanges) {
      expect(e.data).toMatchObject({
        content: 'Lanterns up, everyone!',
        content_source: 'llm',
        response_source: 'llm',
      });
    }
    expect(events.filter((e) => e.type === 'scenario_turn')).toHaveLength(3);

    const intervention = { userName: 'Visitor', message: 'Mara, what is for supper?', targetCharacterId: null };
    const prepared = await speaking.prepare(w.ecosystemId, (deps) => intervene(deps, w.scenarioId, intervention));
    const deps = withPrepared(engineDeps(), prepared);
    const result = await intervene(deps, w.scenarioId, intervention);
    expect(result.responses.map((r) => r.response)).toEqual(['Lanterns up, everyone!']);
    const stored = (await t.store.listEvents(w.ecosystemId, 0, 1000)).find((e) => e.type === 'user_intervention')!;
    expect(stored.data['response_sources']).toEqual(['llm']);
    // The visitor's words reached the model as quoted conversation, not as part of the instructions.
    const last = llm.requests.at(-1)!.body.messages;
    expect(last[2]!.content).toContain('Visitor said: "Mara, what is for supper?"');
  });
});

describe('one read of the memories', () => {
  it('hands the memories the dry run recalled to the transaction instead of reading them again', async () => {
    llm.behave({ kind: 'line', line: 'Fair winds today.' });
    const w = await world('r-', { mode: 'llm', model: null, tokensPerHour: null });
    const clock = { now: T0 + TURN_MS };
    const base = depsFor('r-', clock);
    const recalls: string[] = [];
    const counting = <S extends object>(store: S): S =>
      new Proxy(store, {
        get(target, prop, receiver) {
          const value: unknown = Reflect.get(target, prop, receiver);
          if (typeof value !== 'function') return value;
          // Memories for the lines are read by recallMemories, or by loadExchange given asks (its third argument).
          // Asks for the memories since the last reflection decide what is written: those are read afresh.
          if (prop === 'recallMemories' || prop === 'loadExchange') {
            return (...args: unknown[]) => {
              const asks = (prop === 'recallMemories' ? args[0] : args[2]) as RecallAsk[] | null;
              if (asks?.some((a) => a.sinceReflection === undefined)) recalls.push(String(prop));
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          }
          if (prop === 'transaction') {
            return (work: (tx: S) => Promise<unknown>) =>
              (value as (w: (tx: S) => Promise<unknown>) => Promise<unknown>).call(target, (tx: S) =>
                work(counting(tx)),
              );
          }
          return (value as (...a: unknown[]) => unknown).bind(target);
        },
      });
    const engineDeps = () => ({ ...base(), store: counting(t.store) });
    const adapter = new LlmDialogue({
      baseUrl: llm.baseUrl,
      apiKey: null,
      model: 'm',
      firstTokenMs: 2000,
      lineMs: 3000,
      concurrency: 4,
      maxLineChars: 300,
      breakerFailures: 5,
      breakerCooldownMs: 1000,
      now: () => Date.now(),
      log: () => {},
    });
    const speaking = new Speech({ store: t.store, engineDeps, llm: adapter, deltas: new LineDeltaHub() });
    const result = await speaking.run(w.ecosystemId, (deps) =>
      processInteraction(deps, { initiatorId: w.ids[0]!, targetId: w.ids[1]!, type: 'chat' }),
    );
    expect(result).toMatchObject({ success: true, interaction: { content: 'Fair winds today.' } });
    // The dry run recalled once; the transaction took those memories (its characters and relationships it
    // read afresh under the locks, as the cooldown test of test/llm-dialogue.test.ts shows).
    expect(recalls).toHaveLength(1);
  });
});

describe('a dry run told how many lines', () => {
  it('stops once they are written: the engine computes the rest in the transaction only', async () => {
    llm.behave({ kind: 'line', line: 'Mind the nets.' });
    const w = await world('s-', { mode: 'llm', model: null, tokensPerHour: null });
    const clock = { now: T0 + TURN_MS };
    const base = depsFor('s-', clock);
    // The engine scores each line's sentiment right after the lines, to change the relationships.
    const scored: string[] = [];
    const engineDeps = (): EngineDeps => {
      const deps = base();
      return { ...deps, sentiment: { score: (text) => (scored.push(text), deps.sentiment.score(text)) } };
    };
    const speaking = speech(engineDeps);
    const exchange = (initiator: number, target: number, options?: { lines: number }) =>
      speaking.run(
        w.ecosystemId,
        (deps) => processInteraction(deps, { initiatorId: w.ids[initiator]!, targetId: w.ids[target]!, type: 'chat' }),
        options,
      );
    const calls = llm.requests.length;
    const told = await exchange(0, 1, { lines: linesToWrite({ content: null }) });
    expect(told).toMatchObject({
      success: true,
      interaction: { content: 'Mind the nets.' },
      response: 'Mind the nets.',
    });
    expect(llm.requests.length - calls).toBe(2);
    expect(scored).toHaveLength(2);
    // Untold, the dry run goes on to score them too.
    scored.length = 0;
    await exchange(2, 0);
    expect(scored).toHaveLength(4);
    const events = await t.store.listEvents(w.ecosystemId, 0, 1000);
    expect(events.filter((e) => e.type === 'character_interaction').map((e) => e.data['response_source'])).toEqual([
      'llm',
      'llm',
    ]);
  });
});
