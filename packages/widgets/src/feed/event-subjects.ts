import type { EcosystemEvent, EventType } from '../model/views.ts';

/** Feed filter groups: raw event types are too fine-grained for a reader. */
export const FEED_CATEGORIES = {
  interactions: { label: 'Interactions', types: ['character_interaction'] },
  relationships: { label: 'Relationships', types: ['relationship_changed'] },
  moods: { label: 'Moods', types: ['character_state_changed'] },
  scenarios: {
    label: 'Scenarios',
    types: [
      'scenario_started',
      'scenario_paused',
      'scenario_resumed',
      'scenario_ended',
      'scenario_turn',
      'objective_progressed',
      'objective_completed',
    ],
  },
  visitors: { label: 'Visitors', types: ['user_intervention'] },
  characters: {
    label: 'Characters',
    types: ['character_created', 'character_updated', 'character_deleted', 'personality_drifted', 'ecosystem_updated'],
  },
} as const satisfies Record<string, { label: string; types: readonly EventType[] }>;
export type FeedCategory = keyof typeof FEED_CATEGORIES;

/** The filter group an event type belongs to. */
export function categoryOf(type: EventType): FeedCategory {
  for (const [category, { types }] of Object.entries(FEED_CATEGORIES)) {
    if ((types as readonly string[]).includes(type)) return category as FeedCategory;
  }
  return 'characters';
}

/** Every character id an event is about (speakers, targets, both sides of a relationship, repliers). */
export function charactersIn(event: EcosystemEvent): Set<string> {
  const d = event.data as Record<string, unknown>;
  const ids = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v) ids.add(v);
  };
  for (const key of ['character_id', 'from_id', 'to_id', 'speaker_id', 'target_id', 'target_character_id']) add(d[key]);
  for (const id of asArray(d.participants)) add(id);
  for (const id of asArray(d.participant_ids)) add(id);
  for (const r of asArray(d.responses)) add((r as { character_id?: unknown } | null)?.character_id);
  add((d.character as { id?: unknown } | undefined)?.id);
  return ids;
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
