import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  characterCreatedEvent,
  createRandom,
  createSentimentAnalyzer,
  createTemplateDialogue,
  generateCast,
  runTurn,
  startScenario,
  type EngineDeps,
} from '@ensemble/core';
import { sampleEcosystem, sampleUser } from '../store/contract/fixtures.ts';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import { stateAtSeq } from './replay.ts';

let opened: TestStore;
beforeAll(async () => {
  opened = await openTestStore();
}, 60_000);
afterAll(async () => {
  await opened?.close();
});

const kind = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const TURNS = 200;

describe(`replay on ${kind}`, () => {
  it('rebuilds the stored state at the last seq and at 20 random earlier seqs, from checkpoints it saves', async () => {
    const store = opened.store;
    const user = sampleUser();
    const ecosystem = sampleEcosystem(user.id);
    await store.createUser(user);
    await store.createEcosystem(ecosystem);
    let now = Date.UTC(2025, 0, 1, 9);
    let ids = 0;
    const deps: EngineDeps = {
      store,
      clock: { now: () => now },
      ids: { next: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}` },
      sentiment: createSentimentAnalyzer(),
      dialogue: createTemplateDialogue(),
      random: createRandom(11),
    };
    const cast = generateCast(11, 5, ecosystem.id, now);
    await store.transaction(async (tx) => {
      for (const c of cast) await tx.saveCharacter(c);
      await tx.appendEvents(cast.map((c) => characterCreatedEvent(c, now)));
    });
    const { scenario } = await startScenario(deps, {
      ecosystemId: ecosystem.id,
      title: 'Harbour',
      setting: 'the quay at noon',
      mood: 'tense',
      objectives: ['mend the nets'],
      participantIds: cast.map((c) => c.id),
      durationMinutes: TURNS + 10,
      speed: 1,
      maxTurns: TURNS,
      seed: 11,
    });
    const snapshotOf = async () => ({
      characters: Object.fromEntries(
        (await store.listCharacters(ecosystem.id)).map((c) => [
          c.id,
          { mood: c.mood, emotion: c.lastEmotion?.name ?? null, energy: c.energy, personality: c.personality },
        ]),
      ),
      relationships: Object.fromEntries(
        (await store.listRelationships(ecosystem.id)).map((r) => [
          `${r.fromId}>${r.toId}`,
          { strength: r.strength, trust: r.trust, interactionCount: r.interactionCount, label: r.label },
        ]),
      ),
      director: await store
        .getScenario(scenario.id)
        .then((s) => ({ turn: s!.turn, conversations: s!.conversations ?? [], addressed: s!.addressed })),
    });
    const recorded = new Map<number, Awaited<ReturnType<typeof snapshotOf>>>();
    for (let turn = 1; turn <= TURNS; turn++) {
      const outcome = await runTurn(deps, scenario.id);
      if (outcome.kind !== 'played' && outcome.kind !== 'skipped') break;
      now += 60_000;
      const last = outcome.events.at(-1)?.seq;
      if (last !== undefined) recorded.set(last, await snapshotOf());
    }
    const lastSeq = (await store.lastSeqs([ecosystem.id])).get(ecosystem.id)!;
    const replayed = async (seq: number) => {
      const { state, fromSnapshotSeq, eventsReplayed } = await stateAtSeq(store, ecosystem.id, seq, now, 100);
      const view = {
        characters: Object.fromEntries(
          Object.values(state.characters).map((c) => [
            c.id,
            { mood: c.mood, emotion: c.emotion, energy: c.energy, personality: c.personality },
          ]),
        ),
        relationships: Object.fromEntries(
          Object.entries(state.relationships).map(([k, r]) => [
            k,
            { strength: r.strength, trust: r.trust, interactionCount: r.interactionCount, label: r.label },
          ]),
        ),
        director: (({ turn, conversations, addressed }) => ({ turn, conversations, addressed }))(
          state.scenarios![scenario.id]!,
        ),
      };
      return { view, state, fromSnapshotSeq, eventsReplayed };
    };
    // Traits too, exactly: every character_state_changed carries them; and the scenario's conversations under
    // way and who waits to be answered, as stored (jsonb) then.
    const same = (got: unknown, want: Awaited<ReturnType<typeof snapshotOf>>) => expect(got).toEqual(want);

    // The present: the first replay reads the whole log and leaves checkpoints every 100 seqs.
    const first = await replayed(lastSeq);
    expect(first.state.seq).toBe(lastSeq);
    expect(first.fromSnapshotSeq).toBe(0);
    same(first.view, await snapshotOf());
    expect(await store.latestStateSnapshot(ecosystem.id, lastSeq)).toMatchObject({
      seq: Math.floor(lastSeq / 100) * 100,
    });

    // 20 random earlier seqs, each from its checkpoint, equal the state stored then.
    const random = createRandom(5);
    const seqs = [...recorded.keys()].filter((s) => s < lastSeq);
    for (let i = 0; i < 20; i++) {
      const seq = seqs[Math.floor(random.next() * seqs.length)]!;
      const then = await replayed(seq);
      expect(then.state.seq).toBe(seq);
      expect(then.fromSnapshotSeq).toBe(Math.floor(seq / 100) * 100);
      expect(then.eventsReplayed).toBe(seq - then.fromSnapshotSeq);
      same(then.view, recorded.get(seq)!);
    }
  }, 240_000);
});
