import { moodLabel, type MoodOctant } from '@ensemble/core';
import type { EcosystemHandle } from '@ensemble/sdk';
import type { DashboardView, EcosystemGraphView } from '@ensemble/widgets';

/** The state at a moment, as `history.state` gives it. */
export type Moment = Awaited<ReturnType<EcosystemHandle['state']>>;

/** The relationship graph as it was at the moment. */
export function graphAt(moment: Moment): EcosystemGraphView {
  const ties = new Map<string, Set<string>>();
  for (const r of moment.relationships) {
    for (const [a, b] of [
      [r.fromId, r.toId],
      [r.toId, r.fromId],
    ] as const) {
      if (!ties.has(a)) ties.set(a, new Set());
      ties.get(a)!.add(b);
    }
  }
  return {
    nodes: moment.characters.map((c) => {
      const label = moodLabel(c.mood);
      return {
        id: c.id,
        name: c.name,
        mood: { ...c.mood, label: label.text, octant: label.octant },
        energy: c.energy,
        degree: ties.get(c.id)?.size ?? 0,
        active: c.active,
      };
    }),
    edges: moment.relationships.map((r) => ({
      source: r.fromId,
      target: r.toId,
      strength: r.strength,
      trust: r.trust,
      interactionCount: r.interactionCount,
      label: r.label as EcosystemGraphView['edges'][number]['label'],
    })),
  };
}

/** The stats card's numbers at the moment (no event rate: the moment is a point, not a minute). */
export function statsAt(moment: Moment): DashboardView {
  const moodDistribution = {} as Record<MoodOctant, number>;
  for (const c of moment.characters) {
    const octant = moodLabel(c.mood).octant;
    moodDistribution[octant] = (moodDistribution[octant] ?? 0) + 1;
  }
  const pairs = new Set(moment.relationships.map((r) => [r.fromId, r.toId].sort().join('|')));
  return {
    stats: {
      characters: moment.characters.length,
      relationships: pairs.size,
      activeConversations: 0,
      activeCharacters: moment.characters.filter((c) => c.active).length,
    },
    eventsPerMinute: { series: [], current: 0 },
    moodDistribution,
  };
}
