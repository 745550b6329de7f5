import { describe, expect, it } from 'vitest';
import { createTemplateDialogue } from '../dialogue/index.ts';
import type { EcosystemEvent } from '../model.ts';
import type { EngineDeps } from '../ports/index.ts';
import { createRandom } from '../random/index.ts';
import { generateCast } from '../scenarios/cast.ts';
import { createSequentialIds, createVirtualClock } from '../scenarios/simulation.ts';
import { intervene, runTurn, startScenario } from '../scenarios/index.ts';
import { createSentimentAnalyzer } from '../sentiment/index.ts';
import { InMemoryStore } from '../store/in-memory.ts';
import { applyEvent, emptyReplayState, replayEvents, type ReplayState } from './replay.ts';

const ECO = 'eco-replay';
const TURNS = 2000;

/** The stored state in replay's shape: every character, relationship and scenario as the store holds it. */
async function storedState(
  store: InMemoryStore,
  scenarioId: string,
): Promise<Omit<ReplayState, 'seq' | 'at' | 'version'>> {
  const iso = (ms: number) => new Date(ms).toISOString();
  const characters = Object.fromEntries(
    (await store.listCharacters(ECO)).map((c) => [
      c.id,
      {
        id: c.id,
        name: c.name,
        active: c.active,
        personality: c.personality,
        mood: c.mood,
        emotion: c.lastEmotion?.name ?? null,
        emotionIntensity: c.lastEmotion?.intensity ?? null,
        energy: c.energy,
        stateUpdatedAt: iso(c.stateUpdatedAt),
      },
    ]),
  );
  const relationships = Object.fromEntries(
    (await store.listRelationships(ECO)).map((r) => [
      `${r.fromId}>${r.toId}`,
      {
        fromId: r.fromId,
        toId: r.toId,
        strength: r.strength,
        trust: r.trust,
        interactionCount: r.interactionCount,
        label: r.label,
        lastInteractionAt: r.lastInteractionAt === null ? null : iso(r.lastInteractionAt),
      },
    ]),
  );
  const scenarios = Object.fromEntries(
    [(await store.getScenario(scenarioId))!].map((s) => [
      s.id,
      {
        id: s.id,
        status: s.status,
        turn: s.turn,
        objectives: s.objectives,
        startedAt: iso(s.startedAt),
        endedAt: s.endedAt === null ? null : iso(s.endedAt),
        endReason: s.endReason,
        // The director's state between turns: the conversations under way and who waits to be answered.
        conversations: s.conversations ?? [],
        addressed: s.addressed,
      },
    ]),
  );
  return { characters, relationships, scenarios };
}

function withoutPosition({ seq: _s, at: _a, version: _v, ...rest }: ReplayState) {
  return rest;
}

