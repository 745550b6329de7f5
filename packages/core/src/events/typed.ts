import { EVENT_TYPES, type EcosystemEvent, type EventDraft, type EventType } from '../model.ts';
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

/**
 * Every event type with its data, as one union discriminated on `type`: a `switch (event.type)` over it
 * narrows `data` without casts, and a `default` that assigns the event to `never` stops compiling when
 * an event type is added and the switch does not handle it.
 */
export type KnownEcosystemEvent = { [T in EventType]: TypedEcosystemEvent<T> }[EventType];

const KNOWN_EVENT_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

/**
 * The event as the discriminated union, or null for a type this build does not know (a newer server).
 * Events are made by the engine's constructors, which give `data` the shape of its `type`.
 */
export function asKnownEvent(event: EcosystemEvent): KnownEcosystemEvent | null {
  return KNOWN_EVENT_TYPES.has(event.type) ? (event as unknown as KnownEcosystemEvent) : null;
}

/** Narrows an event to one type, so its `data` can be read without casts. */
export function isEventOfType<T extends EventType>(
  event: EcosystemEvent,
  type: T,
): event is EcosystemEvent & TypedEcosystemEvent<T> {
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
