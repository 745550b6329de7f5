import type { EcosystemEvent } from '@ensemble/sdk';

/** The Big Five in the order the chart draws them. */
export const TRAITS = ['openness', 'conscientiousness', 'extraversion', 'agreeableness', 'neuroticism'] as const;
export type Trait = (typeof TRAITS)[number];
export type Traits = Record<Trait, number>;

/** A character's traits at one moment. */
export interface TraitPoint {
  /** ms since the epoch */
  at: number;
  traits: Traits;
}

/** The character's traits after each of its `personality_drifted` events, oldest first. */
export function driftPointsOf(events: readonly EcosystemEvent[], characterId: string): TraitPoint[] {
  const points: TraitPoint[] = [];
  for (const event of events) {
    if (event.type !== 'personality_drifted') continue;
    const data = event.data as { character_id?: string; personality?: Traits };
    if (data.character_id !== characterId || data.personality === undefined) continue;
    points.push({ at: Date.parse(event.timestamp), traits: data.personality });
  }
  return points;
}

/** "openness 0.50 → 0.53" for each trait that moved between the first and last point, for screen readers. */
export function describeDrift(points: readonly TraitPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined || points.length < 2) return 'No change yet.';
  const moved = TRAITS.filter((t) => Math.abs(last.traits[t] - first.traits[t]) >= 0.005).map(
    (t) => `${t} ${first.traits[t].toFixed(2)} → ${last.traits[t].toFixed(2)}`,
  );
  return moved.length === 0 ? 'Steady.' : `${moved.join(', ')}.`;
}
