import type { EcosystemEvent, EventType, TypedEcosystemEvent } from '@ensemble/core';

/** Narrows an event to one type, so its `data` can be read without casts: `if (isEventOfType(e, 'relationship_changed'))`. */
export function isEventOfType<T extends EventType>(
  event: EcosystemEvent,
  type: T,
): event is EcosystemEvent & TypedEcosystemEvent<T> {
  return event.type === type;
}
