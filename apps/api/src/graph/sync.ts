import {
  asKnownEvent,
  type Character,
  type CharacterSnapshotData,
  type EcosystemEvent,
  type Id,
  type Relationship,
  type RelationshipChangedData,
  type SocialGraph,
} from '@ensemble/core';

/** Finds a character's name when an event does not carry it (null when the character is unknown). */
export type CharacterNameLookup = (characterId: Id) => Promise<string | null>;

/**
 * Keeps the graph in step with committed events, in order: character_created/updated upsert the node,
 * character_deleted removes it with its relationships, relationship_changed upserts one direction.
 * Other event types are ignored. A character snapshot without a name gets it from `lookupName`
 * (and '' if that finds none), so a node is never named 'undefined'.
 *
 * relationship_changed does not carry lastInteractionAt: it is taken as the event's time when an
 * interaction caused the change and null otherwise (no graph query reads it; rebuildGraph restores it).
 */
export async function applyEventsToGraph(
  graph: SocialGraph,
  events: readonly EcosystemEvent[],
  lookupName: CharacterNameLookup,
): Promise<void> {
  for (const event of events) {
    const known = asKnownEvent(event);
    if (known === null) continue; // a type this build does not know changes nothing it draws
    switch (known.type) {
      case 'character_created':
      case 'character_updated': {
        const character = event.data['character'] as Partial<CharacterSnapshotData> | undefined;
        if (character?.id === undefined) break;
        const name = typeof character.name === 'string' ? character.name : ((await lookupName(character.id)) ?? '');
        await graph.upsertCharacter({
          id: character.id,
          ecosystemId: event.ecosystemId,
          name,
          active: character.active ?? true,
        });
        break;
      }
      case 'character_deleted': {
        const id = event.data['character_id'];
        if (typeof id === 'string') await graph.removeCharacter(id);
        break;
      }
      case 'relationship_changed':
        await graph.upsertRelationship(relationshipFrom(event, known.data));
        break;
      case 'character_interaction': // its effect arrives as relationship_changed
      case 'character_state_changed':
      case 'scenario_started':
      case 'scenario_paused':
      case 'scenario_resumed':
      case 'scenario_ended':
      case 'scenario_turn':
      case 'user_intervention':
      case 'ecosystem_updated':
      case 'personality_drifted': // traits are not part of the social graph
        break;
      case 'objective_progressed':
      case 'objective_completed':
        // Objectives belong to scenarios, not to the social graph.
        break;
      default:
        known satisfies never;
    }
  }
}

function relationshipFrom(event: EcosystemEvent, data: RelationshipChangedData): Relationship {
  return {
    ecosystemId: event.ecosystemId,
    fromId: data.from_id,
    toId: data.to_id,
    strength: data.strength,
    trust: data.trust,
    interactionCount: data.interaction_count,
    lastInteractionAt: data.interaction_id === null ? null : Date.parse(event.timestamp),
    label: data.label,
  };
}

/** What rebuildGraph reads: the store's view of one ecosystem (AppStore satisfies it). */
export interface GraphSource {
  listCharacters(ecosystemId: Id): Promise<Character[]>;
  listRelationships(ecosystemId: Id): Promise<Relationship[]>;
}

/**
 * Replaces the ecosystem's part of the graph with what the store holds (the truth): clears it, then
 * writes every character and every relationship between two of them. Not atomic: queries made while
 * it runs may see a partial graph.
 */
export async function rebuildGraph(graph: SocialGraph, store: GraphSource, ecosystemId: Id): Promise<void> {
  const [characters, relationships] = await Promise.all([
    store.listCharacters(ecosystemId),
    store.listRelationships(ecosystemId),
  ]);
  await graph.clearEcosystem(ecosystemId);
  const present = new Set<Id>();
  for (const c of characters) {
    await graph.upsertCharacter({ id: c.id, ecosystemId, name: c.name, active: c.active });
    present.add(c.id);
  }
  for (const r of relationships) {
    if (present.has(r.fromId) && present.has(r.toId)) await graph.upsertRelationship(r);
  }
}
