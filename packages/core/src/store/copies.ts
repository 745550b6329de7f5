import type {
  Character,
  Conversation,
  EcosystemEvent,
  InteractionRecord,
  Memory,
  Relationship,
  Scenario,
} from '../model.ts';

/*
 * The in-memory store hands out and keeps its own copies, so a caller mutating a returned object (or an
 * object it saved) can never change stored state behind the store's back — as with a real database.
 * Hand-written per entity because structuredClone is several times slower on these small records.
 */

/** A deep copy of a character (personality, mood and last emotion are nested). */
export function copyCharacter(c: Character): Character {
  return {
    ...c,
    personality: { ...c.personality },
    mood: { ...c.mood },
    lastEmotion: c.lastEmotion === null ? null : { ...c.lastEmotion },
  };
}

/** A copy of a relationship (flat). */
export function copyRelationship(r: Relationship): Relationship {
  return { ...r };
}

/** A copy of a memory (flat). */
export function copyMemory(m: Memory): Memory {
  return { ...m };
}

/** A copy of an interaction record (flat). */
export function copyInteraction(i: InteractionRecord): InteractionRecord {
  return { ...i };
}

/** A deep copy of a scenario (its arrays are copied). */
export function copyScenario(s: Scenario): Scenario {
  return {
    ...s,
    objectives: s.objectives.map((o) => ({ ...o })),
    ...(s.conversations ? { conversations: s.conversations.map(copyConversation) } : {}),
    participantIds: [...s.participantIds],
    addressed: [...s.addressed],
  };
}

/** A deep-frozen deep copy of an event (its data is plain JSON-like values): safe to hand out as is. */
export function frozenEvent(e: EcosystemEvent): EcosystemEvent {
  return Object.freeze({ ...e, data: frozenPlain(e.data) as Record<string, unknown> });
}

function frozenPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenPlain));
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = frozenPlain((value as Record<string, unknown>)[key]);
  return Object.freeze(out);
}

function copyConversation(c: Conversation): Conversation {
  return {
    ...c,
    participantIds: [...c.participantIds],
    userNames: [...c.userNames],
    last: c.last ? { ...c.last, addresseeIds: [...c.last.addresseeIds] } : null,
  };
}
