import { asKnownEvent, type EcosystemEvent } from '@ensemble/core';

/**
 * The events of a batch that change the graph, without those a later event of the same batch overwrites
 * (a relationship's or a character's earlier snapshots): the graph ends up the same with fewer writes,
 * which matters when Neo4j has fallen behind a busy ecosystem. Order is kept.
 */
export function compactForGraph(events: readonly EcosystemEvent[]): EcosystemEvent[] {
  const seen = new Set<string>();
  const kept: EcosystemEvent[] = [];
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i]!;
    const key = overwriteKey(event);
    if (key === undefined) continue;
    if (key !== null) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    kept.push(event);
  }
  return kept.reverse();
}

/** What an event overwrites in the graph: a key, null for an event always kept, undefined for one the graph ignores. */
function overwriteKey(event: EcosystemEvent): string | null | undefined {
  const known = asKnownEvent(event);
  if (known === null) return undefined;
  switch (known.type) {
    case 'relationship_changed':
      return `r:${String(event.data['from_id'])}:${String(event.data['to_id'])}`;
    case 'character_created':
    case 'character_updated': {
      const character = event.data['character'] as { id?: unknown } | undefined;
      return typeof character?.id === 'string' ? `c:${character.id}` : null;
    }
    case 'character_deleted':
      return null;
    case 'character_interaction':
    case 'character_state_changed':
    case 'scenario_started':
    case 'scenario_paused':
    case 'scenario_resumed':
    case 'scenario_ended':
    case 'scenario_turn':
    case 'user_intervention':
    case 'ecosystem_updated':
    case 'objective_progressed':
    case 'objective_completed':
    case 'personality_drifted':
      return undefined;
    default:
      return known satisfies never;
  }
}
