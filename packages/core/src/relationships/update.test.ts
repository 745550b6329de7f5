import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERACTION_TYPES } from '../model.ts';
import type { InteractionType, Relationship } from '../model.ts';
import { RELATIONSHIP_DRIFT_HALF_LIFE_MS, driftRelationship } from './drift.ts';
import { INITIAL_TRUST, newRelationship } from './relationship.ts';
import { TRUST_LOSS_MULTIPLIER, updateRelationship } from './update.ts';
import type { RelationshipUpdateInput } from './update.ts';

const T0 = 1_700_000_000_000;
const MINUTE = 60_000;
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const signed = fc.double({ min: -1, max: 1, noNaN: true });

function met(overrides: Partial<Relationship> = {}): Relationship {
  return { ...newRelationship('e', 'a', 'b'), interactionCount: 5, lastInteractionAt: T0, ...overrides };
}

function history(type: InteractionType, sentiment: number, count: number): Relationship {
  let r = newRelationship('e', 'a', 'b');
  for (let i = 0; i < count; i++) {
    r = updateRelationship(r, {
      interactionType: type,
      sentiment,
      compatibility: 0.5,
      now: T0 + i * MINUTE,
    }).relationship;
  }
  return r;
}

describe('newRelationship', () => {
  it('starts as neutral strangers with modest trust', () => {
    expect(newRelationship('e', 'a', 'b')).toEqual({
      ecosystemId: 'e',
      fromId: 'a',
      toId: 'b',
      strength: 0,
      trust: INITIAL_TRUST,
      interactionCount: 0,
      lastInteractionAt: null,
      label: 'stranger',
    });
    expect(INITIAL_TRUST).toBeGreaterThan(0);
    expect(INITIAL_TRUST).toBeLessThan(0.5);
  });
});

describe('updateRelationship', () => {
  it('counts the interaction, stamps its time and recomputes the label', () => {
    const { relationship } = updateRelationship(met({ strength: 0.25 }), {
      interactionType: 'collaboration',
      sentiment: 0.8,
      compatibility: 0.8,
      now: T0 + MINUTE,
    });
    expect(relationship.interactionCount).toBe(6);
    expect(relationship.lastInteractionAt).toBe(T0 + MINUTE);
    expect(relationship.strength).toBeGreaterThan(0.3);
    expect(relationship.label).toBe('friend');
  });

  it('warms for friendly types and cools for conflict', () => {
    const input = { sentiment: 0, compatibility: 0.5, now: T0 + MINUTE };
    for (const type of ['greeting', 'chat', 'collaboration'] as const) {
      expect(updateRelationship(met(), { ...input, interactionType: type }).delta.strengthDelta).toBeGreaterThan(0);
    }
    expect(updateRelationship(met(), { ...input, interactionType: 'conflict' }).delta.strengthDelta).toBeLessThan(0);
  });

  it('lets collaboration count more than chat, and chat more than a greeting', () => {
    const gain = (interactionType: InteractionType) =>
      updateRelationship(met(), { interactionType, sentiment: 0.2, compatibility: 0.5, now: T0 }).delta.strengthDelta;
    expect(gain('collaboration')).toBeGreaterThan(gain('chat'));
    expect(gain('chat')).toBeGreaterThan(gain('greeting'));
  });

  it('lets a hostile line turn a chat sour', () => {
    const { delta } = updateRelationship(met(), {
      interactionType: 'chat',
      sentiment: -1,
      compatibility: 0.5,
      now: T0,
    });
    expect(delta.strengthDelta).toBeLessThan(0);
  });

  it('warms a compatible pair faster and cools it slower', () => {
    const at = (interactionType: InteractionType, compatibility: number) =>
      updateRelationship(met(), { interactionType, sentiment: 0, compatibility, now: T0 }).delta.strengthDelta;
    expect(at('chat', 0.9)).toBeGreaterThan(at('chat', 0.1));
    expect(at('conflict', 0.9)).toBeGreaterThan(at('conflict', 0.1)); // less negative
  });

  it('gives diminishing returns near the bound it moves toward', () => {
    const input: RelationshipUpdateInput = {
      interactionType: 'collaboration',
      sentiment: 0.5,
      compatibility: 0.5,
      now: T0,
    };
    const fromNeutral = updateRelationship(met({ strength: 0 }), input).delta.strengthDelta;
    const fromClose = updateRelationship(met({ strength: 0.9 }), input).delta.strengthDelta;
    expect(fromClose).toBeGreaterThan(0);
    expect(fromClose).toBeLessThan(fromNeutral / 5);
  });

  it('applies drift first and reports deltas against the relationship as passed', () => {
    const r = met({ strength: 0.6, trust: 0.5 });
    const now = T0 + RELATIONSHIP_DRIFT_HALF_LIFE_MS;
    const { relationship, delta } = updateRelationship(r, {
      interactionType: 'greeting',
      sentiment: 0,
      compatibility: 0.5,
      now,
    });
    const drifted = driftRelationship(r, now);
    expect(relationship.strength).toBeGreaterThan(drifted.strength);
    expect(relationship.strength).toBeLessThan(r.strength); // a greeting does not undo a day of silence
    expect(delta).toEqual({
      fromId: 'a',
      toId: 'b',
      strengthDelta: relationship.strength - r.strength,
      trustDelta: relationship.trust - r.trust,
      newStrength: relationship.strength,
      newTrust: relationship.trust,
      label: relationship.label,
    });
  });

  it('labels a conflict-heavy history rival or enemy', () => {
    const r = history('conflict', -0.4, 10);
    expect(['rival', 'enemy']).toContain(r.label);
    expect(r.trust).toBeLessThan(INITIAL_TRUST);
  });

  it('labels a collaboration-heavy history friend or close friend', () => {
    const r = history('collaboration', 0.4, 15);
    expect(['friend', 'close friend']).toContain(r.label);
    expect(r.trust).toBeGreaterThan(INITIAL_TRUST);
  });

  it('builds trust slowly and loses it quickly: a loss is at least 3× the mirror-image gain', () => {
    expect(TRUST_LOSS_MULTIPLIER).toBeGreaterThanOrEqual(3);
    fc.assert(
      fc.property(
        fc.double({ min: 0.25, max: 0.9, noNaN: true }),
        signed,
        unit,
        unit,
        (trust, sentiment, compatibility, strength) => {
          const r = met({ trust, strength });
          const input = { sentiment, compatibility, now: T0 };
          const gain = updateRelationship(r, { ...input, interactionType: 'collaboration' }).delta.trustDelta;
          const loss = -updateRelationship(r, { ...input, sentiment: -sentiment, interactionType: 'conflict' }).delta
            .trustDelta;
          expect(gain).toBeGreaterThan(0);
          expect(loss).toBeGreaterThanOrEqual(3 * gain);
        },
      ),
    );
  });
});