describe('replay', () => {
  it(`after a ${TURNS}-turn run, the state rebuilt at the last seq equals the stored state, and at 20 random earlier seqs the state stored then`, async () => {
    const store = new InMemoryStore();
    const clock = createVirtualClock(Date.UTC(2025, 0, 1, 9));
    const deps: EngineDeps = {
      store,
      clock,
      ids: createSequentialIds('rp'),
      sentiment: createSentimentAnalyzer(),
      dialogue: createTemplateDialogue(),
      random: createRandom(7),
    };
    const cast = generateCast(7, 6, ECO, clock.now());
    for (const c of cast) await store.saveCharacter(c);
    // The characters' creation is logged as the API logs it.
    const { characterCreatedEvent } = await import('../events/index.ts');
    await store.appendEvents(cast.map((c) => characterCreatedEvent(c, clock.now())));
    const { scenario } = await startScenario(deps, {
      ecosystemId: ECO,
      title: 'Market day',
      setting: 'the market square at noon',
      mood: 'tense',
      objectives: ['sell the catch'],
      participantIds: cast.map((c) => c.id),
      durationMinutes: TURNS + 10,
      speed: 1,
      maxTurns: TURNS,
      seed: 7,
    });
    const recorded = new Map<number, Awaited<ReturnType<typeof storedState>>>();
    for (let turn = 1; turn <= TURNS; turn++) {
      const outcome = await runTurn(deps, scenario.id);
      if (outcome.kind !== 'played' && outcome.kind !== 'skipped') break;
      clock.advance(60_000);
      const last = outcome.events.at(-1)?.seq;
      if (last !== undefined) recorded.set(last, await storedState(store, scenario.id));
    }
    const events = await store.listEvents(ECO, 0, Number.MAX_SAFE_INTEGER);
    expect(events.length).toBeGreaterThan(TURNS * 5);
    expect(events.some((e) => e.type === 'personality_drifted')).toBe(true);

    // The last seq: exactly the stored state.
    const final = replayEvents(emptyReplayState(), events);
    expect(final.seq).toBe(events.at(-1)!.seq);
    // Traits, moods, emotions and their intensity, energy, relationships and scenarios exactly.
    expect(withoutPosition(final)).toEqual(await storedState(store, scenario.id));

    // 20 random earlier seqs, one fold with checkpoints on the way (as the API resumes from a checkpoint).
    const random = createRandom(99);
    const seqs = [...recorded.keys()];
    const picks = new Set<number>();
    while (picks.size < 20) picks.add(seqs[Math.floor(random.next() * (seqs.length - 1))]!);
    const state = emptyReplayState();
    let checkpoint = structuredClone(state);
    for (const event of events) {
      applyEvent(state, event);
      if (event.seq % 1000 === 0) checkpoint = structuredClone(state);
      if (picks.has(event.seq)) {
        const then = recorded.get(event.seq)!;
        expect(withoutPosition(state)).toEqual(then);
        // From the last checkpoint, the same.
        const resumed = replayEvents(checkpoint, events.slice(checkpoint.seq, event.seq));
        expect(resumed).toEqual(state);
      }
    }
  }, 120_000);

  it("rebuilds the conversations under way and who waits to be answered after every turn and person's message; events written before them leave both unknown", async () => {
    const store = new InMemoryStore();
    const clock = createVirtualClock(Date.UTC(2025, 0, 1, 9));
    const deps: EngineDeps = {
      store,
      clock,
      ids: createSequentialIds('cv'),
      sentiment: createSentimentAnalyzer(),
      dialogue: createTemplateDialogue(),
      random: createRandom(4),
    };
    const cast = generateCast(4, 9, ECO, clock.now());
    for (const c of cast) await store.saveCharacter(c);
    const { scenario } = await startScenario(deps, {
      ecosystemId: ECO,
      title: 'Market day',
      setting: 'the market square at noon',
      mood: 'festive',
      objectives: ['sell the catch'],
      participantIds: cast.map((c) => c.id),
      durationMinutes: 200,
      speed: 1,
      maxTurns: null,
      seed: 4,
    });
    const replayed = async () => {
      const s = replayEvents(emptyReplayState(), await store.listEvents(ECO, 0, 100_000)).scenarios![scenario.id]!;
      return { conversations: s.conversations, addressed: s.addressed };
    };
    const stored = async () => {
      const s = (await store.getScenario(scenario.id))!;
      return { conversations: s.conversations ?? [], addressed: s.addressed };
    };
    let most = 0;
    let withPerson = 0;
    let left = 0;
    for (let i = 0; i < 60; i++) {
      // Now and then a person speaks: to everyone (joining or opening a conversation), or, once in one, to
      // someone in another conversation (leaving the first, which goes on without them).
      if (i % 5 === 3) {
        const { conversations } = await stored();
        const mine = conversations.find((c) => c.userNames.includes('Sam'));
        const elsewhere = conversations.find((c) => c !== mine && c.participantIds.length >= 2);
        const target = mine && elsewhere ? elsewhere.participantIds[0]! : null;
        await intervene(deps, scenario.id, {
          userName: 'Sam',
          message: 'What news of the catch?',
          targetCharacterId: target,
        });
        if (target !== null) left += 1;
        expect(await replayed()).toEqual(await stored());
      }
      await runTurn(deps, scenario.id);
      clock.advance(60_000);
      const now = await stored();
      expect(await replayed()).toEqual(now);
      most = Math.max(most, now.conversations.length);
      if (now.conversations.some((c) => c.userNames.includes('Sam'))) withPerson += 1;
    }
    // Several conversations at once, a person in one of them at times: the cases the fold must get right.
    expect(most).toBeGreaterThanOrEqual(2);
    expect(withPerson).toBeGreaterThan(0);
    expect(left).toBeGreaterThan(0);

    // A log written before turns carried the conversation: replay no longer knows them (nor who waits).
    const events = await store.listEvents(ECO, 0, 100_000);
    const turns = events.filter((e) => e.type === 'scenario_turn');
    const old = (e: EcosystemEvent): EcosystemEvent => {
      const { conversation: _c, addressed: _a, ...data } = e.data;
      return { ...e, data };
    };
    const cut = turns[30]!.seq;
    const state = replayEvents(
      emptyReplayState(),
      events.map((e) => (e.type === 'scenario_turn' && e.seq <= cut ? old(e) : e)),
    ).scenarios![scenario.id]!;
    expect(state.conversations).toBeUndefined();
    // Who waits is told again by the next turn; the rest of the standing is unaffected.
    expect(state.addressed).toEqual((await stored()).addressed);
    expect(state.turn).toBe(60);
  });

  it('removes a deleted character with its relationships and ignores events it does not know', () => {
    const state = emptyReplayState();
    const at = '2025-01-01T00:00:00.000Z';
    const base = { id: 'x', ecosystemId: ECO, timestamp: at };
    const character = (id: string) => ({
      id,
      name: id,
      description: '',
      personality: { openness: 0.5, conscientiousness: 0.5, extraversion: 0.5, agreeableness: 0.5, neuroticism: 0.5 },
      mood: { pleasure: 0, arousal: 0, dominance: 0 },
      emotion: null,
      energy: 1,
      active: true,
      created_at: at,
    });
    applyEvent(state, { ...base, seq: 1, type: 'character_created', data: { character: character('a') } });
    applyEvent(state, { ...base, seq: 2, type: 'character_created', data: { character: character('b') } });
    applyEvent(state, {
      ...base,
      seq: 3,
      type: 'relationship_changed',
      data: {
        from_id: 'a',
        to_id: 'b',
        strength: 0.1,
        trust: 0.5,
        interaction_count: 1,
        label: 'acquaintance',
        strength_delta: 0.1,
        trust_delta: 0,
        interaction_id: null,
      },
    });
    applyEvent(state, { ...base, seq: 4, type: 'some_future_event' as never, data: {} });
    expect(Object.keys(state.relationships)).toEqual(['a>b']);
    applyEvent(state, { ...base, seq: 5, type: 'character_deleted', data: { character_id: 'b', name: 'b' } });
    expect(Object.keys(state.characters)).toEqual(['a']);
    expect(state.relationships).toEqual({});
    expect(state.seq).toBe(5);
  });
});
