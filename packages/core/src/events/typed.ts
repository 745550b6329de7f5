import type { EcosystemEvent, EventDraft, EventType } from '../model.ts';
import type { EventDataByType } from './event-data.ts';

/** A draft whose `data` has the shape of its `type`. */
export type TypedEventDraft<T extends EventType> = Omit<EventDraft, 'type' | 'data'> & {
  type: T;
  data: EventDataByType[T];
};

/** A stored event whose `data` has the shape of its `type`. */
export type TypedEcosystemEvent<T extends EventType> = Omit<EcosystemEvent, 'type' | 'data'> & {
  type: T;
  data: EventDataByType[T];
};

/** Narrows an event to one type, so its `data` can be read without casts. */
export function isEventOfType<T extends EventType>(event: EcosystemEvent, type: T): event is EcosystemEvent & TypedEcosystemEvent<T> {
  return event.type === type;
}

// The events of one exchange share one time; remembering the last conversion saves most of them.
let lastMs = Number.NaN;
let lastIso = '';

/** The ISO-8601 form of a time in ms since the epoch (events carry ISO timestamps, the model ms). */
export function isoTimestamp(ms: number): string {
  if (ms !== lastMs) {
    lastIso = new Date(ms).toISOString();
    lastMs = ms;
  }
  return lastIso;
}
