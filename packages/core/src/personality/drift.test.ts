import { describe, expect, it } from 'vitest';
import { processInteraction } from '../interactions/process.ts';
import { character, seed, testDeps } from '../interactions/test-support.ts';
import { INTERACTION_TYPES, type BigFive } from '../model.ts';
import { createRandom } from '../random/index.ts';
import { BIG_FIVE_TRAITS } from './big-five.ts';
import { PERSONALITY_DRIFT_BOUNDS, PERSONALITY_DRIFT_RATE, driftCrossedStep, driftPersonality } from './drift.ts';

const MID: BigFive = { openness: 0.5, conscientiousness: 0.5, extraversion: 0.5, agreeableness: 0.5, neuroticism: 0.5 };
const { min, max } = PERSONALITY_DRIFT_BOUNDS;

describe('personality drift', () => {
  it('stays within its bounds over 100,000 exchanges of every kind, from every corner', () => {
    const random = createRandom(42);
    for (const start of [
      MID,
      { ...MID, neuroticism: min, agreeableness: max },
      { ...MID, neuroticism: max, agreeableness: min },
    ]) {
      let p = start;
      for (let turn = 0; turn < 100_000; turn++) {
        p = driftPersonality(p, INTERACTION_TYPES[Math.floor(random.next() * INTERACTION_TYPES.length)]!);
        for (const trait of BIG_FIVE_TRAITS) {
          if (!(p[trait] >= min && p[trait] <= max)) throw new Error(`${trait} = ${p[trait]} at turn ${turn}`);
        }
      }
    }
  });

  it('100,000 conflicts raise neuroticism and lower agreeableness toward the bounds, monotonically, and nothing else', () => {
    let p = MID;
    for (let turn = 0; turn < 100_000; turn++) {
      const next = driftPersonality(p, 'conflict');
      expect(next.neuroticism).toBeGreaterThanOrEqual(p.neuroticism);
      expect(next.agreeableness).toBeLessThanOrEqual(p.agreeableness);
      p = next;
      if (turn === 99) {
        // The documented rate: 100 conflicts take 0.5 to 0.95 − 0.45 × 0.998^100 ≈ 0.582.
        expect(p.neuroticism).toBeCloseTo(max - (max - 0.5) * (1 - PERSONALITY_DRIFT_RATE) ** 100, 10);
        expect(p.neuroticism).toBeCloseTo(0.582, 3);
      }
    }
    expect(p.neuroticism).toBeLessThanOrEqual(max);
    expect(p.neuroticism).toBeGreaterThan(max - 0.001);
    expect(p.agreeableness).toBeGreaterThanOrEqual(min);
    expect(p.agreeableness).toBeLessThan(min + 0.001);
    expect([p.openness, p.conscientiousness, p.extraversion]).toEqual([0.5, 0.5, 0.5]);
  });

  it('collaboration does the reverse; greetings and chat change nothing', () => {
    let p = MID;
    for (let turn = 0; turn < 1000; turn++) p = driftPersonality(p, 'collaboration');
    expect(p.neuroticism).toBeLessThan(0.2);
    expect(p.agreeableness).toBeGreaterThan(0.8);
    expect(driftPersonality(MID, 'greeting')).toBe(MID);
    expect(driftPersonality(MID, 'chat')).toBe(MID);
  });

  it('never pushes a trait a user set beyond a bound further out', () => {
    const outside = { ...MID, neuroticism: 0.99, agreeableness: 0.01 };
    expect(driftPersonality(outside, 'conflict')).toMatchObject({ neuroticism: 0.99, agreeableness: 0.01 });
  });

  it('names the traits that crossed a hundredth', () => {
    expect(driftCrossedStep(MID, { ...MID, neuroticism: 0.5009 })).toEqual([]);
    expect(
      driftCrossedStep({ ...MID, neuroticism: 0.509 }, { ...MID, neuroticism: 0.5101, agreeableness: 0.489 }),
    ).toEqual(['agreeableness', 'neuroticism']);
  });

  it('runs in exchanges: stored personalities drift, personality_drifted marks each hundredth, and the setting turns it off', async () => {
    const run = async (personalityDrift: boolean | undefined) => {
      const { deps, store, clock } = testDeps();
      await seed(store, character('a', 'Ada'), character('b', 'Bo'));
      const drifted: unknown[] = [];
      for (let i = 0; i < 30; i++) {
        clock.advance(60_000);
        const result = await processInteraction(
          { ...deps, ...(personalityDrift === undefined ? {} : { personalityDrift }) },
          { initiatorId: 'a', targetId: 'b', type: 'conflict', content: 'You ruined it.', response: 'I did not.' },
        );
        if (!result.success) throw new Error(result.message);
        drifted.push(...result.events.filter((e) => e.type === 'personality_drifted'));
      }
      return { a: (await store.getCharacter('a'))!, drifted };
    };
    const on = await run(undefined);
    expect(on.a.personality.neuroticism).toBeCloseTo(max - 0.45 * (1 - PERSONALITY_DRIFT_RATE) ** 30, 10);
    // Each side: neuroticism 0.5 → ~0.526 crosses 0.51 and 0.52; agreeableness 0.5 → ~0.474 drops below 0.50
    // (first exchange), 0.49 and 0.48 — together with neuroticism's: three events per character.
    expect(on.drifted).toHaveLength(6);
    expect(on.drifted[0]).toMatchObject({ data: { character_id: 'a', interaction_type: 'conflict' } });
    const off = await run(false);
    expect(off.a.personality).toEqual(MID);
    expect(off.drifted).toEqual([]);
  });
});