describe('relationship bounds', () => {
  const step = fc.oneof(
    fc.record({
      kind: fc.constant('interact' as const),
      interactionType: fc.constantFrom(...INTERACTION_TYPES),
      sentiment: signed,
      compatibility: unit,
      gapMs: fc.double({ min: 0, max: 10 * RELATIONSHIP_DRIFT_HALF_LIFE_MS, noNaN: true }),
    }),
    fc.record({ kind: fc.constant('drift' as const), gapMs: fc.double({ min: -1e6, max: 1e10, noNaN: true }) }),
  );

  it('keeps strength in [-1,1] and trust in [0,1] through any sequence of updates and drift', () => {
    fc.assert(
      fc.property(signed, unit, fc.array(step, { maxLength: 80 }), (strength, trust, steps) => {
        let r = met({ strength, trust });
        let now = T0;
        for (const s of steps) {
          now += s.gapMs;
          r = s.kind === 'drift' ? driftRelationship(r, now) : updateRelationship(r, { ...s, now }).relationship;
          expect(r.strength).toBeGreaterThanOrEqual(-1);
          expect(r.strength).toBeLessThanOrEqual(1);
          expect(r.trust).toBeGreaterThanOrEqual(0);
          expect(r.trust).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('holds the bounds under a long run of the most extreme interactions', () => {
    for (const [type, sentiment] of [
      ['collaboration', 1],
      ['conflict', -1],
    ] as const) {
      let r = met();
      for (let i = 0; i < 500; i++) {
        r = updateRelationship(r, {
          interactionType: type,
          sentiment,
          compatibility: type === 'conflict' ? 0 : 1,
          now: T0,
        }).relationship;
      }
      expect(Math.abs(r.strength)).toBeLessThanOrEqual(1);
      expect(r.trust).toBeGreaterThanOrEqual(0);
      expect(r.trust).toBeLessThanOrEqual(1);
    }
  });
});
