import type { EcosystemEvent } from '@ensemble/sdk';

/** Resolves a character id to a display name. */
export type NameOf = (characterId: string) => string;

const VERBS: Record<string, string> = {
  greeting: 'greeted',
  chat: 'chatted with',
  collaboration: 'worked with',
  conflict: 'clashed with',
};

function signed(value: number): string {
  // Round the magnitude so +0.125 and −0.125 read the same apart from the sign.
  const magnitude = Math.round(Math.abs(value) * 100) / 100;
  return `${value < 0 && magnitude > 0 ? '−' : '+'}${magnitude.toFixed(2)}`;
}

function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** One plain-English sentence for an activity-feed line, e.g. "Mara greeted Theo; trust +0.02". */
export function describeEvent(event: EcosystemEvent, nameOf: NameOf): string {
  const d = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'character_interaction': {
      const [a, b] = (d.participants as string[] | undefined) ?? [];
      const verb = VERBS[str(d.interaction_type)] ?? 'interacted with';
      const change = d.relationship_change as { trust_delta?: number; strength_delta?: number } | undefined;
      const trust = typeof change?.trust_delta === 'number' ? `; trust ${signed(change.trust_delta)}` : '';
      return `${nameOf(a ?? '?')} ${verb} ${nameOf(b ?? '?')}${trust}`;
    }
    case 'relationship_changed':
      return `${nameOf(str(d.from_id))} now sees ${nameOf(str(d.to_id))} as ${str(d.label, 'someone')}`;
    case 'character_state_changed':
      return `${nameOf(str(d.character_id))} feels ${str(d.label, 'different')}`;
    case 'character_created':
      return `${nameOf(str(d.character_id))} joined the ecosystem`;
    case 'character_updated':
      return `${nameOf(str(d.character_id))} was updated`;
    case 'character_deleted':
      return `${str(d.name, 'A character')} left the ecosystem`;
    case 'scenario_started':
      return `Scenario “${str(d.title, 'untitled')}” started`;
    case 'scenario_paused':
      return 'The scenario was paused';
    case 'scenario_resumed':
      return 'The scenario resumed';
    case 'scenario_ended':
      return `The scenario ended${d.reason ? ` (${str(d.reason)})` : ''}`;
    case 'scenario_turn':
      return `Turn ${String(d.turn ?? '?')}: ${nameOf(str(d.speaker_id))} spoke to ${nameOf(str(d.target_id))}`;
    case 'user_intervention':
      return d.target_character_id
        ? `${str(d.user_name, 'A visitor')} wrote to ${nameOf(str(d.target_character_id))}`
        : `${str(d.user_name, 'A visitor')} spoke to everyone`;
    default:
      return event.type.replaceAll('_', ' ');
  }
}
