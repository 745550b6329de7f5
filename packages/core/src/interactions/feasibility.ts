import { ENERGY_THRESHOLD, canStartInteraction } from '../affect/index.ts';
import type { Character, Relationship } from '../model.ts';

/** Why an interaction cannot happen now; stable codes the API and UI switch on. */
export type FeasibilityReason =
  | 'not_found'
  | 'same_character'
  | 'different_ecosystem'
  | 'inactive'
  | 'tired'
  | 'cooldown';

/** The outcome of a feasibility check. */
export type Feasibility = { ok: true } | { ok: false; reason: FeasibilityReason; message: string };

/**
 * Minimum time between two exchanges of the same pair, in either direction. Ten seconds stops a pair
 * from monopolising a scenario at high speed (and a client from hammering one pair), yet is short next
 * to a scenario minute, so normal turn-taking is never held back.
 */
export const PAIR_COOLDOWN_MS = 10_000;

/**
 * Whether `initiator` may start an exchange with `target` at `now` (both already settled to `now`).
 * Checks, in order: both exist, distinct, same ecosystem, both active, initiator not tired, pair not cooling down.
 */
export function checkFeasibility(
  initiator: Character | null,
  target: Character | null,
  now: number,
  relationships: { forward: Relationship | null; reverse: Relationship | null },
): Feasibility {
  if (!initiator || !target) {
    const which =
      !initiator && !target
        ? 'Neither character exists.'
        : `The ${!initiator ? 'initiating' : 'target'} character does not exist.`;
    return refuse('not_found', which);
  }
  if (initiator.id === target.id) return refuse('same_character', `${initiator.name} cannot interact with themselves.`);
  if (initiator.ecosystemId !== target.ecosystemId) {
    return refuse('different_ecosystem', `${initiator.name} and ${target.name} live in different ecosystems.`);
  }
  const inactive = [initiator, target].find((c) => !c.active);
  if (inactive) return refuse('inactive', `${inactive.name} is inactive and cannot take part in interactions.`);
  if (!canStartInteraction(initiator.energy)) {
    return refuse(
      'tired',
      `${initiator.name} is too tired to start an interaction ` +
        `(energy ${initiator.energy.toFixed(2)}, needs ${ENERGY_THRESHOLD.toFixed(2)}); let them rest.`,
    );
  }
  const last = Math.max(
    relationships.forward?.lastInteractionAt ?? -Infinity,
    relationships.reverse?.lastInteractionAt ?? -Infinity,
  );
  const wait = last + PAIR_COOLDOWN_MS - now;
  if (wait > 0) {
    return refuse(
      'cooldown',
      `${initiator.name} and ${target.name} have just spoken; ` + `they can talk again in ${Math.ceil(wait / 1000)} s.`,
    );
  }
  return { ok: true };
}

function refuse(reason: FeasibilityReason, message: string): Feasibility {
  return { ok: false, reason, message };
}
