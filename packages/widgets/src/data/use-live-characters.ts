import type { EcosystemHandle, EnsembleClient } from '@ensemble/sdk';
import type { ParticipantView } from '../model/views.ts';
import { currentSeq } from './client.ts';
import { applyEventToCharacters, participantOf } from './participants.ts';
import { useLiveSnapshot, type LiveValue, type Snapshot } from './use-live-snapshot.ts';

export { namesOf } from './participants.ts';

async function loadCharacters(
  handle: EcosystemHandle,
  client: EnsembleClient,
): Promise<Snapshot<readonly ParticipantView[]>> {
  const lastSeq = await currentSeq(client, handle.id);
  return { value: (await handle.characters.list()).map(participantOf), lastSeq };
}

/** The ecosystem's characters with their mood, emotion and energy, kept current by live events. */
export function useLiveCharacters(client: EnsembleClient, ecosystemId: string): LiveValue<readonly ParticipantView[]> {
  const { value, error } = useLiveSnapshot(client, ecosystemId, {
    load: loadCharacters,
    apply: applyEventToCharacters,
  });
  return { value, error };
}
