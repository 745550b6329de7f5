import type { RouterOutputs } from '@ensemble/sdk';
import { useEffect, useMemo, useState } from 'react';
import { useEcosystemLive } from '../live/EcosystemLive.tsx';
import { errorText } from '../session/error-text.ts';
import { useClient } from '../session/SessionProvider.tsx';
import { touchesCharacter } from './recent-lines.ts';
import { driftPointsOf, type TraitPoint } from './trait-drift.ts';

export type PanelRelationship = RouterOutputs['relationships']['byCharacter'][number];
export type PanelMemory = RouterOutputs['memories']['list'][number];

/** How many memories the panel shows. */
export const PANEL_MEMORIES = 5;
/** Drift events read for the chart (the newest of the ecosystem's; a panel needs only its character's). */
const DRIFT_EVENTS = 500;

export interface CharacterDetails {
  relationships: PanelRelationship[] | null;
  memories: PanelMemory[] | null;
  /** The character's traits after each drift, then now; null while loading. */
  drift: TraitPoint[] | null;
  error: string | null;
}

/**
 * What the panel shows beyond the live character: its relationships, strongest memories and traits over
 * time, loaded when it opens and again after each event that concerns it.
 */
export function useCharacterDetails(characterId: string): CharacterDetails {
  const client = useClient();
  const live = useEcosystemLive();
  const handle = client.ecosystem(live.ecosystemId);
  const character = live.characters?.find((c) => c.id === characterId) ?? null;
  // A new event about this character is the cue to read again.
  const lastTouch = useMemo(() => {
    for (let i = live.events.length - 1; i >= 0; i -= 1) {
      const event = live.events[i];
      if (event !== undefined && touchesCharacter(event, characterId)) return event.seq;
    }
    return 0;
  }, [live.events, characterId]);
  const [details, setDetails] = useState<Omit<CharacterDetails, 'drift'> & { driftEvents: TraitPoint[] | null }>({
    relationships: null,
    memories: null,
    driftEvents: null,
    error: null,
  });

  useEffect(() => {
    let active = true;
    const load = async () => {
      try {
        const [relationships, memories, drift] = await Promise.all([
          handle.relationships.of(characterId),
          handle.characters.memories(characterId, { limit: PANEL_MEMORIES }),
          handle.events.list({ type: 'personality_drifted', limit: DRIFT_EVENTS }),
        ]);
        if (!active) return;
        setDetails({ relationships, memories, driftEvents: driftPointsOf(drift.events, characterId), error: null });
      } catch (caught) {
        if (active) setDetails((d) => ({ ...d, error: errorText(caught) }));
      }
    };
    void load();
    return () => {
      active = false;
    };
    // `handle` is a fresh object each render; the ecosystem id stands for it.
  }, [live.ecosystemId, characterId, lastTouch]);

  const drift = useMemo(() => {
    if (details.driftEvents === null || character === null) return null;
    const now: TraitPoint = { at: Date.now(), traits: character.personality };
    return [...details.driftEvents, now];
  }, [details.driftEvents, character]);

  return { relationships: details.relationships, memories: details.memories, drift, error: details.error };
}
