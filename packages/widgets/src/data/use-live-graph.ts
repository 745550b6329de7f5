import type { EcosystemHandle, EnsembleClient } from '@ensemble/sdk';
import type { EcosystemGraphView } from '../model/views.ts';
import { currentSeq } from './client.ts';
import { applyEventToGraph } from './graph-events.ts';
import { useLiveSnapshot, type LiveValue, type Snapshot } from './use-live-snapshot.ts';

async function loadGraph(handle: EcosystemHandle, client: EnsembleClient): Promise<Snapshot<EcosystemGraphView>> {
  const lastSeq = await currentSeq(client, handle.id);
  return { value: await handle.graph(), lastSeq };
}

/** The ecosystem's relationship graph (`ecosystems.graph`), kept current by its live events. */
export function useLiveGraph(client: EnsembleClient, ecosystemId: string): LiveValue<EcosystemGraphView> {
  const { value, error } = useLiveSnapshot(client, ecosystemId, { load: loadGraph, apply: applyEventToGraph });
  return { value, error };
}
