import type { ConnectionStatus, EcosystemEvent, EnsembleClient } from '@ensemble/sdk';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { messageOf } from './client.ts';
import { useLatest } from './use-latest.ts';

/** Options of `useEcosystemEvents`. */
export interface EcosystemEventsOptions {
  /** Subscribe only while true. @default true */
  enabled?: boolean;
  /** Called once per event, in seq order; the newest function passed is the one called. */
  onEvent: (event: EcosystemEvent) => void;
  /**
   * Resume after this seq (0 replays the whole history); omitted: only events from now on. Read when the
   * subscription starts: changing it later does not resubscribe.
   */
  fromSeq?: number | undefined;
  /** Called once if the subscription stops for a reason retrying cannot fix, with the reason in words. */
  onError?: (message: string) => void;
}

/** How one subscription is doing. */
export interface LiveState {
  /** The subscription's connection state; 'idle' while disabled. */
  status: ConnectionStatus;
  /** Why the subscription stopped for good, in words; null while it runs. */
  error: string | null;
}

const IDLE: LiveState = { status: 'idle', error: null };

/** A LiveState with the subscription it describes, so a new client or ecosystem starts from IDLE. */
interface OwnedState extends LiveState {
  client: EnsembleClient;
  ecosystemId: string;
}

/**
 * Follows an ecosystem's live events for as long as the component is mounted and `enabled`: subscribes
 * through the SDK (which resumes and dedupes by itself), and unsubscribes on unmount and whenever the
 * client or ecosystem changes. No callback runs after that.
 */
export function useEcosystemEvents(
  client: EnsembleClient,
  ecosystemId: string,
  options: EcosystemEventsOptions,
): LiveState {
  const { enabled = true } = options;
  const latest = useLatest(options);
  const [state, setState] = useState<OwnedState | null>(null);

  useEffect(() => {
    if (!enabled) return undefined;
    let active = true;
    const { fromSeq } = latest.current;
    const owned = (change: LiveState): OwnedState => ({ client, ecosystemId, ...change });
    setState(null);
    const subscription = client.ecosystem(ecosystemId).events.subscribe({
      ...(fromSeq === undefined ? {} : { fromSeq }),
      onEvent: (event) => {
        if (active) latest.current.onEvent(event);
      },
      onStatus: (status) => {
        if (active) setState((s) => owned({ status, error: s?.error ?? null }));
      },
      onError: (failure) => {
        if (!active) return;
        const message = messageOf(failure);
        setState(owned({ status: 'closed', error: message }));
        latest.current.onError?.(message);
      },
    });
    return () => {
      active = false;
      subscription.unsubscribe();
    };
  }, [client, ecosystemId, enabled, latest]);

  if (!enabled || state === null || state.client !== client || state.ecosystemId !== ecosystemId) return IDLE;
  return { status: state.status, error: state.error };
}

/** The client's live connection state, re-rendering when it changes. */
export function useConnectionStatus(client: EnsembleClient): ConnectionStatus {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const stop = client.onStatus(() => onChange());
      return () => {
        stop();
      };
    },
    [client],
  );
  return useSyncExternalStore(
    subscribe,
    () => client.status,
    () => client.status,
  );
}
