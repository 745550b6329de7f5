import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERACTION_TYPES } from '../model.ts';
import { bigFiveArb, traitArb, uniformPersonality } from '../../testing/arbitraries.ts';
import {
  ENERGY_RECOVERY_PER_MINUTE,
  ENERGY_THRESHOLD,
  canStartInteraction,
  energyCost,
  recoverEnergy,
  spendEnergy,
} from './energy.ts';

const average = uniformPersonality(0.5);
const role = fc.constantFrom('initiator' as const, 'target' as const);
const type = fc.constantFrom(...INTERACTION_TYPES);
const MINUTE = 60_000;

describe('energyCost', () => {
  it('charges an extravert less than an introvert for the same exchange', () => {
    fc.assert(
      fc.property(type, role, bigFiveArb, traitArb, traitArb, (t, r, p, e1, e2) => {
        fc.pre(Math.abs(e1 - e2) > 1e-6);
        const [introvert, extravert] = e1 < e2 ? [e1, e2] : [e2, e1];
        expect(energyCost(t, { ...p, extraversion: extravert }, r)).toBeLessThan(
          energyCost(t, { ...p, extraversion: introvert }, r),
        );
      }),
    );
  });

  it('makes conflict the most expensive exchange for anyone', () => {
    fc.assert(
      fc.property(bigFiveArb, role, (p, r) => {
        for (const t of INTERACTION_TYPES) {
          if (t !== 'conflict') expect(energyCost('conflict', p, r)).toBeGreaterThan(energyCost(t, p, r));
        }
      }),
    );
  });

  it('charges the initiator more than the target', () => {
    expect(energyCost('chat', average, 'initiator')).toBeGreaterThan(energyCost('chat', average, 'target'));
  });
});

describe('recoverEnergy', () => {
  it('recovers at the documented rate for an average character', () => {
    expect(recoverEnergy(0.2, 2 * MINUTE, average)).toBeCloseTo(0.2 + 2 * ENERGY_RECOVERY_PER_MINUTE, 12);
  });

  it('lets introverts recover faster at rest', () => {
    const introvert = recoverEnergy(0.2, 2 * MINUTE, { ...average, extraversion: 0.1 });
    const extravert = recoverEnergy(0.2, 2 * MINUTE, { ...average, extraversion: 0.9 });
    expect(introvert).toBeGreaterThan(extravert);
  });

  it('never exceeds a full tank and ignores non-positive time', () => {
    expect(recoverEnergy(0.9, 24 * 60 * MINUTE, average)).toBe(1);
    expect(recoverEnergy(0.4, 0, average)).toBe(0.4);
    expect(recoverEnergy(0.4, -MINUTE, average)).toBe(0.4);
  });
});

describe('energy bounds', () => {
  it('keeps energy in [0,1] through any sequence of costs and rest', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('spend' as const), type, role }),
      fc.record({ kind: fc.constant('rest' as const), ms: fc.double({ min: -1e7, max: 1e9, noNaN: true }) }),
    );
    fc.assert(
      fc.property(traitArb, bigFiveArb, fc.array(step, { maxLength: 60 }), (start, p, steps) => {
        let energy = start;
        for (const s of steps) {
          energy =
            s.kind === 'spend' ? spendEnergy(energy, energyCost(s.type, p, s.role)) : recoverEnergy(energy, s.ms, p);
          expect(energy).toBeGreaterThanOrEqual(0);
          expect(energy).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('lets a character start an interaction only at or above the threshold', () => {
    expect(canStartInteraction(ENERGY_THRESHOLD)).toBe(true);
    expect(canStartInteraction(ENERGY_THRESHOLD - 0.001)).toBe(false);
    expect(canStartInteraction(1)).toBe(true);
  });

  it('tires out a character that keeps arguing without rest', () => {
    let energy = 1;
    let exchanges = 0;
    while (canStartInteraction(energy) && exchanges < 100) {
      energy = spendEnergy(energy, energyCost('conflict', average, 'initiator'));
      exchanges++;
    }
    expect(canStartInteraction(energy)).toBe(false);
    expect(exchanges).toBeLessThan(20);
  });
});
