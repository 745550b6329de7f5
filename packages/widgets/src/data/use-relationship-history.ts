import { isEventOfType, type EcosystemHandle, type EnsembleClient } from '@ensemble/sdk';
import type { EcosystemEvent, RelationshipPointView } from '../model/views.ts';
import { currentSeq } from './client.ts';
import { useLiveSnapshot, type LiveValue, type Snapshot } from './use-live-snapshot.ts';

/**
 * `points` with the change an event makes to from→to appended. A change already there (same time, strength
 * and trust: read by the history and replayed by the subscription) is not added twice.
 */
export function withRelationshipPoint(
  points: readonly RelationshipPointView[],
  event: EcosystemEvent,
  fromId: string,
  toId: string,
): readonly RelationshipPointView[] {
  if (!isEventOfType(event, 'relationship_changed') || event.data.from_id !== fromId || event.data.to_id !== toId)
    return points;
  const point = { at: Date.parse(event.timestamp), strength: event.data.strength, trust: event.data.trust };
  const known = points.some((p) => p.at === point.at && p.strength === point.strength && p.trust === point.trust);
  return known ? points : [...points, point];
}

/**
 * How `fromId` saw `toId` after each change (the API's `relationships.history`, oldest first), with live
 * changes appended. Nothing is loaded until both ids are given.
 */
export function useRelationshipHistory(
  client: EnsembleClient,
  ecosystemId: string,
  fromId: string | null,
  toId: string | null,
): LiveValue<readonly RelationshipPointView[]> {
  const enabled = fromId !== null && toId !== null && fromId !== toId;
  const { value, error } = useLiveSnapshot(client, ecosystemId, {
    enabled,
    key: `${fromId ?? ''}>${toId ?? ''}`,
    load: async (handle: EcosystemHandle, c: EnsembleClient): Promise<Snapshot<readonly RelationshipPointView[]>> => {
      const lastSeq = await currentSeq(c, handle.id);
      const history = await handle.relationships.history(fromId ?? '', toId ?? '');
      return { value: history.map(({ at, strength, trust }) => ({ at, strength, trust })), lastSeq };
    },
    apply: (points, event) => withRelationshipPoint(points, event, fromId ?? '', toId ?? ''),
  });
  return { value, error };
}
