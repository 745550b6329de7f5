import { clampUnit } from '../bounds.ts';
import type { BigFive, InteractionType } from '../model.ts';
import { centered } from '../personality/big-five.ts';

/**
 * Energy an average (E = 0.5) initiator spends on one exchange of each type, out of a full tank of 1.
 * Conflict is the most draining; a greeting barely registers. About 15 chats empty a tired-out introvert.
 */
export const ENERGY_COST: Readonly<Record<InteractionType, number>> = {
  greeting: 0.02,
  chat: 0.05,
  collaboration: 0.08,
  conflict: 0.12,
};

/**
 * Social exchanges drain introverts and feed extraverts (Eysenck's arousal account of extraversion):
 * the cost is scaled by 1 − 0.4·E', so ×1.4 for E = 0 and ×0.6 for E = 1.
 */
export const EXTRAVERSION_COST_GAIN = 0.4;

/** The target answers rather than starts, which takes a little less out of it. */
export const ENERGY_ROLE_FACTOR = { initiator: 1, target: 0.8 } as const;

/**
 * Energy an average character regains per minute of rest: empty to full in about five minutes, so a
 * cast can keep a scene going at the demo pace (a turn every few seconds) while its introverts still
 * need to sit some turns out.
 */
export const ENERGY_RECOVERY_PER_MINUTE = 0.2;

/**
 * Introverts recharge faster when left alone (solitude is restorative for them): recovery is scaled
 * by 1 − 0.3·E', so ×1.3 for E = 0 and ×0.7 for E = 1.
 */
export const EXTRAVERSION_RECOVERY_GAIN = 0.3;

/** Below this energy a character cannot start an interaction (reason: tired). */
export const ENERGY_THRESHOLD = 0.15;

const MS_PER_MINUTE = 60_000;

/** Energy one exchange costs a character in the given role: by type, more for introverts. */
export function energyCost(type: InteractionType, personality: BigFive, role: 'initiator' | 'target'): number {
  const temperament = 1 - EXTRAVERSION_COST_GAIN * centered(clampUnit(personality.extraversion));
  return ENERGY_COST[type] * temperament * ENERGY_ROLE_FACTOR[role];
}

/** Energy after paying `cost`, never below 0. */
export function spendEnergy(energy: number, cost: number): number {
  return clampUnit(energy - Math.max(0, cost));
}

/** Energy after resting `elapsedMs`: linear recovery, faster for introverts, capped at 1. */
export function recoverEnergy(energy: number, elapsedMs: number, personality: BigFive): number {
  if (!(elapsedMs > 0)) return clampUnit(energy);
  const rate =
    ENERGY_RECOVERY_PER_MINUTE * (1 - EXTRAVERSION_RECOVERY_GAIN * centered(clampUnit(personality.extraversion)));
  return clampUnit(energy + rate * (elapsedMs / MS_PER_MINUTE));
}

/** Whether a character has the energy to start an interaction. */
export function canStartInteraction(energy: number): boolean {
  return energy >= ENERGY_THRESHOLD;
}
