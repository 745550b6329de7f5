import type { EcosystemEvent, EcosystemHandle, EnsembleClient } from '@ensemble/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from './client.ts';
import { useEcosystemEvents } from './use-ecosystem-events.ts';
import { useLatest } from './use-latest.ts';

/** A value read from the API and the seq it reflects: the events after `lastSeq` are folded into it. */
export interface Snapshot<T> {
  value: T;
  lastSeq: number;
}

/** What a live hook returns: the value (null until loaded) and the latest failure in words. */
export interface LiveValue<T> {
  value: T | null;
  error: string | null;
}

/** `useLiveSnapshot`'s result: the live value, and a way to fold in a change the app made itself. */
export interface LiveSnapshot<T> extends LiveValue<T> {
  /** Applies `change` to the current value (ignored before it loads, after unmount, or for an old source). */
  update(change: (value: T) => T): void;
}

export interface LiveSnapshotOptions<T> {
  /** Reads the value and the seq it reflects. */
  load: (handle: EcosystemHandle, client: EnsembleClient) => Promise<Snapshot<T>>;
  /** Folds one event into the value. Must be pure: React may call it twice. */
  apply: (value: T, event: EcosystemEvent) => T;
  /** Whatever else the value depends on (e.g. a scenario id); a change reloads and resubscribes. */
  key?: string;
  /** Load and follow only while true. @default true */
  enabled?: boolean;
}

/** The value together with what it was loaded for, so a new client, ecosystem or key never sees an old value. */
interface SourcedState<T> {
  client: EnsembleClient;
  ecosystemId: string;
  key: string;
  value: T | null;
  lastSeq: number | null;
  error: string | null;
}

/**
 * The live-data pattern every connected widget shares: load a snapshot, then subscribe to the ecosystem's
 * events from the snapshot's seq and fold each one into the value. Reloads when the client, ecosystem or
 * key changes; unsubscribes on unmount; never updates state after that.
 */
export function useLiveSnapshot<T>(
  client: EnsembleClient,
  ecosystemId: string,
  options: LiveSnapshotOptions<T>,
): LiveSnapshot<T> {
  const { key = '', enabled = true } = options;
  const latest = useLatest(options);
  const [state, setState] = useState<SourcedState<T> | null>(null);
  const mounted = useRef(true);
  const current =
    state !== null && state.client === client && state.ecosystemId === ecosystemId && state.key === key ? state : null;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (!enabled) return undefined;
    let active = true;
    const settle = (next: Pick<SourcedState<T>, 'value' | 'lastSeq' | 'error'>) => {
      if (active) setState({ client, ecosystemId, key, ...next });
    };
    latest.current.load(client.ecosystem(ecosystemId), client).then(
      (snapshot) => settle({ value: snapshot.value, lastSeq: snapshot.lastSeq, error: null }),
      (failure: unknown) => settle({ value: null, lastSeq: null, error: messageOf(failure) }),
    );
    return () => {
      active = false;
    };
  }, [client, ecosystemId, key, enabled, latest]);

  /** Changes the state only if it still belongs to this client, ecosystem and key, and has loaded. */
  const fold = useCallback(
    (change: (value: T) => T) => {
      if (!mounted.current) return;
      setState((s) =>
        s === null || s.value === null || s.client !== client || s.ecosystemId !== ecosystemId || s.key !== key
          ? s
          : { ...s, value: change(s.value) },
      );
    },
    [client, ecosystemId, key],
  );

  const live = useEcosystemEvents(client, ecosystemId, {
    enabled: enabled && current?.lastSeq != null,
    fromSeq: current?.lastSeq ?? undefined,
    onEvent: (event) => fold((value) => latest.current.apply(value, event)),
  });

  return {
    value: enabled ? (current?.value ?? null) : null,
    error: enabled ? (current?.error ?? live.error) : null,
    update: fold,
  };
}
