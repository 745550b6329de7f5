import type { ConnectionStatus } from '@ensemble/sdk';
import { CONNECTION_WORDS } from './connection-words.ts';

/** The live connection's state as a coloured dot and a word, announced politely when it changes. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const words = CONNECTION_WORDS[status];
  return (
    <span
      className={`connection connection--${status}`}
      role="status"
      aria-live="polite"
      title={words.hint}
      data-testid="connection-status"
      data-status={status}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{words.label}</span>
      <span className="visually-hidden">{`: ${words.hint}`}</span>
    </span>
  );
}
