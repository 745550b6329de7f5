import {
  EnsembleError,
  type Character,
  type Ecosystem,
  type EcosystemEvent,
  type EventSubscription,
} from '@ensemble/sdk';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { errorText } from '../session/error-text.ts';
import { useClient, useSession } from '../session/SessionProvider.tsx';
import { BACKFILL_EVENTS, changesSnapshot, keepEvents, SNAPSHOT_REFRESH_MS } from './refresh-policy.ts';

/**
 * One ecosystem as the app's own pages see it (its name, its characters, its recent events), kept fresh
 * by its live events. The widgets load and follow what they draw themselves.
 */
export interface EcosystemLive {
  ecosystemId: string;
  ecosystem: Ecosystem | null;
  characters: Character[] | null;
  /** Display names by character id, including characters deleted since (so old lines still read well). */
  names: Readonly<Record<string, string>>;
  /** The most recent events, oldest first. */
  events: readonly EcosystemEvent[];
  /** A load that failed, in words; cleared by the next success. */
  error: string | null;
  /** The ecosystem does not exist (or is not this user's): the app shows one not-found page. */
  notFound: boolean;
  /** Reloads the ecosystem and its characters now (after a change made from this page). */
  reload(): Promise<void>;
}

const LiveContext = createContext<EcosystemLive | null>(null);

/**
 * Loads an ecosystem and subscribes to its events for as long as any of its pages is open, so moving
 * between the Observatory, characters and scenarios keeps one subscription and one event history.
 */
export function EcosystemLiveProvider({ ecosystemId, children }: { ecosystemId: string; children: ReactNode }) {
  const client = useClient();
  const { reportError } = useSession();
  const [ecosystem, setEcosystem] = useState<Ecosystem | null>(null);
  const [characters, setCharacters] = useState<Character[] | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [events, setEvents] = useState<EcosystemEvent[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The ecosystem whose answers may still be applied; null once the provider is gone. */
  const current = useRef<string | null>(ecosystemId);

  const handle = client.ecosystem(ecosystemId);
  const reload = useCallback(async () => {
    const h = client.ecosystem(ecosystemId);
    try {
      const [nextEcosystem, nextCharacters] = await Promise.all([
        client.ecosystems.get(ecosystemId),
        h.characters.list(),
      ]);
      if (current.current !== ecosystemId) return;
      setEcosystem(nextEcosystem);
      setCharacters(nextCharacters);
      setNames((known) => ({ ...known, ...Object.fromEntries(nextCharacters.map((c) => [c.id, c.name])) }));
      setError(null);
    } catch (caught) {
      if (current.current !== ecosystemId) return;
      reportError(caught);
      setError(errorText(caught));
    }
  }, [client, ecosystemId, reportError]);

  useEffect(() => {
    current.current = ecosystemId;
    let active = true;
    setEcosystem(null);
    setCharacters(null);
    setEvents([]);
    setNames({});
    let subscription: EventSubscription | null = null;
    const h = client.ecosystem(ecosystemId);
    const scheduleReload = () => {
      timer.current ??= setTimeout(() => {
        timer.current = null;
        void reload();
      }, SNAPSHOT_REFRESH_MS);
    };
    const start = async () => {
      try {
        const found = await client.ecosystems.get(ecosystemId);
        if (!active) return;
        setEcosystem(found);
        const backfill = await h.events.list({
          afterSeq: Math.max(0, found.lastSeq - BACKFILL_EVENTS),
          limit: BACKFILL_EVENTS,
        });
        if (!active) return;
        setEvents((kept) => keepEvents(kept, backfill.events));
        await reload();
        if (!active) return;
        subscription = h.events.subscribe({
          fromSeq: backfill.events.at(-1)?.seq ?? found.lastSeq,
          onEvent: (event) => {
            setEvents((kept) => keepEvents(kept, [event]));
            if (changesSnapshot(event)) scheduleReload();
          },
          onError: (failure) => {
            reportError(failure);
            setError(errorText(failure));
          },
        });
      } catch (caught) {
        if (!active) return;
        const code = EnsembleError.from(caught).code;
        if (code === 'ecosystem_not_found' || code === 'invalid_input') {
          setNotFound(true);
          return;
        }
        reportError(caught);
        setError(errorText(caught));
      }
    };
    setNotFound(false);
    void start();
    return () => {
      active = false;
      current.current = null;
      subscription?.unsubscribe();
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [client, ecosystemId, reload, reportError]);

  const value: EcosystemLive = {
    ecosystemId: handle.id,
    ecosystem,
    characters,
    names,
    events,
    error,
    notFound,
    reload,
  };
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/** The live ecosystem of the surrounding EcosystemLiveProvider. */
export function useEcosystemLive(): EcosystemLive {
  const live = useContext(LiveContext);
  if (live === null) throw new Error('useEcosystemLive must be used inside <EcosystemLiveProvider>.');
  return live;
}
