import type { ConnectionStatus } from '@ensemble/sdk';

const WORDS: Record<ConnectionStatus, string> = {
  idle: 'Not connected',
  connecting: 'Connecting…',
  open: 'Live',
  reconnecting: 'Reconnecting…',
  closed: 'Offline',
};

/** The live connection's state in one word, with a coloured dot; announced politely when it changes. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  return (
    <span className={`ens-connection ens-connection--${status}`} role="status" aria-live="polite">
      <span className="ens-connection-dot" aria-hidden="true" />
      {WORDS[status]}
    </span>
  );
}
