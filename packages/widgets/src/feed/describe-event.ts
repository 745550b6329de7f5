import { asKnownEvent, type EcosystemEvent } from '@ensemble/sdk';
import { skipWords } from './feed-groups.ts';

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

/** "a friend", "an acquaintance", "a close friend"; "someone" stays as is. */
function article(label: string): string {
  if (label === 'someone') return label;
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

/** The name of the character an event carries whole (created/updated): the event's own, as of that change. */
function characterName(d: Record<string, unknown>, nameOf: NameOf): string {
  const character = d.character as { id?: unknown; name?: unknown } | undefined;
  const id = str(character?.id ?? d.character_id);
  return str(character?.name) || (id ? nameOf(id) : 'A character');
}

/** One plain-English sentence for an activity-feed line, e.g. "Mara greeted Theo; trust +0.02". */
export function describeEvent(event: EcosystemEvent, nameOf: NameOf): string {
  const known = asKnownEvent(event);
  // Event types added to the API after this widget was built still get a readable line.
  if (known === null) return String(event.type as string).replaceAll('_', ' ');
  // Read defensively: a server of another version may send a field this build's types call required.
  const d = known.data as Record<string, unknown>;
  switch (known.type) {
    case 'character_interaction': {
      const [a, b] = (d.participants as string[] | undefined) ?? [];
      const verb = VERBS[str(d.interaction_type)] ?? 'interacted with';
      const change = d.relationship_change as { trust_delta?: number; strength_delta?: number } | undefined;
      const trust = typeof change?.trust_delta === 'number' ? `; trust ${signed(change.trust_delta)}` : '';
      return `${nameOf(a ?? '?')} ${verb} ${nameOf(b ?? '?')}${trust}`;
    }
    case 'relationship_changed':
      return `${nameOf(str(d.from_id))} now sees ${nameOf(str(d.to_id))} as ${article(str(d.label, 'someone'))}`;
    case 'character_state_changed':
      // The emotion is what just happened; the mood label (a PAD octant such as "moderately dependent")
      // is where it leaves the character, and reads oddly as a feeling of its own.
      return typeof d.emotion === 'string'
        ? `${nameOf(str(d.character_id))} feels ${d.emotion}, in a ${str(d.label, 'changed')} mood`
        : `${nameOf(str(d.character_id))}'s mood is now ${str(d.label, 'different')}`;
    case 'character_created':
      return `${characterName(d, nameOf)} joined the ecosystem`;
    case 'character_updated':
      return `${characterName(d, nameOf)} was updated`;
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
      return d.skipped
        ? `A quiet turn: ${skipWords(str(d.skipped))}`
        : `Turn ${String(d.turn ?? '?')}: ${nameOf(str(d.speaker_id))} spoke to ${nameOf(str(d.target_id))}`;
    case 'ecosystem_updated':
      return 'The ecosystem was updated';
    case 'objective_progressed':
      return `Objective “${str(d.text, '?')}” is ${Math.round(Number(d.progress ?? 0) * 100)}% done`;
    case 'objective_completed':
      return `Objective “${str(d.text, '?')}” is done`;
    case 'personality_drifted': {
      const crossed = Array.isArray(d.crossed) ? (d.crossed as unknown[]).map(String) : [];
      const p = (d.personality ?? {}) as Record<string, unknown>;
      const traits = crossed.map((t) => `${t} ${typeof p[t] === 'number' ? p[t].toFixed(2) : '?'}`).join(', ');
      return `${nameOf(str(d.character_id))} is changing: ${traits || 'personality drifted'}`;
    }
    case 'user_intervention':
      return d.target_character_id
        ? `${str(d.user_name, 'A visitor')} wrote to ${nameOf(str(d.target_character_id))}`
        : `${str(d.user_name, 'A visitor')} spoke to everyone`;
    default:
      // An event type this build knows but the feed does not describe fails to compile here.
      return known satisfies never;
  }
}
