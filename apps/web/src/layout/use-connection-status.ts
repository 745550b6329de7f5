import type { ConnectionStatus, EnsembleClient } from '@ensemble/sdk';
import { useCallback, useSyncExternalStore } from 'react';

/** The SDK client's live-connection status, re-rendering on every change. */
export function useConnectionStatus(client: EnsembleClient | null): ConnectionStatus {
  const subscribe = useCallback(
    (onChange: () => void) => (client === null ? () => {} : client.onStatus(onChange)),
    [client],
  );
  return useSyncExternalStore(subscribe, () => client?.status ?? 'closed');
}
