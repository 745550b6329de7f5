import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  characterCreatedEvent,
  createRandom,
  createSentimentAnalyzer,
  createTemplateDialogue,
  generateCast,
  resumeScenario,
  runTurn,
  startScenario,
  type EcosystemEvent,
  type EngineDeps,
  type Conversation,
  type Id,
  type ReplayState,
} from '@ensemble/core';
import { sampleEcosystem, sampleUser } from '../store/contract/fixtures.ts';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import type { AppStore, EcosystemRecord } from '../store/app-store.ts';
import { forkEcosystem, type ForkChange } from './fork.ts';
import { stateAtSeq } from './replay.ts';

let opened: TestStore;
beforeAll(async () => {
  opened = await openTestStore();
}, 60_000);
afterAll(async () => {
  await opened?.close();
});

const kind = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const BEFORE = 40;
const AFTER = 40;
const START = Date.UTC(2025, 0, 1, 9);

function engine(store: AppStore, clock: { now: number }, prefix: number): EngineDeps {
  let n = 0;
  return {
    store,
    clock: { now: () => clock.now },
    ids: { next: () => `00000000-0000-4000-8${prefix}00-${String(++n).padStart(12, '0')}` },
    sentiment: createSentimentAnalyzer(),
    dialogue: createTemplateDialogue(),
    random: createRandom(3),
  };
}

/** A parent ecosystem of `castSize` generated characters with a running scenario (seed 11) of `minutes` minutes. */
async function parentWithScenario(
  store: AppStore,
  clock: { now: number },
  prefix: number,
  minutes: number,
  castSize = 5,
) {
  const user = sampleUser();
  const parent: EcosystemRecord = sampleEcosystem(user.id);
  await store.createUser(user);
  await store.createEcosystem(parent);
  const deps = engine(store, clock, prefix);
  const cast = generateCast(11, castSize, parent.id, clock.now);
  await store.transaction(async (tx) => {
    for (const c of cast) await tx.saveCharacter(c);
    await tx.appendEvents(cast.map((c) => characterCreatedEvent(c, clock.now)));
  });
  const { scenario } = await startScenario(deps, {
    ecosystemId: parent.id,
    title: 'Harbour',
    setting: 'the quay at noon',
    mood: 'tense',
    objectives: ['mend the nets'],
    participantIds: cast.map((c) => c.id),
    durationMinutes: minutes,
    speed: 1,
    maxTurns: null,
    seed: 11,
  });
  return { parent, deps, cast, scenario };
}

/** Plays `turns` turns from `from` (one a minute), as the parent did; returns the events they committed. */
async function play(deps: EngineDeps, clock: { now: number }, scenarioId: Id, from: number, turns: number) {
  const events: EcosystemEvent[] = [];
  for (let i = 0; i < turns; i++) {
    clock.now = from + i * 60_000;
    const outcome = await runTurn(deps, scenarioId);
    if (outcome.kind === 'not_running') break;
    events.push(...outcome.events);
  }
  return events;
}

/**
 * Data made comparable across a parent and a branch: the branch's character and scenario ids read as the
 * parent's (`rename`), and every other generated id (interactions, conversations) numbered by first use.
 */
function normalizer(rename: ReadonlyMap<string, string>, keep: ReadonlySet<string>) {
  const numbered = new Map<string, string>();
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      // A conversation's id is its scenario's id and a counter.
      const [head = '', ...tail] = value.split('.');
      const named = [rename.get(head) ?? head, ...tail].join('.');
      if (keep.has(named) || !uuid.test(named)) return named;
      if (!numbered.has(named)) numbered.set(named, `id#${numbered.size}`);
      return numbered.get(named);
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [rename.get(k) ?? k, walk(v)]));
    }
    return value;
  };
  return walk;
}

/** Events without their envelope ids, seqs and ecosystem ids (types, times and payloads kept). */
function comparable(events: readonly EcosystemEvent[], rename: ReadonlyMap<string, string>, keep: ReadonlySet<string>) {
  const walk = normalizer(rename, keep);
  return events.map((e) => ({ type: e.type, timestamp: e.timestamp, data: walk(e.data) }));
}

/** A replayed state's characters and relationships, comparable the same way. */
function comparableState(state: ReplayState, rename: ReadonlyMap<string, string>, keep: ReadonlySet<string>) {
  const walk = normalizer(rename, keep);
  const relationships = Object.values(state.relationships)
    .map((r) => walk(r) as { fromId: string; toId: string })
    .sort((x, y) => `${x.fromId}>${x.toId}`.localeCompare(`${y.fromId}>${y.toId}`));
  return { characters: walk(state.characters), relationships };
}

describe(`branches on ${kind}`, () => {
  it('a branch forked at the newest seq, played with the same seed and clock, produces the same events as its parent; with a change it diverges', async () => {
    const store = opened.store;
    const clock = { now: START };
    const { parent, deps, cast, scenario } = await parentWithScenario(store, clock, 1, BEFORE + AFTER + 10);
    await play(deps, clock, scenario.id, START, BEFORE);
    const forkAt = START + BEFORE * 60_000;
    const forkSeq = (await store.lastSeqs([parent.id])).get(parent.id)!;

    /** Forks now (optionally changed); `play` resumes the carried scenario and plays it on, giving its events. */
    const branch = async (prefix: number, change?: ForkChange) => {
      const at = { now: forkAt };
      const branchDeps = engine(store, at, prefix);
      const fork = await forkEcosystem(store, branchDeps, parent, change ? { change } : {});
      expect(fork.ecosystem.parent).toEqual({ id: parent.id, seq: forkSeq });
      const branchScenario = fork.scenarioIds[scenario.id]!;
      expect((await store.getScenario(branchScenario))?.status).toBe('paused');
      const rename = new Map<string, string>([
        ...Object.entries(fork.characterIds).map(([from, to]) => [to, from] as [string, string]),
        [branchScenario, scenario.id],
      ]);
      const playOn = async () => {
        await resumeScenario(branchDeps, branchScenario);
        return play(branchDeps, at, branchScenario, forkAt, AFTER);
      };
      return { fork, rename, playOn };
    };

    // Both branches are made before the parent plays on (a changed one too: its change names the parent's characters).
    const [a, b] = cast;
    const same = await branch(2);
    const changed = await branch(3, {
      traits: [{ characterId: a!.id, personality: { neuroticism: 0.95, agreeableness: 0.05 } }],
      relationships: [
        { fromId: a!.id, toId: b!.id, strength: -0.9, trust: 0 },
        { fromId: b!.id, toId: a!.id, strength: -0.9, trust: 0 },
      ],
    });
    const parentEvents = await play(deps, clock, scenario.id, forkAt, AFTER);
    expect(parentEvents.length).toBeGreaterThan(AFTER * 3);
    expect(parentEvents.some((e) => e.type === 'character_interaction')).toBe(true);
    const keep = new Set<string>([...cast.map((c) => c.id), scenario.id]);
    const want = comparable(parentEvents, new Map(), keep);
    expect(comparable(await same.playOn(), same.rename, keep)).toEqual(want);

    // The branch's own log, up to the resume, replays to the parent's state at the fork point.
    const branchLog = await store.listEvents(same.fork.ecosystem.id, 0, 1000);
    const resumedAt = branchLog.find((e) => e.type === 'scenario_resumed')!.seq;
    const branchThen = (await stateAtSeq(store, same.fork.ecosystem.id, resumedAt - 1, forkAt)).state;
    const parentThen = (await stateAtSeq(store, parent.id, forkSeq, forkAt)).state;
    expect(comparableState(branchThen, same.rename, keep)).toEqual(comparableState(parentThen, new Map(), keep));
    expect(Object.values(branchThen.scenarios ?? {}).map((s) => s.turn)).toEqual([BEFORE]);

    // With a change (two of them start as enemies, one anxious and disagreeable), the branch goes its own way.
    const changedEvents = await changed.playOn();
    const got = comparable(changedEvents, changed.rename, keep);
    expect(got).not.toEqual(want);
    const changedLog = await store.listEvents(changed.fork.ecosystem.id, 0, 1000);
    // The change is logged after the copied state, before anything is played.
    const updated = changedLog.find((e) => e.type === 'character_updated');
    expect(updated?.data).toMatchObject({ changed: ['personality'] });
    expect(
      changedLog.filter((e) => e.type === 'relationship_changed' && e.data['strength'] === -0.9).map((e) => e.data),
    ).toHaveLength(2);
  }, 240_000);

  it('branches forked at earlier seqs, in the middle of conversations, played with the same seed and clock, produce the same events as their parent after each seq', async () => {
    const store = opened.store;
    const TURNS = 60;
    const clock = { now: START };
    // Eight characters: room for two conversations at once.
    const { parent, deps, cast, scenario } = await parentWithScenario(store, clock, 4, TURNS + 10, 8);
    // The parent plays every turn; after each: its last seq, the events it committed, the conversations under way.
    const turns: { seq: number; events: EcosystemEvent[]; open: Conversation[] }[] = [];
    for (let i = 0; i < TURNS; i++) {
      clock.now = START + i * 60_000;
      const outcome = await runTurn(deps, scenario.id);
      if (outcome.kind === 'not_running') throw new Error(`turn ${i + 1} not played`);
      turns.push({
        seq: outcome.events.at(-1)!.seq,
        events: outcome.events,
        open: outcome.scenario.conversations ?? [],
      });
    }
    const conversationOf = (events: readonly EcosystemEvent[]) =>
      events.find((e) => e.type === 'character_interaction')?.data['conversation_id'];
    // Fork points: after turn k, a conversation that has already had lines goes on in turn k + 1.
    const underWay = (k: number) =>
      turns[k - 1]!.open.some((c) => c.lines > 0 && c.id === conversationOf(turns[k]!.events));
    const candidates = Array.from({ length: TURNS - 15 }, (_, i) => i + 5).filter(underWay);
    const points = [8, 20, 32, 44].map((from) => candidates.find((k) => k >= from)!);
    expect(points.every((k) => k !== undefined)).toBe(true);
    expect(new Set(points).size).toBe(points.length);
    // At one of them at least, two conversations are under way at once.
    expect(points.some((k) => turns[k - 1]!.open.length >= 2)).toBe(true);

    const keep = new Set<string>([...cast.map((c) => c.id), scenario.id]);
    const parentEnd = await stateAtSeq(store, parent.id, turns.at(-1)!.seq, clock.now);
    for (const [n, k] of points.entries()) {
      const seq = turns[k - 1]!.seq;
      const at = { now: START + k * 60_000 };
      const branchDeps = engine(store, at, 5 + n);
      const fork = await forkEcosystem(store, branchDeps, parent, { atSeq: seq });
      expect(fork.ecosystem.parent).toEqual({ id: parent.id, seq });
      const branchScenario = fork.scenarioIds[scenario.id]!;
      const rename = new Map<string, string>([
        ...Object.entries(fork.characterIds).map(([from, to]) => [to, from] as [string, string]),
        [branchScenario, scenario.id],
      ]);
      // The branch carries the conversations under way then, and its own log (scenario_started) says so.
      const open = normalizer(new Map(), keep)(turns[k - 1]!.open);
      expect(normalizer(rename, keep)((await store.getScenario(branchScenario))!.conversations)).toEqual(open);
      const branchLog = await store.listEvents(fork.ecosystem.id, 0, 1000);
      const copied = await stateAtSeq(store, fork.ecosystem.id, branchLog.at(-1)!.seq, at.now);
      expect(normalizer(rename, keep)(copied.state.scenarios![branchScenario]!.conversations)).toEqual(open);
      await resumeScenario(branchDeps, branchScenario);
      const got = await play(branchDeps, at, branchScenario, at.now, TURNS - k);
      const want = turns.slice(k).flatMap((t) => t.events);
      expect(got.length).toBeGreaterThan(0);
      // Speakers, acts, lines, relationship values, moods: every event after the fork point, in order.
      expect(comparable(got, rename, keep), `forked after turn ${k} (seq ${seq})`).toEqual(
        comparable(want, new Map(), keep),
      );
      const branchEnd = await stateAtSeq(store, fork.ecosystem.id, got.at(-1)!.seq, at.now);
      expect(comparableState(branchEnd.state, rename, keep)).toEqual(comparableState(parentEnd.state, new Map(), keep));
    }
  }, 240_000);
});
